import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appMessages } from '../../main/errors/AppError';
import { meldcodeRuleSetVersion, type CaseView, type PacketResult, type SignalView, type YouthFile } from '../../preload/contract';
import { caseBlockLabel, shareSectionLabels, type ShareExportInput, type ShareSection } from '../../preload/contract/sharing';
import { localTodayIso } from '../../preload/contract/isoDate';
import { emptyYouthProfile } from '../../preload/contract/youthProfile';
import { newEntries } from '../support/accessLogRows';
import { disclosuresOf, savingInto } from '../support/pdfPorts';
import { flattened, pdfPages, pdfText } from '../support/pdfText';
import { seedYouths, staff } from '../support/staff';
import { expectOk, staffedServices, tempDir, type TestServiceOptions } from '../support/tempDatabase';
import { routerCalls } from '../support/routerCalls';

const daysFromToday = (days: number) => localTodayIso(new Date(Date.now() + days * 86_400_000));
/** Fifteen and a half on every day the test runs: a minor, and neither birthday nor its date is in the summary. */
const birthDate = daysFromToday(-(15 * 365 + 180));
const fictionalBsn = '111222333';
const recipient = 'Veilig Thuis Regio Voorbeeld';
const exportFor = { recipient: 'other', recipientName: recipient, purpose: 'Melding van een vermoeden van seksuele uitbuiting', legalGround: 'meldrecht' } as const;
/** The case summary template's proposal with a case: facts, not interpretations, and the case's course. */
const summarySections: ShareSection[] = ['facts', 'events', 'observations', 'meldcodeSteps', 'decision', 'followThrough', 'caseLog'];
const confidentiality = 'Vertrouwelijk — niet verder verstrekken';

const signal = (youthId: string, description: string, kind = 'observation', direction = 'supports', daysAgo = 20) => ({
  youthId,
  catalogueItemId: null,
  freeText: description,
  freeTextCategory: 'sexualExploitation',
  kind,
  sourceType: 'ownObservation',
  sourceName: 'Mentor',
  direction,
  sourceReliability: null,
  informationCredibility: null,
  date: daysFromToday(-daysAgo),
  description: `${description} Gezien op de groep.`,
});

/**
 * Sanne (15, with a BSN on file) at the worker's group Noord: a case walked by the worker through
 * all five steps to a report at Veilig Thuis, countersigned by the aandachtsfunctionaris, with
 * enough signals to run over several pages. Cato at group Zuid, the lead's.
 */
async function seeded(options: TestServiceOptions = {}) {
  const services = await staffedServices({ savePdf: savingInto(tempDir()), ...options });
  const [sanne, cato] = (await seedYouths(services, [
    { firstName: 'Sanne', lastName: 'Smit', dateOfBirth: birthDate, location: 'Groep Noord', profile: { ...emptyYouthProfile(), identity: { ...emptyYouthProfile().identity, bsn: fictionalBsn } } },
    { firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2011-05-03', location: 'Groep Zuid' },
  ])) as [string, string];
  const { call, as } = routerCalls(services);
  const save = (view: CaseView, part: string, value: unknown) => call<CaseView>('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part, value });

  await as('worker');
  const signals: SignalView[] = [];
  for (let day = 0; day < 24; day += 1) signals.push(await call<SignalView>('signals.add', signal(sanne, `Signaal ${day + 1}: wordt opgehaald door een oudere man in een auto.`, 'observation', 'supports', 40 - day)));
  signals.push(await call<SignalView>('signals.add', signal(sanne, 'Komt op tijd terug en gaat naar school.', 'fact', 'contradicts', 5)));
  let view = await call<CaseView>('meldcode.open', { youthId: sanne, suspicion: 'sexualExploitation', title: 'Oudere vriend met auto', signalIds: signals.map((linked) => linked.id) });
  const caseId = view.case.id;
  view = await call<CaseView>('meldcode.addConsultation', {
    caseId,
    heldOn: daysFromToday(-5),
    consultantKind: 'traffickingOfficer',
    withWhom: 'Olga Aandacht',
    anonymous: false,
    questions: 'Zijn de signalen genoeg voor een melding?',
    advice: 'Ga eerst het gesprek aan.',
  });
  view = await save(view, 'conversation', {
    held: true,
    heldOn: daysFromToday(-3),
    participants: 'Mentor en jongere',
    purposeExplained: true,
    reaction: 'Ontkent, maar wordt stil bij de vraag over de telefoon.',
    interpretation: 'Schaamte.',
  });
  view = await save(view, 'weighing', {
    acuteUnsafety: false,
    structuralUnsafety: true,
    nature: 'Seksuele uitbuiting door een oudere vriend.',
    severity: 'serious',
    chanceOfHarm: 'real',
    outcome: 'remains',
    explanation: 'De signalen wijzen dezelfde kant op.',
  });
  view = await call<CaseView>('meldcode.confirmDecision', {
    caseId,
    basedOnUpdatedAt: view.case.updatedAt,
    shown: { framework: view.preview.framework, outcomes: view.preview.outcomes },
    choice: { kind: 'confirm' },
  });
  await as('officer');
  view = await call<CaseView>('meldcode.countersign', { caseId, decisionId: view.case.decisions[0]!.id });
  await as('worker');
  const report = { channel: 'report-veilig-thuis', reportedOn: localTodayIso(), reportedBy: staff.worker.name, consent: 'notAsked', youthInformed: 'yes', reference: 'VT-2026-0042' };
  view = await save(view, 'report', report);
  // A correction is a new 5b record: the summary shows both.
  view = await save(view, 'report', { ...report, reference: 'VT-2026-0042-B' });
  return { services, call, as, sanne, cato, caseId, view };
}

type Services = Awaited<ReturnType<typeof seeded>>['services'];

const continuedHeading = /^(Verstrekking|Meldcodecasus|Signalen: .+|Meldcode: .+)$/;
const columnNames = new Set(['Datum Bron Richting Signaal', 'Wanneer Wie Stap Wat', 'Datum Hulp brengt veiligheid Toelichting Vastgelegd']);

/**
 * The text without what the pages repeat: the header and the footer (last in pdftotext's raw
 * order) and, where a page continues a section, its heading and its column names. An entry that
 * runs onto the next page then reads in one piece, as it was written.
 */
function bodyText(pdf: Buffer): string {
  const pages = pdfPages(pdf, 'raw').map((page) => page.split('\n').filter((line) => line.trim() !== ''));
  const bodies = pages.map((lines, index) => {
    const body = lines.slice(0, -4);
    if (index > 0 && continuedHeading.test(body[0] ?? '')) body.shift();
    if (index > 0 && columnNames.has(body[0] ?? '')) body.shift();
    return body.join('\n');
  });
  return flattened(bodies.join('\n'));
}

const exportCase = (services: Services, input: Partial<ShareExportInput> & { youthId: string; caseId: string }) =>
  services.router('sharing.export', { output: 'save', template: 'caseSummary', sections: summarySections, ...exportFor, ...input });

async function savedExport(services: Services, youthId: string, caseId: string) {
  const made = expectOk(await exportCase(services, { youthId, caseId })) as PacketResult;
  if (made.outcome !== 'saved') throw new Error(`expected a saved summary, got ${made.outcome}`);
  return { made, pdf: fs.readFileSync(made.savedTo) };
}

const actions = (services: Services, before: number) =>
  newEntries(services, before).map(({ action, objectType, objectId, youthId, reason }) => ({ action, objectType, objectId, youthId, reason }));

describe('the case summary template of the export wizard', () => {
  it('holds the case log, the signals, the steps and the decision with its trace, with the confidentiality footer on every page', async () => {
    const { services, sanne, caseId, view } = await seeded();
    const { made, pdf } = await savedExport(services, sanne, caseId);
    const text = bodyText(pdf);
    const [decision] = view.case.decisions;

    expect(view.case.log.length).toBeGreaterThanOrEqual(7);
    const missingLog = view.case.log.filter((entry) => !text.includes(flattened(entry.text)) || !text.includes(entry.byName));
    expect(missingLog).toEqual([]);
    expect(decision!.computed.trace.filter((sentence) => !text.includes(flattened(sentence)))).toEqual([]);
    expect(
      [
        'Casussamenvatting: Sanne Smit',
        'Vermoeden van seksuele uitbuiting',
        'Oudere vriend met auto',
        'Eigen waarneming Ondersteunt het vermoeden Signaal 1: wordt opgehaald door een oudere man in een auto. Signaal 1: wordt opgehaald door een oudere man in een auto. Gezien op de groep.',
        'Eigen waarneming Spreekt het vermoeden tegen Komt op tijd terug en gaat naar school. Komt op tijd terug en gaat naar school. Gezien op de groep.',
        'Zijn de signalen genoeg voor een melding?',
        'Ontkent, maar wordt stil bij de vraag over de telefoon.',
        'Besluit Melden bij Veilig Thuis',
        `Versie beslisregels ${meldcodeRuleSetVersion}`,
        `door ${staff.worker.name}`,
        `Medeondertekend`,
        staff.officer.name,
        'Kenmerk VT-2026-0042 ',
        'Kenmerk VT-2026-0042-B',
        `door ${staff.worker.name}, bij het besluit van`,
        `Ontvanger ${recipient}`,
        'Grondslag Meldrecht (Veilig Thuis)',
      ].filter((expected) => !text.includes(expected)),
    ).toEqual([]);

    // Interpretations stay in the app unless the user turns them on: the weighing and the conversation's reading.
    expect(text).not.toContain('Seksuele uitbuiting door een oudere vriend.');
    expect(text).not.toContain('Schaamte.');

    const pages = pdfPages(pdf, 'raw').map(flattened);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toHaveLength(made.pageCount);
    const today = localTodayIso().split('-').reverse().join('-');
    pages.forEach((page, index) => {
      expect(page).toContain(confidentiality);
      expect(page).toContain(`Verstrekt aan ${recipient} op ${today}, grondslag: Meldrecht (Veilig Thuis).`);
      expect(page).toContain(`Pagina ${index + 1} van ${pages.length}`);
    });
  });

  it('leaves out the BSN and the date of birth', async () => {
    const { services, call, sanne, caseId } = await seeded();
    expect((await call<YouthFile>('youths.open', { id: sanne })).profile.identity.bsn).toBe(fictionalBsn);
    const text = pdfText((await savedExport(services, sanne, caseId)).pdf);
    const [year, month, day] = birthDate.split('-');
    const spaced = text.replace(/[\s.-]/g, '');
    expect(spaced).not.toContain(fictionalBsn);
    expect(text).not.toContain(birthDate);
    expect(text).not.toContain(`${day}-${month}-${year}`);
    expect(text).not.toMatch(new RegExp(`\\b${Number(day)} \\p{L}+ ${year}\\b`, 'u'));
  });

  it('saves where the user chose, then writes one disclosure for the exact bytes saved and the export in the access log', async () => {
    const { services, sanne, caseId } = await seeded();
    const before = newEntries(services, 0).length;
    const { made, pdf } = await savedExport(services, sanne, caseId);
    expect(made.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(made.fileName).toMatch(/^casussamenvatting-sanne-smit-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    expect(path.basename(made.savedTo)).toBe(made.fileName);

    const [disclosure, ...more] = disclosuresOf(services, sanne);
    expect(more).toEqual([]);
    expect(disclosure).toMatchObject({
      document: 'meldcodeCase',
      sourceId: caseId,
      output: 'save',
      recipient,
      purpose: exportFor.purpose,
      legalGround: exportFor.legalGround,
      recipientPerson: '',
      fileName: made.fileName,
      sha256: made.sha256,
      disclosedByName: staff.worker.name,
    });
    expect(disclosure!.categories).toEqual([caseBlockLabel, ...summarySections.map((section) => shareSectionLabels[section])]);
    // The case is read as the case screen reads it, then the file that left is recorded.
    expect(actions(services, before)).toEqual([
      { action: 'read', objectType: 'meldcodeCase', objectId: caseId, youthId: sanne, reason: null },
      { action: 'export', objectType: 'meldcodeCase', objectId: caseId, youthId: sanne, reason: null },
    ]);
    expect(newEntries(services, before)[1]!.details).toContain(`casussamenvatting voor ${recipient}`);
    expect(newEntries(services, before)[1]!.details).toContain(`sha256 ${made.sha256.slice(0, 12)}`);
  });

  it('records no disclosure and no export when the user cancels the save dialog', async () => {
    const offered: string[] = [];
    const { services, sanne, caseId } = await seeded({
      savePdf: async (_pdf, suggestedName) => {
        offered.push(suggestedName);
        return null;
      },
    });
    const before = newEntries(services, 0).length;
    expect(expectOk(await exportCase(services, { youthId: sanne, caseId }))).toEqual({ outcome: 'cancelled' });
    expect(offered).toEqual([expect.stringMatching(/^casussamenvatting-sanne-smit-.*\.pdf$/)]);
    expect(actions(services, before).map((entry) => entry.action)).toEqual(['read']);
    expect(disclosuresOf(services, sanne)).toEqual([]);
  });

  it('prints through the shell’s port, then records what it showed', async () => {
    const printed: Buffer[] = [];
    const { services, sanne, caseId } = await seeded({ printPdf: async (pdf) => void printed.push(pdf) });
    const before = newEntries(services, 0).length;
    const made = expectOk(await exportCase(services, { youthId: sanne, caseId, output: 'print' })) as PacketResult;
    expect(made).toMatchObject({ outcome: 'printing', sha256: createHash('sha256').update(printed[0]!).digest('hex') });
    expect(actions(services, before).map((entry) => entry.action)).toEqual(['read', 'print']);
    expect(disclosuresOf(services, sanne)).toEqual([expect.objectContaining({ output: 'print', sha256: made.outcome === 'printing' ? made.sha256 : '' })]);
  });

  it('asks for a recipient, a purpose and a legal ground before anything is made', async () => {
    const { services, sanne, caseId } = await seeded();
    const result = await exportCase(services, { youthId: sanne, caseId, recipient: '' as never, recipientName: '', purpose: '', legalGround: '' as never });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { recipient: 'Kies de ontvanger.', purpose: expect.any(String), legalGround: 'Kies de grondslag voor deze verstrekking.' } } });
    expect(disclosuresOf(services, sanne)).toEqual([]);
  });

  it('refuses a worker of another group and logs the attempt; under emergency access the export carries its reason', async () => {
    const { services, call, as, cato } = await seeded();
    await as('lead');
    const other = await call<CaseView>('meldcode.open', { youthId: cato, suspicion: 'criminalExploitation', title: 'Pakketjes rondbrengen' });
    await as('worker');
    const before = newEntries(services, 0).length;
    expect(await exportCase(services, { youthId: cato, caseId: other.case.id })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } });
    expect(actions(services, before)).toEqual([{ action: 'refused', objectType: 'meldcodeCase', objectId: other.case.id, youthId: cato, reason: null }]);
    expect(disclosuresOf(services, cato)).toEqual([]);

    const reason = 'Veilig Thuis vraagt nu om de samenvatting en de mentor van Cato is er niet.';
    await call('emergency.request', { youthId: cato, reason });
    const beforeEmergency = newEntries(services, 0).length;
    const { made, pdf } = await savedExport(services, cato, other.case.id);
    expect(pdfText(pdf)).toContain('Pakketjes rondbrengen');
    expect(newEntries(services, beforeEmergency)).toEqual([
      expect.objectContaining({ action: 'read', youthId: cato, reason }),
      expect.objectContaining({ action: 'export', objectType: 'meldcodeCase', youthId: cato, reason, details: expect.stringMatching(/via noodtoegang$/) }),
    ]);
    expect(disclosuresOf(services, cato)).toEqual([expect.objectContaining({ sha256: made.sha256, document: 'meldcodeCase' })]);
  });
});
