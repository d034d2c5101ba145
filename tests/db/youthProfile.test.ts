import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { youths as youthsTable } from '../../db/schema';
import { appMessages } from '../../main/errors/AppError';
import type { AppServices } from '../../main/services/appServices';
import { emptyYouthProfile, type Youth, type YouthFile, type YouthProfileInput } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { seedYouths, signIn, staff, type TestYouth } from '../support/staff';
import { expectOk, staffedServices, tempServices } from '../support/tempDatabase';

const bo: TestYouth = { firstName: 'Bo', lastName: 'Bosman', dateOfBirth: '2011-02-03', location: 'Groep Noord' };

/** A filled-in profile as a user types it: dots in the BSN, spaces in numbers, a lower-case postcode. */
const typedProfile = {
  identity: { gender: 'female', bsn: '111.222.333', nationality: 'Nederlandse', languages: 'Nederlands, Engels', speaksDutch: 'yes' },
  placement: { startDate: '2026-01-15', legalFramework: 'ots', legalNote: 'Tot de zomer.' },
  contacts: [{ role: 'guardian', name: 'Gea Voogd', organisation: 'Jeugdbescherming Regio Voorbeeld', phone: '06 1234 5690', email: 'gea@voorbeeld.nl', postcode: '9999zz', city: 'Voorbeeldstad' }],
  vulnerabilities: { lvb: 'suspected', suicideRisk: { present: true, note: 'Signaleringsplan volgen.' } },
  medical: { needs: 'Astma.', medications: [{ name: 'Salbutamol', dose: 'zo nodig' }] },
  description: { heightCm: 163, hairColour: 'Bruin', glasses: true },
  marks: [{ kind: 'tattoo', bodyPart: 'Linkerpols', description: 'Kleine ster.' }],
  phones: [{ number: '+31 (0)6 1234 5691', handset: 'Grijze telefoon', provider: 'Prepaid', billPayer: 'Onbekend' }],
  socialMedia: [{ platform: 'Snapchat', handle: 'bo.profieltest' }],
  belongings: { idDocument: 'keptByFacility', bankCards: 'Geen.' },
} satisfies YouthProfileInput;

async function withBo() {
  const services = await staffedServices();
  const [id] = await seedYouths(services, [bo]);
  await signIn(services, 'worker');
  const file = expectOk(await services.router('youths.open', { id })) as YouthFile;
  const { location: _location, ...basics } = bo;
  // Like the form: each save starts from the data the previous one left.
  let basedOnUpdatedAt = file.youth.updatedAt;
  const update = async (changes: Record<string, unknown>) => {
    const result = await services.router('youths.update', { id, ...basics, alias: '', locationId: file.youth.locationId, profile: {}, basedOnUpdatedAt, ...changes });
    if (result.ok) basedOnUpdatedAt = (result.value as Youth).updatedAt;
    return result;
  };
  return { services, id: id!, update };
}

describe('the youth profile through the services', () => {
  it('reads a youth added without a profile as an empty profile, an older partial one with the new fields filled in, and a start date ahead of the clock', async () => {
    const { services, id } = await withBo();
    const db = services.context.requireUnlocked().handle.db;
    expect(db.select({ profile: youthsTable.profile }).from(youthsTable).where(eq(youthsTable.id, id)).get()?.profile).toBeNull();
    expect((expectOk(await services.router('youths.open', { id })) as YouthFile).profile).toEqual(emptyYouthProfile());

    // As a profile saved before sections such as `belongings` existed would be stored.
    db.update(youthsTable)
      .set({ profile: { identity: { bsn: '123456782' } } as never })
      .where(eq(youthsTable.id, id))
      .run();
    const older = (expectOk(await services.router('youths.open', { id })) as YouthFile).profile;
    expect(older.identity).toEqual({ ...emptyYouthProfile().identity, bsn: '123456782' });
    expect(older.belongings).toEqual(emptyYouthProfile().belongings);

    // Saved on a day this PC's clock, set back since, has not reached yet: the file still opens.
    db.update(youthsTable)
      .set({ profile: { placement: { startDate: '2999-01-01', legalFramework: 'ots' } } as never })
      .where(eq(youthsTable.id, id))
      .run();
    expect((expectOk(await services.router('youths.open', { id })) as YouthFile).profile.placement).toEqual({ startDate: '2999-01-01', legalFramework: 'ots', legalNote: '' });
  });

  it('saves every section with the alias, normalised, and reads it back from the encrypted file', async () => {
    const { services, id, update } = await withBo();
    const saved = expectOk(await update({ alias: ' Bobbie ', profile: typedProfile })) as Youth;
    expect(saved.alias).toBe('Bobbie');

    const file = expectOk(await services.router('youths.open', { id })) as YouthFile;
    expect(file.youth.alias).toBe('Bobbie');
    expect(file.profile).toMatchObject({
      identity: { gender: 'female', bsn: '111222333', languages: 'Nederlands, Engels' },
      placement: { startDate: '2026-01-15', legalFramework: 'ots' },
      contacts: [{ name: 'Gea Voogd', phone: '0612345690', postcode: '9999 ZZ', address: '', note: '' }],
      vulnerabilities: { lvb: 'suspected', suicideRisk: { present: true }, addiction: { present: false, note: '' } },
      medical: { medications: [{ name: 'Salbutamol', dose: 'zo nodig', note: '' }] },
      description: { heightCm: 163, glasses: true, eyeColour: '' },
      marks: [{ kind: 'tattoo', bodyPart: 'Linkerpols' }],
      phones: [{ number: '+31612345691', billPayer: 'Onbekend' }],
      socialMedia: [{ platform: 'Snapchat', handle: 'bo.profieltest', note: '' }],
      belongings: { idDocument: 'keptByFacility', bankCards: 'Geen.', transportPasses: '' },
    });

    // Nothing of it is readable in the database files themselves.
    services.close();
    const folder = path.dirname(services.databasePath);
    for (const name of fs.readdirSync(folder)) {
      const bytes = fs.readFileSync(path.join(folder, name));
      for (const secret of ['bo.profieltest', '111222333', 'Gea Voogd', 'Bobbie']) expect(bytes.includes(secret), `${secret} in ${name}`).toBe(false);
    }
  });

  it('refuses wrong input through the router with Dutch messages per field, and changes nothing', async () => {
    const { services, id, update } = await withBo();
    expectOk(await update({ profile: { identity: { bsn: '123456782' } } }));
    const logged = accessLogRows(services).length;

    const refused = await update({
      dateOfBirth: '2011-02-31',
      profile: {
        identity: { bsn: '123456781' },
        placement: { startDate: '2999-01-01' },
        contacts: [{ role: 'parent', name: '', postcode: '1234 SA' }],
        phones: [{ number: '06 1234' }],
      },
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: appMessages.invalidInput,
        fields: {
          dateOfBirth: 'Vul een bestaande datum in (jjjj-mm-dd).',
          'profile.identity.bsn': 'Dit BSN bestaat niet: de controle (elfproef) klopt niet. Controleer de negen cijfers.',
          'profile.placement.startDate': 'Deze datum kan niet in de toekomst liggen.',
          'profile.contacts.0.name': 'Vul de naam van het contact in.',
          'profile.contacts.0.postcode': 'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.',
          'profile.phones.0.number': 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +32 470 12 34 56.',
        },
      },
    });
    expect((expectOk(await services.router('youths.open', { id })) as YouthFile).profile.identity.bsn).toBe('123456782');
    expect(accessLogRows(services).slice(logged).map((entry) => entry.action)).toEqual(['read']);
  });

  it('logs which parts changed, by name, and none of the values', async () => {
    const { services, update } = await withBo();
    expectOk(await update({ profile: typedProfile }));
    expect(accessLogRows(services).at(-1)?.details).toBe(
      'gewijzigd: identiteit, plaatsing en juridisch kader, contacten, kwetsbaarheden, medisch en medicatie, signalement, uiterlijke kenmerken, telefoonnummers, sociale media, identiteitsbewijs en passen',
    );

    const fewer = { ...typedProfile, phones: [], socialMedia: [{ platform: 'TikTok', handle: 'bo.ander' }] };
    expectOk(await update({ alias: 'Bobbie', lastName: 'Bosman-de Vries', profile: fewer }));
    const entry = accessLogRows(services).at(-1)!;
    expect(entry).toMatchObject({ action: 'change', objectType: 'youth', details: 'gewijzigd: achternaam, roepnaam, telefoonnummers, sociale media' });
    const stored = JSON.stringify(entry);
    for (const value of ['Bobbie', 'Bosman-de Vries', 'bo.ander', 'TikTok', '111222333', '0612345691']) expect(stored).not.toContain(value);

    expectOk(await update({ alias: 'Bobbie', lastName: 'Bosman-de Vries', profile: fewer }));
    expect(accessLogRows(services).at(-1)?.details).toBe('niets gewijzigd');
  });

  it('refuses a save based on data a colleague changed since: nothing written or logged, the colleague’s data kept; saved again on top of the newest it goes through', async () => {
    // Two PCs on one database: the worker at one, the officer at the other. The worker's clock
    // stands still, so the stamp must still change with the save (a millisecond on).
    const atGroup = await staffedServices({ now: () => new Date('2026-11-23T18:48:00.000Z'), workstation: 'pc-groep' });
    const [id] = await seedYouths(atGroup, [bo]);
    const atOffice = tempServices(atGroup.databasePath, { workstation: 'pc-kantoor' });
    await signIn(atGroup, 'worker');
    await signIn(atOffice, 'officer');
    const open = async (services: AppServices) => expectOk(await services.router('youths.open', { id })) as YouthFile;
    const seenAtGroup = await open(atGroup);
    const seenAtOffice = await open(atOffice);
    expect(seenAtOffice.youth.updatedAt).toBe(seenAtGroup.youth.updatedAt);
    const { location: _location, ...basics } = bo;
    const save = (services: AppServices, profile: YouthProfileInput, basedOnUpdatedAt: string) =>
      services.router('youths.update', { id, ...basics, alias: '', locationId: seenAtGroup.youth.locationId, profile, basedOnUpdatedAt });

    const savedAtGroup = expectOk(await save(atGroup, typedProfile, seenAtGroup.youth.updatedAt)) as Youth;
    expect(savedAtGroup.updatedAt).not.toBe(seenAtGroup.youth.updatedAt);
    const logged = accessLogRows(atOffice).length;

    const officeProfile = { phones: [{ number: '0687654321', handset: 'Nieuwe telefoon' }] };
    expect(await save(atOffice, officeProfile, seenAtOffice.youth.updatedAt)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: appMessages.youthConflict('23 november 2026 om 19:48', staff.worker.name) },
    });
    expect(accessLogRows(atOffice).length).toBe(logged);
    const newest = await open(atOffice);
    expect(newest.profile.contacts.map((contact) => contact.name)).toEqual(['Gea Voogd']);
    expect(newest.profile.medical.medications.map((medication) => medication.name)).toEqual(['Salbutamol']);
    expect(newest.profile.phones.map((phone) => phone.number)).toEqual(['+31612345691']);
    expect(newest.youth.updatedAt).toBe(savedAtGroup.updatedAt);
    expect((expectOk(await atOffice.router('youths.list', undefined)) as Youth[]).find((youth) => youth.id === id)?.updatedAt).toBe(savedAtGroup.updatedAt);

    // Saved again on top of the newest data, what the officer sends is what is stored.
    const savedAtOffice = expectOk(await save(atOffice, { ...typedProfile, ...officeProfile }, newest.youth.updatedAt)) as Youth;
    expect((await open(atGroup)).profile.phones.map((phone) => phone.handset)).toEqual(['Nieuwe telefoon']);
    expect(accessLogRows(atOffice).slice(logged).map(({ action, userName, workstation, details }) => ({ action, userName, workstation, details }))).toEqual([
      { action: 'read', userName: staff.officer.name, workstation: 'pc-kantoor', details: null },
      { action: 'read', userName: staff.officer.name, workstation: 'pc-kantoor', details: '1 jongeren in de lijst' },
      { action: 'change', userName: staff.officer.name, workstation: 'pc-kantoor', details: 'gewijzigd: telefoonnummers' },
      { action: 'read', userName: staff.worker.name, workstation: 'pc-groep', details: null },
    ]);

    // The worker's form still holds the stamp of their own save: now it is theirs that is refused.
    expect(await save(atGroup, typedProfile, savedAtGroup.updatedAt)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(savedAtOffice.updatedAt > savedAtGroup.updatedAt).toBe(true);
  });

  it('stores a profile given when the youth is added', async () => {
    const services = await staffedServices();
    await signIn(services, 'worker');
    const locationId = (expectOk(await services.router('locations.list', undefined)) as { id: string }[])[0]!.id;
    const created = expectOk(await services.router('youths.create', { firstName: 'Cas', lastName: 'Claes', alias: 'Cassie', dateOfBirth: '2012-01-01', locationId, profile: typedProfile })) as Youth;
    const file = expectOk(await services.router('youths.open', { id: created.id })) as YouthFile;
    expect(file.youth.alias).toBe('Cassie');
    expect(file.profile.socialMedia).toEqual([{ platform: 'Snapchat', handle: 'bo.profieltest', note: '' }]);
  });
});
