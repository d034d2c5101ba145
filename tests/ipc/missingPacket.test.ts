import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDisclosuresForYouth } from '../../db/repositories/disclosures';
import { insertPhoto } from '../../db/repositories/photos';
import { addDemoFileContents } from '../../main/demo/demoFileContents';
import { demoYouths } from '../../main/demo/demoYouths';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import type { EntityDetails, EpisodeView, NetworkEntity, PacketResult, Settings, YouthFile } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { newEntries } from '../support/accessLogRows';
import { disclosuresOf, savingInto } from '../support/pdfPorts';
import { pdfPages, pdfText } from '../support/pdfText';
import { seedYouths, signIn, staff } from '../support/staff';
import { expectOk, staffedServices, tempDir, type TestServiceOptions } from '../support/tempDatabase';

type Services = Awaited<ReturnType<typeof staffedServices>>;

const call = async <T>(services: Services, channel: string, input: unknown) => expectOk(await services.router(channel, input)) as T;
const day = (iso: string) => iso.split('-').reverse().join('-');

/** The moment's facts: in the past (the contract checks against the real clock), Dutch winter time. */
const facts = {
  discoveredAt: '2026-03-12T22:15:00.000Z',
  lastSeenAt: '2026-03-12T19:30:00.000Z',
  lastSeenWhere: 'Bushalte bij het station',
  lastSeenWith: 'Twee onbekende jongens',
  clothing: 'Zwarte jas met bontkraag',
  belongings: { phone: 'yes', money: 'no', idDocument: 'unknown', bankCard: 'yes', other: 'Roze rugzak' },
  direction: 'Bus 12 richting centrum',
};
const urgency = {
  criminalCompany: { applies: true, evidence: 'Gezien met Ricardo, die haar volgens een groepsgenoot ronselt.' },
  intellectualDisability: { applies: true, evidence: 'LVB vermoed; begrijpt gevolgen slecht.' },
  violence: { applies: false, evidence: '' },
};

/**
 * The demo's Sanne (the fullest demo profile, plus medication) at the worker's group, with the
 * demo's photo, safety plan and network (its school friend is not released for the police), more
 * released network, one earlier episode and the current one with all facts; Cato at another group.
 * Saving goes into a temp folder unless the options give another save port.
 */
async function seeded(options: TestServiceOptions = {}) {
  const services = await staffedServices({ savePdf: savingInto(tempDir()), ...options });
  const today = new Date();
  const sanne = demoYouths(today).find((youth) => youth.firstName === 'Sanne')!;
  const profile = { ...sanne.profile!, medical: { needs: 'Allergisch voor noten; heeft een adrenalinepen.', medications: [{ name: 'Salbutamol', dose: 'Puffer bij benauwdheid', note: '' }] } };
  const [youthId, cato] = (await seedYouths(services, [
    { firstName: 'Sanne', lastName: 'Verhoef', alias: sanne.alias, dateOfBirth: '2010-06-15', profile, location: 'Groep Noord' },
    { firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2011-05-03', location: 'Groep Zuid' },
  ])) as [string, string];

  await signIn(services, 'admin');
  const settings = await call<Settings>(services, 'settings.get', undefined);
  await call(services, 'settings.update', { ...settings, onCallName: 'Bereikbaarheidsdienst De Linde', onCallPhone: '030-1234567' });
  lock(services.context);

  await signIn(services, 'worker');
  await addDemoFileContents(services.context, { id: youthId, firstName: 'Sanne' }, 0, today);
  const add = (details: EntityDetails, shareWithPolice = true) =>
    call<NetworkEntity>(services, 'network.saveEntity', { youthId, details, source: 'Gesprek met een groepsgenoot', observedOn: '2026-02-26', shareWithPolice });
  const ricardo = await add({ kind: 'person', role: 'newContact', name: 'Ricardo', alias: 'Rico', description: 'Ongeveer 30, kaal, gouden ketting.' });
  const car = await add({ kind: 'vehicle', vehicleType: 'car', plate: 'XX-123-Y', make: 'Volkswagen Golf', colour: 'Zwart' });
  const phone = await add({ kind: 'phone', number: '06-12345987' });
  const account = await add({ kind: 'account', platform: 'Snapchat', handle: 'rico.demo' });
  const place = await add({ kind: 'place', placeType: 'mayGoTo', name: 'Woning van tante', address: 'Oefenlaan 7', postcode: '9999 XY', city: 'Voorbeeldstad', residents: 'Tante Els en haar vriend', riskNote: 'Vriend dealt volgens de moeder.' });
  await add({ kind: 'person', role: 'family', name: 'Oom Kees', alias: '', description: '' }, false);
  const link = (fromId: string | null, toId: string | null, type: string, rating: string) => call(services, 'network.saveLink', { youthId, fromId, toId, type, rating, source: 'Groepsgenoot' });
  await link(ricardo.id, null, 'recruits', 'danger');
  await link(ricardo.id, car.id, 'usesVehicle', 'worrying');
  await link(ricardo.id, phone.id, 'other', 'neutral');
  await link(ricardo.id, account.id, 'ownsAccount', 'neutral');
  await link(null, place.id, 'family', 'neutral');

  const earlier = await call<EpisodeView>(services, 'missing.report', { youthId, facts: { discoveredAt: '2026-01-10T20:00:00.000Z' } });
  const back = await call<EpisodeView>(services, 'missing.update', {
    episodeId: earlier.episode.id,
    basedOnUpdatedAt: earlier.episode.updatedAt,
    part: 'returned',
    value: { returnedAt: '2026-01-11T09:00:00.000Z', foundWhere: 'Bij een vriendin in Voorbeeldstad' },
  });
  await call(services, 'missing.close', { episodeId: earlier.episode.id, basedOnUpdatedAt: back.episode.updatedAt });

  const reported = await call<EpisodeView>(services, 'missing.report', { youthId, facts, urgency });
  const police = await call<EpisodeView>(services, 'missing.update', {
    episodeId: reported.episode.id,
    basedOnUpdatedAt: reported.episode.updatedAt,
    part: 'police',
    value: { reportedAt: '2026-03-12T22:30:00.000Z', reportedBy: 'Wim Groep', reference: 'PL0900-2026031201', officerName: 'Agent Jansen', officerNumber: '4711' },
  });
  await call(services, 'missing.update', { episodeId: reported.episode.id, basedOnUpdatedAt: police.episode.updatedAt, part: 'informed', value: { parentsAt: '2026-03-12T22:35:00.000Z', guardianAt: '2026-03-12T22:36:00.000Z' } });
  await call(services, 'missing.addEvent', { episodeId: reported.episode.id, at: '2026-03-12T22:25:00.000Z', kind: 'searchAction', text: 'Omgeving van het station afgezocht.' });
  const file = await call<YouthFile>(services, 'youths.open', { id: youthId });
  return { services, youthId, cato, episodeId: reported.episode.id, earlierId: earlier.episode.id, file };
}

const packet = (services: Services, episodeId: string, output: 'save' | 'print' = 'save') => services.router('missing.packet', { episodeId, output });

/** Saves the packet through the save port and reads the file it wrote. */
async function savedPacket(services: Services, episodeId: string) {
  const made = expectOk(await packet(services, episodeId)) as PacketResult;
  if (made.outcome !== 'saved') throw new Error(`expected a saved packet, got ${made.outcome}`);
  return { made, pdf: fs.readFileSync(made.savedTo) };
}

describe('the police packet of a missing episode', () => {
  it('holds every field the police need (domain.md §5), from the file, the plan, the network and the episode', async () => {
    const { services, episodeId, file } = await seeded();
    const { pdf } = await savedPacket(services, episodeId);
    const text = pdfText(pdf);
    const { profile } = file;
    const expected = [
      // At the top: who, since when, whom to call, the legal title, urgency with evidence, medical.
      'Vermiste jongere: Sanne Verhoef',
      'VERMIST sinds 12 maart 2026 om 23:15',
      'Bel 112 bij spoed, anders 0900-8844; politie.nl/vermissing',
      'Ondertoezichtstelling (OTS)',
      'OTS verlengd tot volgend voorjaar.',
      'Vermoedelijk in gezelschap van criminelen Gezien met Ricardo, die haar volgens een groepsgenoot ronselt.',
      '(Licht) verstandelijke beperking LVB vermoed; begrijpt gevolgen slecht.',
      'Allergisch voor noten; heeft een adrenalinepen.',
      'Salbutamol Puffer bij benauwdheid',
      // Photo with its date, names, birth date, gender, description, marks, languages.
      `Foto van ${day(file.photos[0]!.takenOn)}`,
      'Roepnaam / bijnaam San',
      'Geslacht Meisje / vrouw',
      'Lengte 165 cm',
      'Postuur Slank',
      'Donkerblond, Lang, meestal in een staart',
      'Ogen Blauw',
      'Piercing Neus, links Kleine zilveren ring.',
      'Talen Nederlands',
      'Spreekt Nederlands Ja',
      // The moment's facts.
      'Laatst gezien op 12 maart 2026 om 20:30',
      'Laatst gezien waar Bushalte bij het station',
      'Laatst gezien met wie Twee onbekende jongens',
      'Kleding Zwarte jas met bontkraag',
      'Telefoon bij zich Ja',
      'Geld bij zich Nee',
      'Bankpas bij zich Ja',
      'Verder bij zich Roze rugzak',
      'Richting en vervoer Bus 12 richting centrum',
      // Vulnerabilities, phones, social media, ID, passes.
      `Vermoeden: ${profile.vulnerabilities.lvbNote}`,
      profile.vulnerabilities.other,
      '0612345611 iPhone met roze hoesje Prepaid Onbekend wie het tegoed oplaadt',
      'Snapchat sanne.demo',
      'Instagram sannetje_demo',
      'Identiteitsbewijs Bewaard door de instelling',
      'Jongerenrekening; pas bewaard door de mentor.',
      'Anonieme ov-chipkaart.',
      // Addresses with who lives there; persons of concern with vehicles, numbers and accounts.
      'Woning van tante Adres waar de jongere heen kan gaan Oefenlaan 7 9999 XY Voorbeeldstad Tante Els en haar vriend Vriend dealt volgens de moeder.',
      'Ricardo (Rico) Rol Nieuw contact Signalement Ongeveer 30, kaal, gouden ketting. Verband met de jongere Ronselt (gevaar)',
      'Voertuigen Auto, kenteken XX-123-Y, Volkswagen Golf, Zwart',
      'Telefoon en accounts 0612345987 Snapchat: rico.demo',
      'Onbekende man (± 25 jaar) (Mo)',
      'Kort zwart haar, trainingspak, rode scooter.',
      'Scooter, Onbekend, Rood',
      'Hangplek bij het winkelcentrum',
      '2 punten uit het netwerk zijn niet vrijgegeven voor de politie.',
      // Previous episodes, contacts, the 24/7 contact, the safety plan, the police and the timeline.
      '1 eerdere vermissing.',
      '10-01-2026 21:00 11-01-2026 10:00 Bij een vriendin in Voorbeeldstad',
      'Ouder Ingrid Verhoef 0612345601',
      'Gezinsvoogd / voogd Marieke de Wit Jeugdbescherming Regio Voorbeeld 0612345602',
      'Bereikbaarheidsdienst De Linde',
      'Telefoon 0301234567',
      'Na ruzie of een afgezegd bezoek loopt de jongere weg.',
      'Sanne is doordeweeks om 22:00 binnen.',
      'Bereikbaarheidsdienst achterwacht 0800 1234 567',
      'Let op nieuwe volgers die cadeaus of geld beloven.',
      'Mutatienummer PL0900-2026031201',
      'Agent Agent Jansen, nummer 4711',
      'Ouders ingelicht op 12 maart 2026 om 23:35',
      '12-03-2026 23:25 Zoekactie Omgeving van het station afgezocht. Wim Groep',
    ];
    expect(expected.filter((value) => !text.includes(value))).toEqual([]);
    expect(text).toMatch(/Geboortedatum 15-06-2010 \(\d+ jaar\)/);
    expect(text).not.toContain('GEEN FOTO BESCHIKBAAR');
    // Only what was released for the police.
    expect(text).not.toContain('Vriendin van school');
    expect(text).not.toContain('Oom Kees');
  });

  it('saves where the user chose, then writes one disclosure record for the exact bytes saved, and one access-log entry', async () => {
    const { services, youthId, episodeId } = await seeded();
    const before = newEntries(services, 0).length;
    const { made, pdf } = await savedPacket(services, episodeId);
    expect(made.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(made.fileName).toMatch(/^vermissing-sanne-verhoef-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    expect(path.basename(made.savedTo)).toBe(made.fileName);
    expect(pdfPages(pdf)).toHaveLength(made.pageCount);

    const [disclosure, ...more] = disclosuresOf(services, youthId);
    expect(more).toEqual([]);
    expect(disclosure).toMatchObject({
      document: 'missingPacket',
      sourceId: episodeId,
      output: 'save',
      recipient: 'Politie',
      recipientPerson: 'Agent Jansen (4711)',
      purpose: 'Opsporing van een vermiste jongere',
      legalGround: 'vitalInterest',
      fileName: made.fileName,
      sha256: made.sha256,
      disclosedByName: staff.worker.name,
    });
    expect(disclosure!.categories).toEqual(expect.arrayContaining(['Foto', 'Urgentiecriteria', 'Zorgwekkende personen', 'Eerdere vermissingen']));
    expect(newEntries(services, before).map(({ action, objectType, objectId, youthId: youth, reason }) => ({ action, objectType, objectId, youth, reason }))).toEqual([
      { action: 'export', objectType: 'missingPacket', objectId: episodeId, youth: youthId, reason: null },
    ]);
    expect(newEntries(services, before)[0]!.details).toContain(`sha256 ${made.sha256.slice(0, 12)}`);
  });

  it('records nothing when the user cancels the save dialog', async () => {
    const offered: string[] = [];
    const { services, youthId, episodeId } = await seeded({
      savePdf: async (_pdf, suggestedName) => {
        offered.push(suggestedName);
        return null;
      },
    });
    const before = newEntries(services, 0).length;
    expect(expectOk(await packet(services, episodeId))).toEqual({ outcome: 'cancelled' });
    expect(offered).toEqual([expect.stringMatching(/^vermissing-sanne-verhoef-.*\.pdf$/)]);
    expect(newEntries(services, before)).toEqual([]);
    expect(disclosuresOf(services, youthId)).toEqual([]);
  });

  it('takes the saved file back when the app was locked while the save dialog was open, and records nothing', async () => {
    const folder = tempDir();
    let lockWhileSaving: () => Promise<unknown> = async () => undefined;
    const { services, youthId, episodeId } = await seeded({
      savePdf: async (pdf, suggestedName) => {
        const target = await savingInto(folder)!(pdf, suggestedName);
        await lockWhileSaving();
        return target;
      },
    });
    lockWhileSaving = () => services.router('session.lock', { reason: 'idle' });
    expect(await packet(services, episodeId)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(fs.readdirSync(folder)).toEqual([]);
    await signIn(services, 'worker');
    expect(disclosuresOf(services, youthId)).toEqual([]);
  });

  it('prints through the shell’s port, then records what it showed', async () => {
    const printed: Buffer[] = [];
    const { services, youthId, episodeId } = await seeded({ printPdf: async (pdf) => void printed.push(pdf) });
    const before = newEntries(services, 0).length;
    const made = expectOk(await packet(services, episodeId, 'print')) as PacketResult;
    expect(made).toMatchObject({ outcome: 'printing', fileName: expect.stringMatching(/\.pdf$/) });
    expect(printed).toHaveLength(1);
    const sha256 = createHash('sha256').update(printed[0]!).digest('hex');
    expect(made).toMatchObject({ sha256 });
    expect(newEntries(services, before).map((entry) => entry.action)).toEqual(['print']);
    expect(disclosuresOf(services, youthId).map(({ output, sha256: hash, recipientPerson }) => ({ output, hash, recipientPerson }))).toEqual([
      { output: 'print', hash: sha256, recipientPerson: 'Agent Jansen (4711)' },
    ]);
  });

  const failingPorts = [
    {
      output: 'save',
      what: 'the file cannot be saved',
      failure: new Error('ENOSPC: no space left on device'),
      port: (failure: Error): TestServiceOptions => ({ savePdf: async () => Promise.reject(failure) }),
      message: appMessages.saveFailed,
    },
    {
      output: 'print',
      what: 'the print window cannot be opened',
      failure: new Error('ERR_FAILED (-2) loading file:///print/packet.pdf'),
      port: (failure: Error): TestServiceOptions => ({ printPdf: async () => Promise.reject(failure) }),
      message: 'Het afdrukvenster kon niet worden geopend. Er is niets verstrekt; probeer het opnieuw of kies ‘Opslaan als PDF’.',
    },
  ] as const;

  it.each(failingPorts)('records nothing when $what, says so and logs why technically', async ({ output, failure, port, message }) => {
    const errors: unknown[] = [];
    const { services, youthId, episodeId } = await seeded({ ...port(failure), logger: { info: () => undefined, error: (_event, error) => void errors.push(error) } });
    const before = newEntries(services, 0).length;
    expect(await packet(services, episodeId, output)).toEqual({ ok: false, error: { code: 'INTERNAL', message } });
    expect(errors).toContain(failure);
    expect(newEntries(services, before)).toEqual([]);
    expect(disclosuresOf(services, youthId)).toEqual([]);
  });

  it('refuses printing or saving where the shell has no port for it, before anything is made or recorded', async () => {
    const { services, youthId, episodeId } = await seeded({ savePdf: undefined });
    const before = newEntries(services, 0).length;
    expect(await packet(services, episodeId, 'print')).toEqual({ ok: false, error: { code: 'VALIDATION', message: appMessages.printUnavailable } });
    expect(await packet(services, episodeId, 'save')).toEqual({ ok: false, error: { code: 'VALIDATION', message: appMessages.saveUnavailable } });
    expect(newEntries(services, before)).toEqual([]);
    expect(disclosuresOf(services, youthId)).toEqual([]);
  });

  it('lists as earlier episodes only those discovered before the packet’s own, also when an old episode’s packet is made again', async () => {
    const { services, episodeId, earlierId } = await seeded();
    const { pdf: current } = await savedPacket(services, episodeId);
    expect(pdfText(current)).toContain('1 eerdere vermissing.');
    const { pdf: old } = await savedPacket(services, earlierId);
    const text = pdfText(old);
    expect(text).toContain('Geen eerdere vermissingen vastgelegd.');
    expect(text).not.toContain('12-03-2026 23:15');
  });

  it('refuses a worker without access to the youth, logs the attempt and discloses nothing; emergency access is allowed with its reason', async () => {
    const { services, cato } = await seeded();
    lock(services.context);
    await signIn(services, 'lead');
    const episode = await call<EpisodeView>(services, 'missing.report', { youthId: cato, facts: { discoveredAt: '2026-03-12T21:00:00.000Z' } });
    lock(services.context);

    await signIn(services, 'worker');
    const before = newEntries(services, 0).length;
    expect(await packet(services, episode.episode.id)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } });
    expect(newEntries(services, before).map(({ action, objectType, objectId, youthId }) => ({ action, objectType, objectId, youthId }))).toEqual([
      { action: 'refused', objectType: 'missingPacket', objectId: episode.episode.id, youthId: cato },
    ]);
    expect(disclosuresOf(services, cato)).toEqual([]);

    const reason = 'Cato is vermist en de politie wacht nu op het dossier.';
    await call(services, 'emergency.request', { youthId: cato, reason });
    const beforeEmergency = newEntries(services, 0).length;
    const { made, pdf } = await savedPacket(services, episode.episode.id);
    const text = pdfText(pdf);
    expect(text).toContain('GEEN FOTO BESCHIKBAAR');
    expect(text).toContain('Urgentiecriteria zijn nog niet beantwoord.');
    expect(newEntries(services, beforeEmergency)).toEqual([expect.objectContaining({ action: 'export', objectType: 'missingPacket', youthId: cato, reason, details: expect.stringMatching(/via noodtoegang$/) })]);
    // No police part yet: nobody at the police is named.
    expect(disclosuresOf(services, cato)).toEqual([expect.objectContaining({ sha256: made.sha256, recipientPerson: '' })]);
  });

  it('still prints when the stored photo cannot be read', async () => {
    const { services, youthId, episodeId } = await seeded();
    const session = services.context.requireUnlocked();
    const broken = Buffer.from('dit is geen jpeg');
    // Today: newer than the demo's portrait, which is dated relative to today as well.
    insertPhoto(session.handle.db, { youthId, kind: 'portrait', caption: '', takenOn: localTodayIso(), width: 1, height: 1, image: broken, thumbnail: broken }, { userId: session.user.id, now: services.context.nowIso() });
    const { pdf } = await savedPacket(services, episodeId);
    expect(pdfText(pdf)).toContain('Foto kon niet worden gelezen');
    expect(listDisclosuresForYouth(session.handle.db, youthId)[0]!.categories).not.toContain('Foto');
  });
});
