import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appMessages } from '../../main/errors/AppError';
import type { CaseView, ConsultationPreview, NetworkEntity, PacketResult, SignalView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { newEntries } from '../support/accessLogRows';
import { disclosuresOf, savingInto } from '../support/pdfPorts';
import { pdfText } from '../support/pdfText';
import { seedYouths } from '../support/staff';
import { expectOk, staffedServices, tempDir, type TestServiceOptions } from '../support/tempDatabase';
import { routerCalls } from '../support/routerCalls';

const daysAgo = (days: number) => localTodayIso(new Date(Date.now() - days * 86_400_000));
const consultWith = { recipient: 'CSG Regio Voorbeeld', purpose: 'Advies over de signalen', legalGround: 'legitimateInterest', output: 'save' } as const;

/** Sanne Qorvaal (Groep Noord, the worker's) with a friend in her network and a case whose texts name them both and her school. */
async function seeded(options: TestServiceOptions = {}) {
  const services = await staffedServices({ savePdf: savingInto(tempDir()), ...options });
  const [sanne] = await seedYouths(services, [{ firstName: 'Sanne', lastName: 'Qorvaal', dateOfBirth: daysAgo(15 * 365 + 100), location: 'Groep Noord' }]);
  const youthId = sanne!;
  const { call, as } = routerCalls(services);
  await as('worker');
  await call<NetworkEntity>('network.saveEntity', { youthId, details: { kind: 'person', role: 'friend', name: 'Dex Qualm' }, source: 'Eigen waarneming' });
  const signal = await call<SignalView>('signals.add', {
    youthId,
    freeText: 'Sanne wordt na school opgehaald',
    freeTextCategory: 'criminalExploitation',
    kind: 'observation',
    sourceType: 'school',
    sourceName: 'Mentor',
    direction: 'supports',
    date: daysAgo(12),
    description: 'SANNE stapt bij de Kraanvogel in de auto van dex qualm.',
  });
  let view = await call<CaseView>('meldcode.open', { youthId, suspicion: 'criminalExploitation', title: 'Opgehaald na school', signalIds: [signal.id] });
  view = await call<CaseView>('meldcode.addConsultation', {
    caseId: view.case.id,
    heldOn: daysAgo(3),
    consultantKind: 'traffickingOfficer',
    withWhom: 'Olga Aandacht',
    anonymous: false,
    questions: 'Is wat Sanne over Dex vertelt genoeg?',
  });
  view = await call<CaseView>('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part: 'weighing', value: { nature: 'Dex Qualm laat S a n n e pakketjes rondbrengen.' } });
  return { services, call, as, youthId, caseId: view.case.id };
}

type Seeded = Awaited<ReturnType<typeof seeded>>;

const preview = (services: Seeded['services'], caseId: string, step: 2 | 4, extraTerms: string[] = [], typed: { recipient?: string; purpose?: string } = {}) =>
  services.router('sharing.consultationPreview', { caseId, step, extraTerms, ...typed });
const previewText = (made: ConsultationPreview) => made.sections.flatMap((section) => [section.heading, ...section.paragraphs.map((paragraph) => paragraph.map((segment) => segment.text).join(''))]).join('\n');

describe('the anonymised consultation over IPC', () => {
  it('previews the case with every redaction marked and listed, and logs its own read after the case’s', async () => {
    const { services, youthId, caseId } = await seeded();
    const before = newEntries(services, 0).length;
    const made = expectOk(await preview(services, caseId, 4)) as ConsultationPreview;
    const text = previewText(made);
    expect(text).toContain('Beschrijving: [de jongere] stapt bij de Kraanvogel in de auto van [vriend A].');
    expect(text).toContain('Aard van het risico: [vriend A] laat [de jongere] pakketjes rondbrengen.');
    expect(text).toContain('vriend A');
    expect(text).not.toMatch(/sanne|qorvaal|dex|qualm/i);
    const redactedRuns = made.sections.flatMap((section) => section.paragraphs.flat()).filter((segment) => segment.redacted);
    expect(new Set(redactedRuns.map((segment) => segment.text))).toEqual(new Set(['[de jongere]', '[vriend A]']));
    expect(made.redactions).toEqual(
      expect.arrayContaining([
        { what: 'Voornaam van de jongere', original: 'Sanne', replacement: '[de jongere]', count: 4 },
        { what: 'Naam van vriend A', original: 'Dex Qualm', replacement: '[vriend A]', count: 3 },
      ]),
    );
    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'read', objectType: 'meldcodeCase', objectId: caseId, youthId, details: 'meldcodetraject bekeken' }),
      expect.objectContaining({ action: 'read', objectType: 'meldcodeCase', objectId: caseId, youthId, reason: null, details: 'voorbeeld anoniem overleg stap 4' }),
    ]);
    expect(disclosuresOf(services, youthId)).toEqual([]);
  });

  it('shows with whom and why as typed, redacted as it will print, the organisation’s staff and locations too', async () => {
    const { services, caseId } = await seeded();
    const typed = { recipient: 'Olga Aandacht (CSG)', purpose: 'Advies over Sanne2011 van Groep Noord; Tess Leiding van groep Zuid weet ervan' };
    const made = expectOk(await preview(services, caseId, 2, [], typed)) as ConsultationPreview;
    expect(made.sections[0]!.heading).toBe('Verstrekking');
    const text = previewText(made);
    expect(text).toContain('Overleg met: [medewerker] (CSG)');
    expect(text).toContain('Vraag: Advies over [de jongere]2011 van [groep]; [medewerker] van [groep] weet ervan');
    expect(text).not.toMatch(/\b(olga|aandacht|tess|leiding|noord|zuid)\b/i);
    const untyped = expectOk(await preview(services, caseId, 2)) as ConsultationPreview;
    expect(untyped.sections[0]!.heading).toBe('Verstrekking');
    expect(previewText(untyped)).not.toMatch(/Overleg met|Vraag/);
  });

  it('logs the preview under emergency access with its reason', async () => {
    const { services, call, as, youthId, caseId } = await seeded();
    await as('lead');
    const reason = 'De mentor van Sanne is er niet en de CSG wil vandaag overleggen.';
    await call('emergency.request', { youthId, reason });
    const before = newEntries(services, 0).length;
    expectOk(await preview(services, caseId, 2));
    expect(newEntries(services, before).at(-1)).toEqual(
      expect.objectContaining({ action: 'read', objectType: 'meldcodeCase', objectId: caseId, youthId, reason, details: 'voorbeeld anoniem overleg stap 2; via noodtoegang' }),
    );
  });

  it('shows the weighing only for step 4', async () => {
    const { services, caseId } = await seeded();
    const headings = async (step: 2 | 4) => (expectOk(await preview(services, caseId, step)) as ConsultationPreview).sections.map((section) => section.heading);
    expect(await headings(2)).not.toContain('Stap 4 · Wegen');
    expect(await headings(4)).toContain('Stap 4 · Wegen');
  });

  it('redacts the extra terms the user adds, in any case, on top of what it found', async () => {
    const { services, caseId } = await seeded();
    const made = expectOk(await preview(services, caseId, 2, ['kraanvogel'])) as ConsultationPreview;
    expect(previewText(made)).toContain('stapt bij de [weggelaten] in de auto');
    expect(made.redactions).toContainEqual({ what: 'Extra weggelaten', original: 'kraanvogel', replacement: '[weggelaten]', count: 1 });
  });

  it('exports the same text as a PDF, and records what left with its hash, its headings and an export entry', async () => {
    const { services, youthId, caseId } = await seeded();
    const before = newEntries(services, 0).length;
    const made = expectOk(await services.router('sharing.consultationExport', { caseId, step: 2, extraTerms: ['Kraanvogel'], ...consultWith })) as PacketResult;
    if (made.outcome !== 'saved') throw new Error(`expected a saved file, got ${made.outcome}`);
    const pdf = fs.readFileSync(made.savedTo);
    const text = pdfText(pdf);
    expect(text).toContain('[de jongere] stapt bij de [weggelaten] in de auto van [vriend A].');
    expect(text).toContain('Vertrouwelijk — niet verder verstrekken');
    expect(text).not.toMatch(/sanne|qorvaal|dex|qualm|kraanvogel/i);
    expect(made.fileName).toMatch(/^anoniem-overleg-stap-2-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    expect(disclosuresOf(services, youthId)).toEqual([
      expect.objectContaining({
        document: 'anonymisedConsultation',
        sourceId: caseId,
        recipient: consultWith.recipient,
        purpose: consultWith.purpose,
        recipientPerson: '',
        categories: ['De jongere en het vermoeden', 'Stap 1 · Signalen in kaart brengen', 'Netwerk', 'Stap 2 · Collegiale consultatie', 'Stap 3 · Gesprek met de jongere'],
        sha256: createHash('sha256').update(pdf).digest('hex'),
      }),
    ]);
    expect(newEntries(services, before).map(({ action, objectType, objectId }) => ({ action, objectType, objectId }))).toEqual([
      { action: 'read', objectType: 'meldcodeCase', objectId: caseId },
      { action: 'export', objectType: 'meldcodeCase', objectId: caseId },
    ]);
  });

  it('refuses a user of another group, for the preview and the export, and logs the attempts', async () => {
    const { services, as, youthId, caseId } = await seeded();
    await as('lead');
    const before = newEntries(services, 0).length;
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } };
    expect(await preview(services, caseId, 2)).toEqual(refused);
    expect(await services.router('sharing.consultationExport', { caseId, step: 2, extraTerms: [], ...consultWith })).toEqual(refused);
    expect(newEntries(services, before).map(({ action, youthId: about }) => ({ action, about }))).toEqual([
      { action: 'refused', about: youthId },
      { action: 'refused', about: youthId },
    ]);
    expect(disclosuresOf(services, youthId)).toEqual([]);
  });

  it('records nothing when the user cancels the save dialog', async () => {
    const { services, youthId, caseId } = await seeded({ savePdf: async () => null });
    const before = newEntries(services, 0).length;
    expect(expectOk(await services.router('sharing.consultationExport', { caseId, step: 4, extraTerms: [], ...consultWith }))).toEqual({ outcome: 'cancelled' });
    expect(newEntries(services, before).map((entry) => entry.action)).toEqual(['read']);
    expect(disclosuresOf(services, youthId)).toEqual([]);
  });
});
