import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertEntity } from '../../db/repositories/network';
import { insertPlanVersion } from '../../db/repositories/safetyPlans';
import { networkEntities, safetyPlanVersions, youths as youthsTable } from '../../db/schema';
import { storedJson } from '../../db/storedDocument';
import { appMessages } from '../../main/errors/AppError';
import { networkMessages } from '../../main/services/networkMessages';
import { createConsoleLogger } from '../../main/logging/logger';
import {
  confirmReplaceUnreadableMessage,
  emptyYouthProfile,
  storedEntityDetailsSchema,
  storedSafetyPlanContentSchema,
  storedYouthProfileSchema,
  type EntityDetails,
  type NetworkEntity,
  type SafetyPlanVersion,
  type Youth,
  type YouthFile,
} from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { refusedPhoneEntity, refusedPlace, refusedPlan, refusedProfile } from '../support/refusedByTodaysRules';
import { seedYouths, signIn, type TestYouth } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const bo: TestYouth = { firstName: 'Bo', lastName: 'Bosman', dateOfBirth: '2011-02-03', location: 'Groep Noord' };

/** Bo's file as a worker of Groep Noord opens it, with what the technical log was told. */
async function bosFile() {
  const logLines: string[] = [];
  const services = await staffedServices({ logger: createConsoleLogger((line) => logLines.push(line)) });
  const [id] = (await seedYouths(services, [bo])) as [string];
  await signIn(services, 'worker');
  const { handle, user } = services.context.requireUnlocked();
  const by = { userId: user.id, now: services.context.nowIso() };
  const open = async () => expectOk(await services.router('youths.open', { id })) as YouthFile;
  return { services, db: handle.db, id, by, open, logLines };
}

type BosFile = Awaited<ReturnType<typeof bosFile>>;

/** Both entities are added in the same moment, so their order is not fixed: found by label. */
const detailsOf = (file: YouthFile, label: string) => file.network.entities.find((entity) => entity.label === label)?.details;

/** Straight into the database, past every check of the services: as an older version saved it. */
function storeRefusedValues({ db, id, by }: BosFile) {
  db.update(youthsTable).set({ profile: storedYouthProfileSchema.parse(refusedProfile) }).where(eq(youthsTable.id, id)).run();
  insertPlanVersion(db, { youthId: id, version: 1, content: storedSafetyPlanContentSchema.parse(refusedPlan), savedAt: by.now, savedBy: by.userId });
  const provenance = { source: 'Eigen waarneming', observedOn: '', notes: '', atRisk: false, shareWithPolice: false };
  const entity = (details: EntityDetails, label: string) => insertEntity(db, id, { details, label, ...provenance }, { x: 0, y: 0 }, by);
  entity(storedEntityDetailsSchema.parse(refusedPhoneEntity), '0612');
  entity(storedEntityDetailsSchema.parse(refusedPlace), 'Bankje bij het station');
}

describe('stored data stays readable when today’s rules refuse it', () => {
  it('opens the whole file with the values as they were saved: BSN, phone numbers, postcodes, a future date, a long text', async () => {
    const file = await bosFile();
    storeRefusedValues(file);

    const opened = await file.open();
    expect(opened.profile).toEqual(storedYouthProfileSchema.parse(refusedProfile));
    expect(opened.profile.identity.bsn).toBe('123456781');
    expect(opened.profile.placement.startDate).toBe(refusedProfile.placement.startDate);
    expect(opened.profile.contacts[0]).toMatchObject({ phone: '06-1234', postcode: '1234 SA' });
    expect(opened.profile.phones[0]?.number).toBe('0612');
    expect(opened.safetyPlan?.content.callWhenUnsafe).toEqual(refusedPlan.callWhenUnsafe);
    expect(detailsOf(opened, '0612')).toEqual(refusedPhoneEntity);
    expect(detailsOf(opened, 'Bankje bij het station')).toEqual(storedEntityDetailsSchema.parse(refusedPlace));

    const version = expectOk(await file.services.router('safetyPlan.get', { youthId: file.id, version: 1 })) as SafetyPlanVersion;
    expect(version.content.callWhenUnsafe[0]?.phone).toBe('112233');
    expect(file.logLines.filter((line) => line.includes('unreadable'))).toEqual([]);
    expect(opened.unreadable).toEqual([]);
  });

  it('reads a profile that is not a profile at all as the empty one, and still opens the rest of the file', async () => {
    const file = await bosFile();
    storeRefusedValues(file);
    const storeProfile = (profile: unknown) => file.db.update(youthsTable).set({ profile: profile as never }).where(eq(youthsTable.id, file.id)).run();

    for (const corrupt of [[], 'Bo Bosman', 42]) {
      storeProfile(corrupt);
      const opened = await file.open();
      expect(opened.profile).toEqual(emptyYouthProfile());
      expect(opened.unreadable).toEqual(Object.keys(emptyYouthProfile()).map((section) => `profile.${section}`));
      expect(opened.safetyPlan?.content.callWhenUnsafe).toEqual(refusedPlan.callWhenUnsafe);
      expect(opened.network.entities).toHaveLength(2);
    }
    file.db.update(youthsTable).set({ profile: sql`'{"identity":{"bsn":'` }).where(eq(youthsTable.id, file.id)).run();
    expect((await file.open()).profile).toEqual(emptyYouthProfile());
  });

  it('reads a plan version or entity whose content is corrupt as an empty plan with its review date and an entity by its label', async () => {
    const file = await bosFile();
    storeRefusedValues(file);
    // Plan versions are append-only, so the corrupt content comes as a version of its own.
    file.db
      .insert(safetyPlanVersions)
      .values({ id: randomUUID(), youthId: file.id, version: 2, content: sql`'[1, 2'`, reviewDate: '2026-02-01', savedAt: file.by.now, savedBy: file.by.userId })
      .run();
    file.db.update(networkEntities).set({ details: sql`'"kapot"'` }).where(eq(networkEntities.label, 'Bankje bij het station')).run();

    const opened = await file.open();
    expect(opened.profile.identity.bsn).toBe('123456781');
    expect(opened.unreadable).toEqual(['safetyPlan']);
    expect(opened.safetyPlan).toMatchObject({ version: 2, content: storedSafetyPlanContentSchema.parse({ reviewDate: '2026-02-01' }) });
    expect(detailsOf(opened, 'Bankje bij het station')).toEqual({
      kind: 'place',
      placeType: 'other',
      name: 'Bankje bij het station',
      address: '',
      postcode: '',
      city: '',
      residents: '',
      riskNote: '',
    });
  });

  it('tells the technical log which kind of document was unreadable and why, never whose or what it said', async () => {
    const file = await bosFile();
    storeRefusedValues(file);
    file.db.update(youthsTable).set({ profile: 'Bo Bosman' as never }).where(eq(youthsTable.id, file.id)).run();
    file.db
      .insert(safetyPlanVersions)
      .values({ id: randomUUID(), youthId: file.id, version: 2, content: sql`'Bel 112233'`, reviewDate: '2026-02-01', savedAt: file.by.now, savedBy: file.by.userId })
      .run();
    file.db.update(networkEntities).set({ details: sql`'{"kind":"place","postcode":null}'` }).where(eq(networkEntities.label, 'Bankje bij het station')).run();

    await file.open();
    const unreadable = file.logLines.filter((line) => line.includes('unreadable'));
    expect(unreadable).toHaveLength(3);
    expect(unreadable[0]).toContain('"document":"youthProfile","problem":"invalid_type at (document)"');
    expect(unreadable[1]).toContain('"document":"safetyPlan","problem":"not JSON"');
    expect(unreadable[2]).toContain('"document":"networkEntity","problem":"invalid_value at placeType; invalid_type at name; invalid_type at postcode"');
    for (const secret of ['Bosman', file.id, '112233', 'Bankje']) expect(unreadable.join('\n')).not.toContain(secret);

    expectOk(await file.services.router('network.get', { youthId: file.id }));
    expect(file.logLines.filter((line) => line.includes('unreadable'))).toHaveLength(4);
  });
});

/** A profile saved by a newer version: one contact has a role this version does not know. */
const fromNewerVersion = {
  identity: { bsn: '111222333' },
  contacts: [
    { role: 'guardian', name: 'Gea Voogd' },
    { role: 'stepParent', name: 'Stijn Stiefvader' },
  ],
  medical: { needs: 'Astma.', medications: [{ name: 'Salbutamol', dose: 'zo nodig' }] },
};

describe('a part that could not be read is never replaced unasked', () => {
  async function withNewerProfile() {
    const file = await bosFile();
    file.db.update(youthsTable).set({ profile: fromNewerVersion as never }).where(eq(youthsTable.id, file.id)).run();
    const storedText = () => file.db.select({ profile: storedJson(youthsTable.profile) }).from(youthsTable).where(eq(youthsTable.id, file.id)).get()?.profile;
    const opened = await file.open();
    const save = (changes: Record<string, unknown>) =>
      file.services.router('youths.update', {
        id: file.id,
        firstName: bo.firstName,
        lastName: bo.lastName,
        alias: '',
        dateOfBirth: bo.dateOfBirth,
        locationId: opened.youth.locationId,
        profile: opened.profile,
        basedOnUpdatedAt: opened.youth.updatedAt,
        ...changes,
      });
    return { ...file, opened, storedText, save };
  }

  it('reads the other sections of a profile with one unreadable contact, medication included, and names the contacts', async () => {
    const { opened, logLines } = await withNewerProfile();
    expect(opened.unreadable).toEqual(['profile.contacts']);
    expect(opened.profile.contacts).toEqual([]);
    expect(opened.profile.identity.bsn).toBe('111222333');
    expect(opened.profile.medical).toEqual({ needs: 'Astma.', medications: [{ name: 'Salbutamol', dose: 'zo nodig', note: '' }] });
    const unreadable = logLines.filter((line) => line.includes('unreadable'));
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toContain('"document":"youthProfile","section":"contacts","problem":"invalid_value at contacts.1.role"');
    for (const secret of ['Stijn', 'stepParent', 'Gea']) expect(unreadable[0]).not.toContain(secret);
  });

  it('refuses a save that does not say it replaces them: CONFLICT naming the part, the stored profile byte for byte the same, no change logged', async () => {
    const { services, storedText, save } = await withNewerProfile();
    const before = storedText();
    const logged = accessLogRows(services).length;
    const message = appMessages.unreadableNotReplaced('Contacten');
    expect(message).toContain('beheerder of de aandachtsfunctionaris');

    for (const changes of [{}, { replaceUnreadable: false }, { alias: 'Bobbie', profile: { ...fromNewerVersion, contacts: [] } }]) {
      expect(await save(changes)).toEqual({ ok: false, error: { code: 'CONFLICT', message, fields: { replaceUnreadable: confirmReplaceUnreadableMessage } } });
    }
    expect(storedText()).toBe(before);
    expect(accessLogRows(services).slice(logged).filter((entry) => entry.action === 'change')).toEqual([]);
  });

  it('saves when the user confirmed replacing them, and logs that they were replaced', async () => {
    const { services, id, open, storedText, save, logLines } = await withNewerProfile();
    const saved = expectOk(await save({ replaceUnreadable: true, profile: { ...fromNewerVersion, contacts: [{ role: 'parent', name: 'Petra Bosman' }] } })) as Youth;

    expect(JSON.parse(storedText() as string).contacts).toEqual([expect.objectContaining({ role: 'parent', name: 'Petra Bosman' })]);
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'change', objectType: 'youth', objectId: id, details: 'gewijzigd: contacten; onleesbaar en vervangen: contacten' });
    expect(logLines.filter((line) => line.includes('unreadable'))).toHaveLength(2);
    const reopened = await open();
    expect(reopened.unreadable).toEqual([]);
    expect(reopened.profile.medical.medications.map((medication) => medication.name)).toEqual(['Salbutamol']);

    // Nothing unreadable any more: a save goes through without the confirmation.
    expectOk(await save({ basedOnUpdatedAt: saved.updatedAt, profile: reopened.profile }));
  });

  it('refuses to replace a network entity’s unreadable details unasked; with the confirmation they are replaced and logged', async () => {
    const file = await bosFile();
    storeRefusedValues(file);
    const bench = file.db.select({ id: networkEntities.id }).from(networkEntities).where(eq(networkEntities.label, 'Bankje bij het station')).get()!.id;
    // Details written by a newer version: a place type this version does not know.
    file.db.update(networkEntities).set({ details: sql`'{"kind":"place","placeType":"skatepark","name":"Bankje bij het station","riskNote":"Ouderen spreken er jongeren aan."}'` }).where(eq(networkEntities.id, bench)).run();
    const storedDetails = () => file.db.select({ details: storedJson(networkEntities.details) }).from(networkEntities).where(eq(networkEntities.id, bench)).get()?.details;
    const before = storedDetails();
    const logged = accessLogRows(file.services).length;
    const save = (changes: Record<string, unknown>) =>
      file.services.router('network.saveEntity', { youthId: file.id, id: bench, details: { kind: 'place', placeType: 'hangout', name: 'Bankje bij het station' }, source: 'Eigen waarneming', ...changes });

    const message = networkMessages.unreadableDetailsNotReplaced;
    for (const changes of [{}, { replaceUnreadable: false }]) {
      expect(await save(changes)).toEqual({ ok: false, error: { code: 'CONFLICT', message, fields: { replaceUnreadable: confirmReplaceUnreadableMessage } } });
    }
    expect(storedDetails()).toBe(before);
    expect(accessLogRows(file.services).slice(logged).filter((entry) => entry.action === 'change')).toEqual([]);
    expect(file.logLines.filter((line) => line.includes('"document":"networkEntity"'))).toHaveLength(2);

    const saved = expectOk(await save({ replaceUnreadable: true })) as NetworkEntity;
    expect(saved.details).toMatchObject({ placeType: 'hangout', riskNote: '' });
    expect(JSON.parse(storedDetails() as string)).toMatchObject({ placeType: 'hangout' });
    expect(accessLogRows(file.services).at(-1)).toMatchObject({ action: 'change', objectType: 'networkEntity', objectId: bench, details: 'gewijzigd: placeType; onleesbare gegevens vervangen' });

    // Readable again, and a readable entity never needs the confirmation.
    expectOk(await save({ notes: 'Vaak na schooltijd.' }));
    expect(accessLogRows(file.services).at(-1)?.details).toBe('gewijzigd: notes');
  });
});
