import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findCase } from '../../db/repositories/meldcodeCases';
import { meldcodeCaseLog, meldcodeCases, meldcodeConsultations, meldcodeCountersignatures, meldcodeDecisions, meldcodeFollowUps, meldcodeHelpPlans, meldcodeReports, socialMapEntries } from '../../db/schema';
import type { UnreadableDocument } from '../../db/storedDocument';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import { socialMapMessages } from '../../main/services/socialMapService';
import { storedCaseWeighingSchema, type CaseView, type SocialMapEntry } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { accessLogRows } from '../support/accessLogRows';
import { seedYouths, signIn, staff, type StaffMember } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const today = localTodayIso();
/** Sanne is 15, whatever year the tests run in. */
const sanneBorn = (() => {
  const day = new Date(Date.now() - 40 * 86_400_000);
  day.setFullYear(day.getFullYear() - 15);
  return localTodayIso(day);
})();

/**
 * Sanne at the worker's group with a case that holds every kind of record: own help with its plan,
 * a follow-up that finds it failing, a second decision to report with its report, countersigned
 * by the officer. The officer is signed in at the end.
 */
async function caseWithEverything() {
  const services = await staffedServices();
  const [sanne] = (await seedYouths(services, [{ firstName: 'Sanne', lastName: 'Smit', dateOfBirth: sanneBorn, location: 'Groep Noord' }])) as [string];
  await signIn(services, 'worker');
  const call = async (channel: string, input: object) => expectOk(await services.router(channel, input)) as CaseView;
  const save = (view: CaseView, part: string, value: object) => call('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part, value });
  const confirm = (view: CaseView) =>
    call('meldcode.confirmDecision', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, shown: { framework: view.preview.framework, outcomes: view.preview.outcomes }, choice: { kind: 'confirm' } });
  let view = await call('meldcode.open', { youthId: sanne, suspicion: 'sexualExploitation', title: 'Oudere vriend', signalIds: [] });
  const caseId = view.case.id;
  view = await call('meldcode.addConsultation', { caseId, heldOn: today, consultantKind: 'colleague', withWhom: 'Mentor', anonymous: false, questions: 'Wat zie jij?' });
  view = await save(view, 'weighing', { structuralUnsafety: false, acuteUnsafety: false, outcome: 'remains', nature: 'Uitbuiting' });
  view = await save(view, 'decisionAnswers', { ownHelpPossible: true, helpAccepted: true });
  view = await confirm(view);
  view = await save(view, 'helpPlan', { help: 'Gesprekken met de mentor.', providedBy: 'Mentor', followUpDates: [today], youthInformed: 'yes' });
  view = await call('meldcode.addFollowUp', { caseId, heldOn: today, helpEffective: false, note: 'Gaat niet goed.' });
  view = await confirm(view);
  view = await save(view, 'report', { channel: 'report-veilig-thuis', reportedOn: today, reportedBy: 'Mentor', reference: 'VT-7' });
  lock(services.context);
  await signIn(services, 'officer');
  view = await call('meldcode.countersign', { caseId, decisionId: view.case.decisions[0]!.id });
  const { db } = services.context.requireUnlocked().handle;
  return { services, db, view, caseId, sanne };
}

describe('meldcode cases in the database', () => {
  it('read back as stored: parts, consultations, follow-ups, the decision with its inputs and countersignature, and the log', async () => {
    const { db, view, caseId, sanne } = await caseWithEverything();
    const record = findCase(db, caseId);
    expect(record?.case).toEqual(view.case);
    expect(record?.youthName).toBe('Sanne Smit');
    expect(view.case).toMatchObject({
      youthId: sanne,
      signals: { signalIds: [], note: '' },
      conversation: null,
      weighing: { structuralUnsafety: false, outcome: 'remains', nature: 'Uitbuiting', severity: '' },
      consultations: [{ withWhom: 'Mentor', anonymous: false, advice: '', recordedByName: staff.worker.name }],
      followUps: [{ helpEffective: false, heldOn: today }],
      helpPlan: null,
      report: { channel: 'report-veilig-thuis', reference: 'VT-7' },
      decisions: [
        {
          chosenOutcomes: ['report-veilig-thuis'],
          input: { decisionDate: today, dateOfBirth: sanneBorn, structuralUnsafety: false, helpEffective: false },
          computed: { status: 'decided', outcomes: ['report-veilig-thuis'] },
          answers: { ownHelpPossible: true, helpAccepted: true },
          weighing: { outcome: 'remains' },
          confirmedByName: staff.worker.name,
          countersignRequired: true,
          countersignedByName: staff.officer.name,
        },
        { chosenOutcomes: ['own-help', 'monitor'], countersignRequired: false },
      ],
    });
    expect(view.case.helpPlanHistory).toEqual([expect.objectContaining({ decisionId: view.case.decisions[1]!.id, value: expect.objectContaining({ providedBy: 'Mentor' }) })]);
    expect(view.case.reportHistory).toEqual([expect.objectContaining({ decisionId: view.case.decisions[0]!.id, recordedByName: staff.worker.name })]);
    expect(view.case.log.map((entry) => entry.step)).toEqual([null, 2, 4, 5, 5, 5, 5, 5, 5, 5]);
  });

  it('opens with the defaults of a part that cannot be read, tells the technical log which part, and keeps the rest', async () => {
    const { services, db, caseId } = await caseWithEverything();
    const { sqlite } = services.context.requireUnlocked().handle;
    // A record written by some later version: the triggers allow adding, so this is how it would arrive.
    const [newest] = findCase(db, caseId)!.case.decisions;
    sqlite
      .prepare("INSERT INTO meldcode_reports (id, case_id, decision_id, content, recorded_at, recorded_by) SELECT 'r-later', case_id, decision_id, '{\"channel\":\"postduif\",\"reference\":\"K-1\"}', '2099-01-01T00:00:00.000Z', recorded_by FROM meldcode_reports WHERE decision_id = ?")
      .run(newest!.id);
    sqlite.prepare("UPDATE meldcode_cases SET weighing = '{\"outcome\": \"misschien\"' WHERE id = ?").run(caseId);
    const unreadable: UnreadableDocument[] = [];
    const record = findCase(db, caseId, (problem) => unreadable.push(problem));
    expect(record?.case.weighing).toEqual(storedCaseWeighingSchema.parse({}));
    // A channel this version does not know reads as not chosen; the rest of the report stays.
    expect(record?.case.report).toMatchObject({ channel: '', reference: 'K-1' });
    expect(record?.case.consultations).toHaveLength(1);
    expect(unreadable).toEqual([{ document: 'meldcodeCase', section: 'weighing', problem: 'not JSON' }]);

    db.update(meldcodeCases).set({ signals: '[1,2]' }).where(eq(meldcodeCases.id, caseId)).run();
    expect(findCase(db, caseId)?.case.signals).toEqual({ signalIds: [], note: '' });
  });

  it('shows a decision whose stored documents cannot be read as unanswered and incomplete, keeping what was chosen and who confirmed', async () => {
    const { services, db, caseId } = await caseWithEverything();
    const { sqlite } = services.context.requireUnlocked().handle;
    const stored = db.select().from(meldcodeDecisions).get()!;
    sqlite
      .prepare("INSERT INTO meldcode_decisions (id, case_id, input, computed, chosen_outcomes, deviation_reason, rule_set_version, countersign_required, confirmed_at, confirmed_by) VALUES ('d-old', ?, '{\"decisionDate\": 5', '{}', '[\"report-veilig-thuis\"]', '', 'meldcode-2099.1', 0, '2099-01-02T10:00:00.000Z', ?)")
      .run(caseId, stored.confirmedBy);
    const unreadable: UnreadableDocument[] = [];
    const [newest] = findCase(db, caseId, (problem) => unreadable.push(problem))!.case.decisions;
    expect(newest).toMatchObject({
      id: 'd-old',
      answers: null,
      weighing: null,
      chosenOutcomes: ['report-veilig-thuis'],
      confirmedByName: staff.worker.name,
      input: { decisionDate: '2099-01-02', suspicionRemains: null, conflictOfDutiesAnswered: false },
      computed: { status: 'incomplete', outcomes: [], ruleSetVersion: 'meldcode-2099.1' },
    });
    expect(unreadable.map((problem) => problem.section)).toEqual(['decision.input', 'decision.computed']);
  });

  it('refuses changing or deleting what is only ever added, and deleting a case, from any SQL', async () => {
    const { db, caseId } = await caseWithEverything();
    const ofCase = (table: typeof meldcodeConsultations | typeof meldcodeFollowUps | typeof meldcodeDecisions | typeof meldcodeCaseLog) => eq(table.caseId, caseId);
    expect(() => db.update(meldcodeConsultations).set({ advice: 'Anders' }).where(ofCase(meldcodeConsultations)).run()).toThrow(/meldcode_consultations is append-only/);
    expect(() => db.delete(meldcodeConsultations).where(ofCase(meldcodeConsultations)).run()).toThrow(/meldcode_consultations is append-only/);
    expect(() => db.update(meldcodeFollowUps).set({ helpEffective: false }).where(ofCase(meldcodeFollowUps)).run()).toThrow(/meldcode_follow_ups is append-only/);
    expect(() => db.delete(meldcodeFollowUps).where(ofCase(meldcodeFollowUps)).run()).toThrow(/meldcode_follow_ups is append-only/);
    expect(() => db.update(meldcodeDecisions).set({ deviationReason: 'Achteraf' }).where(ofCase(meldcodeDecisions)).run()).toThrow(/meldcode_decisions is append-only/);
    expect(() => db.delete(meldcodeDecisions).where(ofCase(meldcodeDecisions)).run()).toThrow(/meldcode_decisions is append-only/);
    expect(() => db.update(meldcodeCountersignatures).set({ signedAt: '2020-01-01T00:00:00.000Z' }).run()).toThrow(/meldcode_countersignatures is append-only/);
    expect(() => db.delete(meldcodeCountersignatures).run()).toThrow(/meldcode_countersignatures is append-only/);
    expect(() => db.update(meldcodeCaseLog).set({ text: 'Anders' }).where(ofCase(meldcodeCaseLog)).run()).toThrow(/meldcode_case_log is append-only/);
    expect(() => db.delete(meldcodeCaseLog).where(ofCase(meldcodeCaseLog)).run()).toThrow(/meldcode_case_log is append-only/);
    expect(() => db.delete(meldcodeCases).where(eq(meldcodeCases.id, caseId)).run()).toThrow(/meldcode cases are never deleted/);
    expect(() => db.update(meldcodeHelpPlans).set({ content: '{}' }).run()).toThrow(/meldcode_help_plans is append-only/);
    expect(() => db.delete(meldcodeHelpPlans).run()).toThrow(/meldcode_help_plans is append-only/);
    expect(() => db.update(meldcodeReports).set({ content: '{}' }).run()).toThrow(/meldcode_reports is append-only/);
    expect(() => db.delete(meldcodeReports).run()).toThrow(/meldcode_reports is append-only/);
    expect(findCase(db, caseId)?.case.log).toHaveLength(10);
  });

  it('keeps a case’s youth and opening fixed, and a closed case closed, from any SQL', async () => {
    const { services, db, caseId } = await caseWithEverything();
    const ofCase = eq(meldcodeCases.id, caseId);
    expect(() => db.update(meldcodeCases).set({ youthId: 'another-youth' }).where(ofCase).run()).toThrow(/keeps its youth and its opening/);
    expect(() => db.update(meldcodeCases).set({ openedAt: '2020-01-01T00:00:00.000Z' }).where(ofCase).run()).toThrow(/keeps its youth and its opening/);
    const view = expectOk(await services.router('meldcode.close', { caseId, basedOnUpdatedAt: findCase(db, caseId)!.case.updatedAt, reason: 'Melding gedaan, hulp overgedragen.' })) as CaseView;
    expect(view.case.status).toBe('closed');
    expect(() => db.update(meldcodeCases).set({ status: 'open' }).where(ofCase).run()).toThrow(/a closed meldcode case cannot change/);
    expect(() => db.update(meldcodeCases).set({ title: 'Anders' }).where(ofCase).run()).toThrow(/a closed meldcode case cannot change/);
  });

  it('refuses a countersignature by the one who confirmed the decision, from any SQL', async () => {
    const { services, db, view } = await caseWithEverything();
    const decision = db.select().from(meldcodeDecisions).get()!;
    db.insert(meldcodeDecisions).values({ ...decision, id: 'd-2', confirmedAt: services.context.nowIso() }).run();
    expect(() => db.insert(meldcodeCountersignatures).values({ id: 's-2', decisionId: 'd-2', signedAt: services.context.nowIso(), signedBy: decision.confirmedBy }).run()).toThrow(
      /countersigned by someone other than who confirmed it/,
    );
    expect(view.case.decisions).toHaveLength(2);
  });
});

async function socialMapAs(member: StaffMember) {
  const services = await staffedServices();
  await signIn(services, member);
  const call = async <T>(channel: string, input?: unknown) => expectOk(await services.router(channel, input)) as T;
  return { services, call };
}

describe('the social map', () => {
  it('ships the national numbers, emergency first, readable for every role', async () => {
    for (const member of ['admin', 'officer', 'lead', 'worker'] as const) {
      const { call } = await socialMapAs(member);
      const entries = await call<SocialMapEntry[]>('socialMap.list');
      expect(entries.map((entry) => [entry.kind, entry.phone])).toEqual([
        ['emergency', '112'],
        ['veiligThuis', '0800-2000'],
        ['meldMisdaadAnoniem', '0800-7000'],
        ['policeNonEmergency', '0900-8844'],
        ['policeAvim', '0900-8844'],
        ['zorgcoordinator', ''],
        ['comensha', ''],
        ['sexualViolenceCentre', '0800-0188'],
      ]);
      expect(entries.every((entry) => entry.shipped && entry.changedByName === null)).toBe(true);
      expect(entries.find((entry) => entry.kind === 'policeAvim')?.note).toContain('AVIM');
      expect(entries.find((entry) => entry.kind === 'zorgcoordinator')?.note).toContain('comensha.nl');
    }
  });

  it('lets the administrator add, edit and remove contacts, never remove a shipped one, and refuses an edit from an older version; each change logged', async () => {
    const { services, call } = await socialMapAs('admin');
    const before = accessLogRows(services).length;
    const lawyer = await call<SocialMapEntry>('socialMap.save', { mode: 'add', kind: 'traffickingLawyer', name: 'Advocatenkantoor Voorbeeld', phone: '030 000 00 00' });
    expect(lawyer).toMatchObject({ shipped: false, changedByName: staff.admin.name, note: '' });

    const coordinator = (await call<SocialMapEntry[]>('socialMap.list')).find((entry) => entry.kind === 'zorgcoordinator')!;
    const edit = { mode: 'edit', id: coordinator.id, basedOnChangedAt: coordinator.changedAt, kind: 'zorgcoordinator', name: 'Zorgcoördinator regio Voorbeeld', phone: '088 000 00 00', note: 'Op werkdagen' };
    const edited = await call<SocialMapEntry>('socialMap.save', edit);
    expect(edited).toMatchObject({ shipped: true, phone: '088 000 00 00', changedByName: staff.admin.name });
    expect(await services.router('socialMap.save', { ...edit, name: 'Anders' })).toEqual({ ok: false, error: { code: 'CONFLICT', message: socialMapMessages.entryConflict(staff.admin.name) } });

    expect(await services.router('socialMap.remove', { id: coordinator.id })).toEqual({ ok: false, error: { code: 'CONFLICT', message: socialMapMessages.shippedNotRemovable } });
    const left = await call<SocialMapEntry[]>('socialMap.remove', { id: lawyer.id });
    expect(left.map((entry) => entry.id)).not.toContain(lawyer.id);
    expect(left).toHaveLength(8);
    expect(accessLogRows(services).slice(before).map(({ action, objectType, objectId }) => [action, objectType, objectId])).toEqual([
      ['create', 'socialMap', lawyer.id],
      ['change', 'socialMap', coordinator.id],
      ['delete', 'socialMap', lawyer.id],
    ]);

    const { db } = services.context.requireUnlocked().handle;
    expect(() => db.delete(socialMapEntries).where(eq(socialMapEntries.id, coordinator.id)).run()).toThrow(/shipped social map entries cannot be deleted/);
    expect(() => db.update(socialMapEntries).set({ shipped: false }).where(eq(socialMapEntries.id, coordinator.id)).run()).toThrow(/whether a social map entry shipped cannot change/);
  });

  it('keeps a shipped entry’s kind, and the numbers a decision points to filled in', async () => {
    const { services, call } = await socialMapAs('admin');
    const emergency = (await call<SocialMapEntry[]>('socialMap.list')).find((entry) => entry.id === 'nl-112')!;
    const edit = { mode: 'edit', id: emergency.id, basedOnChangedAt: emergency.changedAt, kind: 'emergency', name: emergency.name, phone: emergency.phone, note: emergency.note };
    expect(await services.router('socialMap.save', { ...edit, kind: 'other' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { kind: socialMapMessages.shippedKindFixed } },
    });
    for (const kind of ['emergency', 'veiligThuis', 'meldMisdaadAnoniem']) {
      const refused = await services.router('socialMap.save', { mode: 'add', kind, name: 'Zonder nummer', phone: '' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { phone: expect.stringContaining('telefoonnummer') } } });
    }
    expect(await services.router('socialMap.save', { ...edit, phone: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const { db } = services.context.requireUnlocked().handle;
    expect(() => db.update(socialMapEntries).set({ kind: 'other' }).where(eq(socialMapEntries.id, 'nl-veilig-thuis')).run()).toThrow(/keeps its kind/);
  });

  it('refuses changes by anyone but the administrator', async () => {
    const { services } = await socialMapAs('officer');
    const added = await services.router('socialMap.save', { mode: 'add', kind: 'other', name: 'Buurthuis', phone: '' });
    expect(added).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.forbidden } });
    expect(await services.router('socialMap.remove', { id: 'nl-112' })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.forbidden } });
  });
});
