import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseView, NetworkEntity, PacketResult, SignalView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { fictionalYouth, mentionText, pick, writtenForm, type FictionalYouth, type MentionText, type Random } from '../support/fictionalYouths';
import { disclosuresOf, savingInto } from '../support/pdfPorts';
import { pdfText } from '../support/pdfText';
import { seededRandom, testSeed } from '../support/seededRandom';
import { seedYouths, signIn, staff, staffLocations } from '../support/staff';
import { expectOk, staffedServices, tempDir } from '../support/tempDatabase';

const youthCount = 25;
const seed = testSeed('ANONYMISE_SEED', 'tests/ipc/anonymisedConsultation.test.ts');

/** As the issue asks: lowercase, diacritics gone, every character that is not a letter or digit gone. */
const folded = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Whether a written form is in the export's text. A short run of digits ("4-3-11") is looked for
 * between non-digits, with the separators between digits gone: folded whole, the text's own dates
 * and times could hold it by chance.
 */
function holds(text: string, all: string, written: string): boolean {
  const form = folded(written);
  if (!/^\d{1,7}$/.test(form)) return all.includes(form);
  return new RegExp(`(?<!\\d)${form}(?!\\d)`).test(text.replace(/(\d)[\s\-/.]{1,3}(?=\d)/g, '$1'));
}

const organisation = { locationNames: staffLocations, staffNames: Object.values(staff).map((member) => member.name) };

/** With whom and why, typed with identifiers in them: they print in the Verstrekking section and the footer. */
function typedDisclosure(random: Random, youth: FictionalYouth): { recipient: string; purpose: string; written: string[] } {
  const written = [0, 1, 2].map(() => writtenForm(random, pick(random, youth.identifiers)));
  return { recipient: `CSG, over ${written[0]}`, purpose: `Advies over ${written[1]} en ${written[2]}`, written };
}

const daysAgo = (days: number) => localTodayIso(new Date(Date.now() - days * 86_400_000));

type Call = <T>(channel: string, input?: unknown) => Promise<T>;

const roleWords = { friend: 'vriend', suspectedExploiter: 'vermoedelijke uitbuiter', family: 'familielid' } as const;

/**
 * The youth's network as the file holds it: three people, a hotel and a hangout, a car, a phone
 * and an account, linked. Returns the lines the export should show for the links: the people's
 * letters follow the network's order as the app reads it back.
 */
async function buildNetwork(call: Call, youthId: string, youth: FictionalYouth): Promise<string[]> {
  const provenance = { source: 'Eigen waarneming', observedOn: daysAgo(10) };
  const entity = (details: unknown) => call<NetworkEntity>('network.saveEntity', { youthId, details, ...provenance });
  const people: NetworkEntity[] = [];
  for (const person of youth.people) people.push(await entity({ kind: 'person', ...person }));
  const hotel = await entity({ kind: 'place', ...youth.places[0] });
  await entity({ kind: 'place', ...youth.places[1] });
  const car = await entity({ kind: 'vehicle', vehicleType: 'car', plate: youth.plate });
  await entity({ kind: 'phone', number: youth.networkPhone });
  await entity({ kind: 'account', platform: 'Instagram', handle: youth.networkHandle });
  const [friend, exploiter, relative] = people as [NetworkEntity, NetworkEntity, NetworkEntity];
  const link = (fromId: string | null, toId: string | null, type: string, rating: string) => call('network.saveLink', { youthId, fromId, toId, type, rating, ...provenance });
  await link(friend.id, null, 'friendship', 'neutral');
  await link(exploiter.id, null, 'recruits', 'danger');
  await link(exploiter.id, hotel.id, 'other', 'worrying');
  await link(exploiter.id, car.id, 'usesVehicle', 'worrying');
  await link(relative.id, null, 'family', 'protective');
  const stored = (await call<{ entities: NetworkEntity[] }>('network.get', { youthId })).entities.filter((found) => found.details.kind === 'person');
  const role = (person: NetworkEntity) => {
    const index = stored.findIndex((found) => found.id === person.id);
    return `${roleWords[youth.people[people.indexOf(person)]!.role]} ${String.fromCharCode(65 + index)}`;
  };
  return [
    `Van ${role(friend)} naar de jongere: Vriendschap (neutraal)`,
    `Van ${role(exploiter)} naar de jongere: Ronselt (gevaar)`,
    `Van ${role(exploiter)} naar hotel: Anders (zorgelijk)`,
    `Van ${role(exploiter)} naar auto: Gebruikt voertuig (zorgelijk)`,
    `Van ${role(relative)} naar de jongere: Familie (beschermend)`,
  ];
}

/** Signals, a case with a consultation, the conversation and the weighing, their texts full of the youth's identifiers. */
async function buildCase(call: Call, random: Random, youthId: string, youth: FictionalYouth, step: 2 | 4): Promise<{ caseId: string; printed: MentionText[] }> {
  const printed: MentionText[] = [];
  const text = (count: number, prints = true) => {
    const made = mentionText(random, youth, count);
    if (prints) printed.push(made);
    return made.text;
  };
  const signals: SignalView[] = [];
  for (const kind of ['observation', 'fact', 'gutFeeling']) {
    signals.push(
      await call<SignalView>('signals.add', {
        youthId,
        catalogueItemId: null,
        freeText: text(2),
        freeTextCategory: 'criminalExploitation',
        kind,
        sourceType: 'colleague',
        sourceName: youth.sourceName,
        direction: 'supports',
        date: daysAgo(30),
        description: `${text(4)} ${text(3)}`,
      }),
    );
  }
  let view = await call<CaseView>('meldcode.open', { youthId, suspicion: 'criminalExploitation', title: 'Opgehaald na school', signalIds: signals.map((signal) => signal.id) });
  const caseId = view.case.id;
  view = await call<CaseView>('meldcode.addConsultation', {
    caseId,
    heldOn: daysAgo(6),
    consultantKind: 'zorgcoordinator',
    withWhom: 'Zorgcoördinator regio',
    anonymous: true,
    questions: text(4),
    advice: text(3),
    agreements: text(3),
  });
  const save = async (part: string, value: unknown) => {
    view = await call<CaseView>('meldcode.update', { caseId, basedOnUpdatedAt: view.case.updatedAt, part, value });
  };
  await save('conversation', { held: true, heldOn: daysAgo(4), participants: 'Mentor en jongere', purposeExplained: true, signalsPutForward: text(3), reaction: text(4), interpretation: text(3), agreements: text(2) });
  await save('weighing', {
    checklist: { facts: text(4, step === 4), observed: text(3, step === 4) },
    nature: text(3, step === 4),
    severity: 'serious',
    chanceOfHarm: 'real',
    acuteUnsafety: false,
    structuralUnsafety: true,
    outcome: 'remains',
    explanation: text(4, step === 4),
  });
  return { caseId, printed };
}

describe('the anonymised consultation, over generated fictional youths', () => {
  it(`leaves out every identifier of ${youthCount} youths and their networks, in any case and spacing, and keeps the rest`, { timeout: 240_000 }, async () => {
    const random = seededRandom(seed);
    const services = await staffedServices({ savePdf: savingInto(tempDir()) });
    const youths = Array.from({ length: youthCount }, () => fictionalYouth(random, organisation));
    const ids = await seedYouths(
      services,
      youths.map(({ firstName, lastName, alias, dateOfBirth, profile }) => ({ firstName, lastName, alias, dateOfBirth, profile, location: 'Groep Noord' as const })),
    );
    await signIn(services, 'worker');
    const call: Call = async <T>(channel: string, input?: unknown) => expectOk(await services.router(channel, input)) as T;

    for (const [index, youth] of youths.entries()) {
      const youthId = ids[index]!;
      const step = index % 2 === 0 ? 4 : 2;
      const linkLines = await buildNetwork(call, youthId, youth);
      const { caseId, printed } = await buildCase(call, random, youthId, youth, step);
      const typed = typedDisclosure(random, youth);
      const made = await call<PacketResult>('sharing.consultationExport', { caseId, step, extraTerms: [], recipient: typed.recipient, purpose: typed.purpose, legalGround: 'legitimateInterest', output: 'save' });
      if (made.outcome !== 'saved') throw new Error(`expected a saved export, got ${made.outcome}`);
      const pdf = fs.readFileSync(made.savedTo);
      const text = pdfText(pdf);
      const all = folded(text);
      const context = `seed ${seed}, youth ${index + 1} (${youth.firstName} ${youth.lastName})`;

      const leaked = [...youth.identifiers.map((identifier) => identifier.value), ...printed.flatMap((written) => written.written), ...typed.written].filter((value) => holds(text, all, value));
      expect(leaked, context).toEqual([]);
      expect(
        printed.map((written) => written.word).filter((word) => !all.includes(word)),
        context,
      ).toEqual([]);
      expect(
        ['[de jongere]', ...linkLines, 'hangplek', 'een telefoonnummer', 'een account op Instagram', `Anoniem overleg meldcode, stap ${step}`, 'CSG, over', 'Advies over'].filter((expected) => !text.includes(expected)),
        context,
      ).toEqual([]);
      expect(text.includes('Stap 4 · Wegen'), context).toBe(step === 4);

      const [disclosure] = disclosuresOf(services, youthId);
      expect(disclosure, context).toMatchObject({ document: 'anonymisedConsultation', sourceId: caseId, fileName: made.fileName });
      expect(disclosure!.sha256, context).toBe(createHash('sha256').update(pdf).digest('hex'));
    }
  });
});
