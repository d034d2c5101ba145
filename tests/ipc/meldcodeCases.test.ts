import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meldcodeCases } from '../../db/schema';
import { appMessages } from '../../main/errors/AppError';
import { meldcodeMessages } from '../../main/services/meldcodeMessages';
import { lock } from '../../main/services/sessionService';
import { meldcodeRuleSetVersion, type CaseSummary, type CaseView, type MeldcodeDecision, type SignalView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { conflictOfDutiesQuestionKeys } from '../../preload/contract/meldcodeTexts';
import { newEntries } from '../support/accessLogRows';
import { recordingLogger } from '../support/loggers';
import { seedYouths, signIn, staff } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';
import { routerCalls } from '../support/routerCalls';

const daysFromToday = (days: number) => localTodayIso(new Date(Date.now() + days * 86_400_000));
/** A birth date `years` (and a few weeks) ago, so the youth's age never drifts with the calendar. */
const bornYearsAgo = (years: number) => {
  const day = new Date(Date.now() - 40 * 86_400_000);
  day.setFullYear(day.getFullYear() - years);
  return localTodayIso(day);
};
const sanneBorn = bornYearsAgo(15);
const amirBorn = bornYearsAgo(19);
const emergencyReason = 'Dirk belde de groep in paniek en zijn mentor is er niet; ik moet zijn traject nu zien.';

const signal = (youthId: string, description: string, direction: 'supports' | 'contradicts' = 'supports') => ({
  youthId,
  catalogueItemId: null,
  freeText: description,
  freeTextCategory: 'sexualExploitation',
  kind: 'observation',
  sourceType: 'ownObservation',
  sourceName: '',
  direction,
  sourceReliability: null,
  informationCredibility: null,
  date: daysFromToday(-20),
  description,
});

const weighing = (unsafety: { acuteUnsafety: boolean; structuralUnsafety: boolean }) => ({
  ...unsafety,
  nature: 'Seksuele uitbuiting door een oudere vriend.',
  severity: 'serious',
  chanceOfHarm: 'real',
  outcome: 'remains',
  explanation: 'De signalen wijzen dezelfde kant op.',
});
const conversation = { held: true, heldOn: daysFromToday(-3), participants: 'Mentor en jongere', purposeExplained: true, reaction: 'Ontkent, maar wordt stil bij de vraag over de telefoon.', interpretation: 'Schaamte.' };
const consultation = (caseId: string) => ({
  caseId,
  heldOn: daysFromToday(-5),
  consultantKind: 'traffickingOfficer',
  withWhom: 'Olga Aandacht',
  anonymous: false,
  questions: 'Zijn de signalen genoeg voor een melding?',
  advice: 'Ga eerst het gesprek aan.',
});

/**
 * Sanne (15) lives at the lead's group Zuid, Amir (19) at the worker's group Noord, Dirk at group
 * West where only the officer sees him.
 */
async function seeded() {
  const services = await staffedServices();
  const [sanne, amir, dirk] = (await seedYouths(services, [
    { firstName: 'Sanne', lastName: 'Smit', dateOfBirth: sanneBorn, location: 'Groep Zuid' },
    { firstName: 'Amir', lastName: 'Aziz', dateOfBirth: amirBorn, location: 'Groep Noord' },
    { firstName: 'Dirk', lastName: 'Dekker', dateOfBirth: bornYearsAgo(16), location: 'Groep West' },
  ])) as [string, string, string];
  const { call, as } = routerCalls(services);
  const refused = async (channel: string, input: unknown) => {
    const result = await services.router(channel, input);
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error;
  };
  /** Saves a part from the case as it stands. */
  const save = async (view: CaseView, part: string, value: unknown) => call<CaseView>('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part, value });
  const open = async (youthId: string, signalIds: string[] = []) => call<CaseView>('meldcode.open', { youthId, suspicion: 'sexualExploitation', title: 'Oudere vriend met auto', signalIds });
  /** Confirms (or deviates from) the result the view shows, as the screen does. */
  const decide = (view: CaseView, choice: object = { kind: 'confirm' }) => ({
    caseId: view.case.id,
    basedOnUpdatedAt: view.case.updatedAt,
    shown: { framework: view.preview.framework, outcomes: view.preview.outcomes },
    choice,
  });
  const confirm = async (view: CaseView, choice?: object) => call<CaseView>('meldcode.confirmDecision', decide(view, choice));
  return { services, call, refused, save, open, as, decide, confirm, sanne, amir, dirk };
}

const statuses = (view: CaseView) => view.steps.map((step) => step.status);

describe('meldcode cases through the router', () => {
  it('opens a case with the youth’s signals, reads it back, saves a part and lists it; each call in the access log', async () => {
    const { services, call, save, open, as, amir } = await seeded();
    await as('worker');
    const first = await call<SignalView>('signals.add', signal(amir, 'Tweede telefoon gezien.'));
    const before = newEntries(services, 0).length;

    const opened = await open(amir, [first.id]);
    expect(opened).toMatchObject({
      youthName: 'Amir Aziz',
      dateOfBirth: amirBorn,
      countersignPolicy: 'reports',
      case: { youthId: amir, status: 'open', title: 'Oudere vriend met auto', openedByName: staff.worker.name, signals: { signalIds: [first.id] }, conversation: null, decisions: [] },
      preview: { status: 'incomplete', framework: 'adult', missing: expect.arrayContaining(['suspicionRemains']) },
    });
    expect(statuses(opened)).toEqual(['done', 'todo', 'todo', 'todo', 'todo']);
    expect(opened.case.log).toEqual([expect.objectContaining({ byName: staff.worker.name, step: null, text: expect.stringContaining('Casus geopend') })]);

    const caseId = opened.case.id;
    expect(await call<CaseView>('meldcode.get', { caseId })).toEqual(opened);
    const saved = await save(opened, 'conversation', { held: null });
    expect(saved.case.conversation).toMatchObject({ held: null });
    expect(statuses(saved)[2]).toBe('busy');
    expect(saved.case.updatedAt).not.toBe(opened.case.updatedAt);
    expect(saved.case.log.at(-1)).toMatchObject({ step: 3, byName: staff.worker.name });

    expect(await call<CaseSummary[]>('meldcode.list', {})).toEqual([expect.objectContaining({ id: caseId, youthName: 'Amir Aziz', currentStep: 2, status: 'open' })]);
    expect(await call<CaseSummary[]>('meldcode.list', { youthId: amir })).toHaveLength(1);

    expect(newEntries(services, before).map(({ action, objectType, objectId, youthId }) => ({ action, objectType, objectId, youthId }))).toEqual([
      { action: 'create', objectType: 'meldcodeCase', objectId: caseId, youthId: amir },
      { action: 'read', objectType: 'meldcodeCase', objectId: caseId, youthId: amir },
      { action: 'change', objectType: 'meldcodeCase', objectId: caseId, youthId: amir },
      { action: 'read', objectType: 'meldcodeCase', objectId: null, youthId: null },
      { action: 'read', objectType: 'meldcodeCase', objectId: null, youthId: amir },
    ]);
  });

  it('walks a minor to a report at Veilig Thuis, countersigned by a team lead and not by the one who confirmed or a group worker', async () => {
    const { call, refused, save, open, as, decide, confirm, sanne } = await seeded();
    await as('officer');
    const worry = await call<SignalView>('signals.add', signal(sanne, 'Wordt opgehaald door een oudere man in een auto.'));
    const doubt = await call<SignalView>('signals.add', signal(sanne, 'Komt op tijd terug en gaat naar school.', 'contradicts'));
    let view = await open(sanne, [worry.id, doubt.id]);
    const caseId = view.case.id;

    const early = await refused('meldcode.confirmDecision', decide(view));
    expect(early.code).toBe('VALIDATION');
    expect(early.message).toContain('Blijft er na stap 1 tot en met 4 een vermoeden bestaan?');

    view = await call<CaseView>('meldcode.addConsultation', consultation(caseId));
    view = await save(view, 'conversation', conversation);
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: true }));
    expect(statuses(view)).toEqual(['done', 'done', 'done', 'done', 'todo']);
    expect(view.preview).toMatchObject({ status: 'decided', framework: 'minor', outcomes: ['report-veilig-thuis'], alsoConsider: ['report-police-avim', 'own-help'] });

    view = await confirm(view);
    const [decision] = view.case.decisions;
    expect(decision).toMatchObject({
      chosenOutcomes: ['report-veilig-thuis'],
      deviationReason: '',
      confirmedByName: staff.officer.name,
      countersignRequired: true,
      countersignedAt: null,
      computed: { status: 'decided', ruleSetVersion: meldcodeRuleSetVersion },
      input: { dateOfBirth: sanneBorn, suspicionRemains: true, structuralUnsafety: true, helpEffective: null },
    });
    expect(statuses(view)[4]).toBe('busy');

    const ownSignature = await refused('meldcode.countersign', { caseId, decisionId: decision!.id });
    expect(ownSignature).toEqual({ code: 'CONFLICT', message: meldcodeMessages.ownDecision });
    await as('worker');
    expect(await refused('meldcode.countersign', { caseId, decisionId: decision!.id })).toEqual({ code: 'FORBIDDEN', message: meldcodeMessages.notACountersigner });
    await as('lead');
    view = await call<CaseView>('meldcode.countersign', { caseId, decisionId: decision!.id });
    expect(view.case.decisions[0]).toMatchObject({ countersignedByName: staff.lead.name });
    expect(await refused('meldcode.countersign', { caseId, decisionId: decision!.id })).toEqual({ code: 'CONFLICT', message: meldcodeMessages.alreadyCountersigned });
    expect(statuses(view)[4]).toBe('busy');

    view = await save(view, 'report', { channel: 'report-veilig-thuis', reportedOn: localTodayIso(), reportedBy: staff.officer.name, consent: 'notAsked', youthInformed: 'yes', reference: 'VT-2026-0042' });
    expect(statuses(view)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect((await call<CaseSummary[]>('meldcode.list', { youthId: sanne }))[0]).toMatchObject({ currentStep: null });

    expect(view.case.log.map((entry) => [entry.step, entry.byName])).toEqual([
      [null, staff.officer.name],
      [2, staff.officer.name],
      [3, staff.officer.name],
      [4, staff.officer.name],
      [5, staff.officer.name],
      [5, staff.lead.name],
      [5, staff.lead.name],
    ]);
    expect(view.case.log.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
    expect(view.case.log[4]!.text).toContain(`Besluit bevestigd: Melden bij Veilig Thuis (regels ${meldcodeRuleSetVersion}).`);
    expect(view.case.log[5]!.text).toContain(`bevestigd door ${staff.officer.name}, medeondertekend`);
  });

  it('walks an adult to own help; a follow-up that finds the help failing leads to new answers and a new preview', async () => {
    const { call, refused, save, open, as, confirm, amir } = await seeded();
    await as('worker');
    let view = await open(amir);
    const caseId = view.case.id;
    view = await call<CaseView>('meldcode.addConsultation', { ...consultation(caseId), consultantKind: 'zorgcoordinator', withWhom: 'Zorgcoördinator regio', anonymous: true });
    view = await save(view, 'conversation', conversation);
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: false }));
    view = await save(view, 'decisionAnswers', { riskAvertableByOwnHelp: true });
    expect(view.preview).toMatchObject({ status: 'decided', framework: 'adult', outcomes: ['own-help', 'monitor'] });

    view = await confirm(view);
    expect(view.case.decisions[0]).toMatchObject({ chosenOutcomes: ['own-help', 'monitor'], countersignRequired: false });
    expect(statuses(view)[4]).toBe('busy');
    view = await save(view, 'helpPlan', { help: 'Wekelijks gesprek met de mentor en schuldhulp.', providedBy: 'Mentor', followUpDates: [localTodayIso()], youthInformed: 'yes' });
    expect(statuses(view)[4]).toBe('done');

    view = await call<CaseView>('meldcode.addFollowUp', { caseId, heldOn: localTodayIso(), helpEffective: false, note: 'De schulden groeien en hij is twee nachten weggebleven.' });
    expect(view.case.followUps).toEqual([expect.objectContaining({ helpEffective: false, recordedByName: staff.worker.name })]);
    expect(view.case.log.at(-1)).toMatchObject({ step: 5, text: expect.stringContaining('niet binnen de afgesproken tijd') });

    const answers = { riskAvertableByOwnHelp: false, seriousDanger: true, consentToReport: true, wantsAnonymity: false };
    const preview = await call<MeldcodeDecision>('meldcode.previewDecision', { caseId, answers });
    expect(preview).toMatchObject({ status: 'decided', outcomes: ['report-police-avim'] });
    expect((await call<CaseView>('meldcode.get', { caseId })).preview.outcomes).toEqual(['own-help', 'monitor']);

    view = await save(view, 'decisionAnswers', answers);
    expect(view.preview).toEqual(preview);
    view = await confirm(view);
    expect(view.case.decisions.map((decision) => decision.chosenOutcomes)).toEqual([['report-police-avim'], ['own-help', 'monitor']]);
    // A group worker never countersigns: main says so per decision.
    expect(view.case.decisions[0]).toMatchObject({ countersignRequired: true, mayCountersign: false, input: { helpEffective: false } });
    // The re-report stands: the failed help still answers question 5, so the result does not flip back to own help.
    expect(view.preview).toMatchObject({ status: 'decided', outcomes: ['report-police-avim'] });
    expect(view.preview.trace.join(' ')).not.toContain('zelf hulp bieden');
    // The first decision's help plan stays in the history but does not follow through the new decision.
    expect(view.case.helpPlan).toBeNull();
    expect(view.case.helpPlanHistory).toEqual([expect.objectContaining({ decisionId: view.case.decisions[1]!.id, recordedByName: staff.worker.name })]);
    expect(statuses(view)[4]).toBe('busy');
    const plan = { help: 'Nog meer gesprekken.', providedBy: 'Mentor', followUpDates: [daysFromToday(7)], youthInformed: 'yes' };
    expect((await refused('meldcode.update', { caseId, basedOnUpdatedAt: view.case.updatedAt, part: 'helpPlan', value: plan })).code).toBe('VALIDATION');
  });

  it('keeps every 5a and 5b record: a correction is a new record of the same decision, and step 5 looks only at the newest decision', async () => {
    const { refused, save, open, as, confirm, sanne } = await seeded();
    await as('officer');
    let view = await open(sanne);
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: true }));
    const report = { channel: 'report-veilig-thuis', reportedOn: localTodayIso(), reportedBy: staff.officer.name, consent: 'notAsked', youthInformed: 'yes', reference: 'VT-1' };
    expect(await refused('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part: 'report', value: report })).toMatchObject({ code: 'VALIDATION', fields: { value: expect.stringContaining('nog geen besluit') } });
    view = await confirm(view);
    const helpPlan = { help: 'Gesprekken met de mentor.', providedBy: 'Mentor', followUpDates: [daysFromToday(14)], youthInformed: 'yes' };
    expect(await refused('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part: 'helpPlan', value: helpPlan })).toMatchObject({
      code: 'VALIDATION',
      fields: { 'value.help': expect.stringContaining('geen eigen hulp') },
    });
    const wrongChannel = await refused('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part: 'report', value: { ...report, channel: 'report-meld-misdaad-anoniem' } });
    expect(wrongChannel).toMatchObject({ code: 'VALIDATION', fields: { 'value.channel': expect.stringContaining('Veilig Thuis') } });

    view = await save(view, 'report', report);
    view = await save(view, 'report', { ...report, reference: 'VT-2' });
    expect(view.case.report).toMatchObject({ reference: 'VT-2' });
    expect(view.case.reportHistory.map((record) => [record.value.reference, record.decisionId])).toEqual([
      ['VT-1', view.case.decisions[0]!.id],
      ['VT-2', view.case.decisions[0]!.id],
    ]);
    expect(view.case.log.at(-2)!.text).toContain('Melding (5b) vastgelegd bij het besluit van');
    expect(view.case.log.at(-2)!.text).toContain('gemeld bij Veilig Thuis');
    expect(view.case.log.at(-1)!.text).toContain('opnieuw vastgelegd');
    expect(view.case.log.at(-1)!.text).toContain('gewijzigd: kenmerk');

    // A new decision with a report is not done by the earlier decision's report.
    view = await save(view, 'weighing', { ...weighing({ acuteUnsafety: true, structuralUnsafety: true }) });
    view = await confirm(view);
    expect(view.case.report).toBeNull();
    expect(view.case.reportHistory).toHaveLength(2);
    expect(statuses(view)[4]).toBe('busy');
  });

  it('snapshots the answers, the six written ones included, and the weighing into the decision', async () => {
    const { save, open, as, confirm, amir } = await seeded();
    await as('worker');
    let view = await open(amir);
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: false }));
    const six = Object.fromEntries(conflictOfDutiesQuestionKeys.map((key) => [key, `Antwoord op ${key}.`]));
    view = await save(view, 'decisionAnswers', { riskAvertableByOwnHelp: false, seriousDanger: true, consentToReport: false, wantsAnonymity: false, conflictOfDuties: six });
    view = await confirm(view);
    expect(view.case.decisions[0]).toMatchObject({ answers: { consentToReport: false, conflictOfDuties: six }, weighing: { outcome: 'remains', nature: 'Seksuele uitbuiting door een oudere vriend.' } });
    const later = await save(view, 'decisionAnswers', { ...view.case.decisionAnswers, conflictOfDuties: { ...six, [conflictOfDutiesQuestionKeys[0]!]: 'Later herschreven.' } });
    expect(later.case.decisions[0]!.answers?.conflictOfDuties).toEqual(six);
  });

  it('refuses a confirmation when main’s result is not the one the user saw', async () => {
    const { refused, save, open, as, decide, sanne } = await seeded();
    await as('officer');
    let view = await open(sanne);
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: true }));
    const shownAsAdult = { ...decide(view), shown: { framework: 'adult', outcomes: ['report-veilig-thuis'] } };
    expect(await refused('meldcode.confirmDecision', shownAsAdult)).toEqual({ code: 'CONFLICT', message: meldcodeMessages.resultChanged });
    const otherOutcomes = { ...decide(view), shown: { framework: 'minor', outcomes: ['own-help', 'monitor'] } };
    expect(await refused('meldcode.confirmDecision', otherOutcomes)).toEqual({ code: 'CONFLICT', message: meldcodeMessages.resultChanged });
  });

  it('needs a second signature for a deviation that drops the report the engine asked for, and says who may give it', async () => {
    const { call, refused, save, open, as, confirm, sanne } = await seeded();
    await as('lead');
    let view = await open(sanne);
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: true }));
    view = await confirm(view, { kind: 'deviate', outcomes: ['own-help', 'monitor'], reason: 'Veilig Thuis is al betrokken via de school; wij bieden de hulp.' });
    expect(view.case.decisions[0]).toMatchObject({ chosenOutcomes: ['own-help', 'monitor'], countersignRequired: true, mayCountersign: false });
    await as('officer');
    view = await call<CaseView>('meldcode.get', { caseId: view.case.id });
    expect(view.case.decisions[0]!.mayCountersign).toBe(true);

    // Closing would strand the decision: refused until it is countersigned and its help plan recorded.
    const close = { caseId: view.case.id, reason: 'Klaar.' };
    expect(await refused('meldcode.close', { ...close, basedOnUpdatedAt: view.case.updatedAt })).toEqual({ code: 'CONFLICT', message: meldcodeMessages.notClosable.countersignature });
    view = await call<CaseView>('meldcode.countersign', { caseId: view.case.id, decisionId: view.case.decisions[0]!.id });
    expect(view.case.decisions[0]!.mayCountersign).toBe(false);
    expect(await refused('meldcode.close', { ...close, basedOnUpdatedAt: view.case.updatedAt })).toEqual({ code: 'CONFLICT', message: meldcodeMessages.notClosable.helpPlan });
    view = await save(view, 'helpPlan', { help: 'Gesprekken met de mentor.', providedBy: 'Mentor', followUpDates: [daysFromToday(14)], youthInformed: 'yes' });
    expect((await call<CaseView>('meldcode.close', { ...close, basedOnUpdatedAt: view.case.updatedAt })).case.status).toBe('closed');
  });

  it('refuses a follow-up while the newest decision holds no own help', async () => {
    const { call, refused, save, open, as, confirm, sanne } = await seeded();
    await as('officer');
    let view = await open(sanne);
    const followUp = { caseId: view.case.id, heldOn: localTodayIso(), helpEffective: true, note: 'Gaat goed.' };
    expect(await refused('meldcode.addFollowUp', followUp)).toEqual({ code: 'VALIDATION', message: appMessages.invalidInput, fields: { helpEffective: meldcodeMessages.noHelpToFollow } });
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: true }));
    view = await confirm(view);
    expect((await refused('meldcode.addFollowUp', followUp)).code).toBe('VALIDATION');
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: false }));
    view = await save(view, 'decisionAnswers', { ownHelpPossible: true, helpAccepted: true });
    view = await confirm(view);
    expect((await call<CaseView>('meldcode.addFollowUp', followUp)).case.followUps).toHaveLength(1);
  });

  it('previews without an access-log entry of its own: opening the case logged the read', async () => {
    const { services, call, open, as, amir } = await seeded();
    await as('worker');
    const view = await open(amir);
    const before = newEntries(services, 0).length;
    for (const riskAvertableByOwnHelp of [true, false, null]) await call<MeldcodeDecision>('meldcode.previewDecision', { caseId: view.case.id, answers: { riskAvertableByOwnHelp } });
    expect(newEntries(services, before)).toEqual([]);
  });

  it('refuses contradictory or repeated outcomes in a deviation', async () => {
    const { refused, open, as, decide, amir } = await seeded();
    await as('worker');
    const view = await open(amir);
    const reason = 'Een reden van voldoende lengte.';
    const mixed = await refused('meldcode.confirmDecision', decide(view, { kind: 'deviate', outcomes: ['close-unfounded', 'report-police-avim'], reason }));
    expect(mixed).toMatchObject({ code: 'VALIDATION', fields: { 'choice.outcomes': expect.stringContaining('niet samen') } });
    const twice = await refused('meldcode.confirmDecision', decide(view, { kind: 'deviate', outcomes: ['own-help', 'own-help'], reason }));
    expect(twice).toMatchObject({ code: 'VALIDATION', fields: { 'choice.outcomes': expect.stringContaining('maar één keer') } });
  });

  it('shows step 1’s signals as their newest correction, counted once', async () => {
    const { call, open, as, amir } = await seeded();
    await as('worker');
    const first = await call<SignalView>('signals.add', signal(amir, 'Tweede telefoon gezien.'));
    const view = await open(amir, [first.id]);
    const { youthId: _youthId, ...fields } = signal(amir, 'Twee extra telefoons gezien.');
    const corrected = await call<SignalView>('signals.correct', { ...fields, signalId: first.id });
    expect((await call<CaseView>('meldcode.get', { caseId: view.case.id })).case.signals.signalIds).toEqual([corrected.id]);
  });

  it('stores a deviation with its reason, and refuses one without', async () => {
    const { call, refused, save, open, as, decide, amir } = await seeded();
    await as('worker');
    let view = await open(amir);
    view = await save(view, 'weighing', weighing({ acuteUnsafety: false, structuralUnsafety: false }));
    const base = decide(view);

    const noReason = await refused('meldcode.confirmDecision', { ...base, choice: { kind: 'deviate', outcomes: ['report-police-avim'], reason: '' } });
    expect(noReason).toMatchObject({ code: 'VALIDATION', fields: { 'choice.reason': expect.stringContaining('waarom je afwijkt') } });

    const reason = 'Hij vroeg zelf om hulp van de politie; de antwoorden zijn nog niet compleet.';
    view = await call<CaseView>('meldcode.confirmDecision', { ...base, choice: { kind: 'deviate', outcomes: ['report-police-avim'], reason } });
    expect(view.case.decisions[0]).toMatchObject({ chosenOutcomes: ['report-police-avim'], deviationReason: reason, computed: { status: 'incomplete' }, countersignRequired: true });
    expect(view.case.log.at(-1)!.text).toContain(`Afgeweken van de uitkomst (geen uitkomst): reden: ${reason}`);
  });

  it('refuses a save that did not start from the stored case, naming the colleague; a closed case refuses every change', async () => {
    const { call, refused, save, open, as, amir } = await seeded();
    await as('worker');
    const opened = await open(amir);
    await as('officer');
    const officerSaved = await save(opened, 'signals', { signalIds: [], note: 'Zie ook het verslag van school.' });
    await as('worker');
    const conflict = await refused('meldcode.update', { caseId: opened.case.id, basedOnUpdatedAt: opened.case.updatedAt, part: 'signals', value: { note: 'Anders' } });
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.message).toContain(`door ${staff.officer.name}`);

    const closed = await call<CaseView>('meldcode.close', { caseId: opened.case.id, basedOnUpdatedAt: officerSaved.case.updatedAt, reason: 'Het vermoeden is weggenomen na het gesprek.' });
    expect(closed.case).toMatchObject({ status: 'closed', closedByName: staff.worker.name, closeReason: 'Het vermoeden is weggenomen na het gesprek.' });
    expect(closed.case.log.at(-1)).toMatchObject({ step: null, text: 'Casus gesloten. Reden: Het vermoeden is weggenomen na het gesprek.' });
    const afterClose = await refused('meldcode.update', { caseId: opened.case.id, basedOnUpdatedAt: closed.case.updatedAt, part: 'signals', value: { note: 'Nog iets' } });
    expect(afterClose.code).toBe('CONFLICT');
    expect(afterClose.message).toContain('afgesloten');
    expect((await refused('meldcode.addConsultation', consultation(opened.case.id))).code).toBe('CONFLICT');
    expect(await call<CaseSummary[]>('meldcode.list', {})).toEqual([]);
  });

  it('takes only the youth’s own signals into step 1', async () => {
    const { call, refused, save, open, as, amir } = await seeded();
    await as('officer');
    const other = await call<SignalView>('signals.add', signal((await call<{ id: string }[]>('youths.list')).find((youth) => youth.id !== amir)!.id, 'Van iemand anders.'));
    const refusal = await refused('meldcode.open', { youthId: amir, suspicion: 'other', title: 'Zorgen', signalIds: [other.id] });
    expect(refusal).toEqual({ code: 'VALIDATION', message: appMessages.invalidInput, fields: { signalIds: meldcodeMessages.signalNotOfYouth } });
    const view = await open(amir);
    expect((await refused('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part: 'signals', value: { signalIds: [other.id] } })).fields).toEqual({
      'value.signalIds': meldcodeMessages.signalNotOfYouth,
    });
    const own = await call<SignalView>('signals.add', signal(amir, 'Eigen signaal.'));
    expect((await save(view, 'signals', { signalIds: [own.id] })).case.signals.signalIds).toEqual([own.id]);
  });

  it('checks access before reading anything of the case: a refused user’s call reads none of its parts', async () => {
    const { lines, logger } = recordingLogger();
    const services = await staffedServices({ logger });
    const [dirk] = (await seedYouths(services, [{ firstName: 'Dirk', lastName: 'Dekker', dateOfBirth: bornYearsAgo(16), location: 'Groep West' }])) as [string];
    await signIn(services, 'officer');
    const opened = expectOk(await services.router('meldcode.open', { youthId: dirk, suspicion: 'criminalExploitation', title: 'Pakketjes rondbrengen', signalIds: [] })) as CaseView;
    services.context.requireUnlocked().handle.db.update(meldcodeCases).set({ weighing: 'geen json' }).where(eq(meldcodeCases.id, opened.case.id)).run();
    lock(services.context);
    await signIn(services, 'worker');
    expect(await services.router('meldcode.get', { caseId: opened.case.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(lines.filter((line) => line.includes('unreadable'))).toEqual([]);
    lock(services.context);
    await signIn(services, 'officer');
    expectOk(await services.router('meldcode.get', { caseId: opened.case.id }));
    expect(lines.filter((line) => line.includes('unreadable'))).toHaveLength(1);
  });

  it('refuses another group’s worker and logs the attempt; emergency access allows the work, logged with its reason', async () => {
    const { services, call, refused, as, dirk } = await seeded();
    await as('officer');
    const opened = await call<CaseView>('meldcode.open', { youthId: dirk, suspicion: 'criminalExploitation', title: 'Pakketjes rondbrengen', signalIds: [] });
    await as('worker');
    const before = newEntries(services, 0).length;
    expect(await refused('meldcode.get', { caseId: opened.case.id })).toEqual({ code: 'FORBIDDEN', message: appMessages.noAccessToYouth });
    expect(await refused('meldcode.list', { youthId: dirk })).toMatchObject({ code: 'FORBIDDEN' });
    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'refused', objectType: 'meldcodeCase', objectId: opened.case.id, youthId: dirk, userName: staff.worker.name }),
      expect.objectContaining({ action: 'refused', objectType: 'meldcodeCase', youthId: dirk, userName: staff.worker.name }),
    ]);

    await call('emergency.request', { youthId: dirk, reason: emergencyReason });
    const afterGrant = newEntries(services, 0).length;
    const view = await call<CaseView>('meldcode.get', { caseId: opened.case.id });
    const added = await call<CaseView>('meldcode.addConsultation', consultation(view.case.id));
    expect(added.case.log.at(-1)!.text).toMatch(/\(via noodtoegang\)$/);
    expect(newEntries(services, afterGrant)).toEqual([
      expect.objectContaining({ action: 'read', objectType: 'meldcodeCase', youthId: dirk, reason: emergencyReason, details: 'meldcodetraject bekeken; via noodtoegang' }),
      expect.objectContaining({ action: 'create', objectType: 'meldcodeCase', youthId: dirk, reason: emergencyReason, details: 'consultatie vastgelegd; via noodtoegang' }),
    ]);
  });
});
