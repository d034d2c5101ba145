import { describe, expect, it } from 'vitest';
import { findLocationByName } from '../../db/repositories/locations';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import { defaultSettings, type Account, type Location, type Youth, type YouthFile } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { seedYouths, signIn, staff, staffLocations, type StaffMember, type TestYouth } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const youths: TestYouth[] = [
  { firstName: 'Anouk', lastName: 'Aarts', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Bilal', lastName: 'Bakker', dateOfBirth: '2011-04-02', location: 'Groep Noord' },
  { firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', location: 'Groep Zuid' },
  { firstName: 'Dirk', lastName: 'Dekker', dateOfBirth: '2012-06-04', location: 'Groep West' },
];

const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.forbidden } };
const noAccess = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } };

async function seeded() {
  const services = await staffedServices();
  const ids = await seedYouths(services, youths);
  const byName = Object.fromEntries(youths.map((youth, i) => [youth.firstName, ids[i]!]));
  return { services, byName };
}

function withoutLocation({ location: _location, ...fields }: TestYouth) {
  return fields;
}

function locationIdOf(services: Awaited<ReturnType<typeof staffedServices>>, name: (typeof staffLocations)[number]): string {
  return findLocationByName(services.context.requireUnlocked().handle.db, name)!.id;
}

describe('need to know: who sees which youths', () => {
  const expected: Record<Exclude<StaffMember, 'admin'>, string[]> = {
    officer: ['Anouk', 'Bilal', 'Cato', 'Dirk'],
    worker: ['Anouk', 'Bilal'],
    lead: ['Cato'],
  };

  it.each(Object.entries(expected))('%s sees exactly the youths of their locations (or all) and can open only those', async (member, visible) => {
    const { services, byName } = await seeded();
    await signIn(services, member as StaffMember);
    const listed = expectOk(await services.router('youths.list', undefined)) as Youth[];
    expect(listed.map((youth) => youth.firstName)).toEqual(visible);

    for (const [firstName, id] of Object.entries(byName)) {
      const logged = accessLogRows(services).length;
      const opened = await services.router('youths.open', { id });
      if (visible.includes(firstName)) {
        const file = expectOk(opened) as YouthFile;
        expect(file.youth.firstName).toBe(firstName);
        expect(file.access).toEqual({ kind: member === 'officer' ? 'allYouths' : 'location' });
        expect(accessLogRows(services).slice(logged)).toEqual([
          expect.objectContaining({ action: 'read', objectType: 'youth', youthId: id, userName: staff[member as StaffMember].name }),
        ]);
      } else {
        expect(opened).toEqual(noAccess);
        // A refused look shows nothing, so it is not a read of the file; the attempt is logged.
        expect(accessLogRows(services).slice(logged)).toEqual([
          expect.objectContaining({ action: 'refused', objectType: 'youth', youthId: id, userName: staff[member as StaffMember].name }),
        ]);
      }
    }
  });

  it('the administrator manages accounts but sees no youth at all', async () => {
    const { services, byName } = await seeded();
    await signIn(services, 'admin');
    expect(await services.router('youths.list', undefined)).toEqual(forbidden);
    for (const id of Object.values(byName)) expect(await services.router('youths.open', { id })).toEqual(forbidden);
    expect(await services.router('emergency.search', { query: 'Cato' })).toEqual(forbidden);
    expect(await services.router('emergency.request', { youthId: byName.Cato, reason: 'Ik wil dit dossier even inzien als beheerder' })).toEqual(forbidden);
    expect(await services.router('accessLog.forYouth', { youthId: byName.Cato })).toEqual(forbidden);
    expect(await services.router('youths.create', { ...withoutLocation(youths[0]!), locationId: locationIdOf(services, 'Groep Noord') })).toEqual(forbidden);
    expect((expectOk(await services.router('accounts.list', undefined)) as Account[]).map((account) => account.name).sort()).toEqual(
      Object.values(staff).map((member) => member.name).sort(),
    );
  });

  it('a youth can only be filed under, or moved to, one of your own locations', async () => {
    const { services, byName } = await seeded();
    await signIn(services, 'worker');
    const north = locationIdOf(services, 'Groep Noord');
    const south = locationIdOf(services, 'Groep Zuid');
    const newYouth = { firstName: 'Eva', lastName: 'Evers', dateOfBirth: '2011-07-05' };

    expect(await services.router('youths.create', { ...newYouth, locationId: south })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { locationId: appMessages.locationNotYours } },
    });
    expect(await services.router('youths.create', { ...newYouth, locationId: 'bestaat-niet' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { locationId: appMessages.locationNotFound } },
    });
    const stored = (expectOk(await services.router('youths.open', { id: byName.Anouk! })) as YouthFile).youth;
    const anouk = { id: byName.Anouk!, ...withoutLocation(youths[0]!), profile: {}, basedOnUpdatedAt: stored.updatedAt };
    expect(await services.router('youths.update', { ...anouk, locationId: south })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { locationId: appMessages.locationNotYours } },
    });
    const unseen = { id: byName.Cato, ...newYouth, profile: {}, basedOnUpdatedAt: stored.updatedAt };
    expect(await services.router('youths.update', { ...unseen, locationId: south })).toEqual(noAccess);
    expect(await services.router('youths.update', { ...unseen, locationId: north })).toEqual(noAccess);

    const created = expectOk(await services.router('youths.create', { ...newYouth, locationId: north })) as Youth;
    expect(created).toMatchObject({ ...newYouth, locationId: north, locationName: 'Groep Noord' });
    const renamed = expectOk(await services.router('youths.update', { ...anouk, firstName: 'Anouck', locationId: north })) as Youth;
    expect(renamed.firstName).toBe('Anouck');

    lock(services.context);
    await signIn(services, 'officer');
    const all = expectOk(await services.router('youths.list', undefined)) as Youth[];
    expect(all.map((youth) => `${youth.firstName} ${youth.locationName}`)).toEqual([
      'Anouck Groep Noord',
      'Bilal Groep Noord',
      'Cato Groep Zuid',
      'Dirk Groep West',
      'Eva Groep Noord',
    ]);
    // The officer may file anywhere.
    expectOk(await services.router('youths.update', { ...anouk, firstName: 'Anouck', locationId: south, basedOnUpdatedAt: renamed.updatedAt }));
  });

  it('each role may file under exactly its own locations', async () => {
    const services = await staffedServices();
    const locationNames = async (member: StaffMember) => {
      await signIn(services, member);
      const names = (expectOk(await services.router('locations.list', undefined)) as Location[]).map((location) => location.name);
      lock(services.context);
      return names;
    };
    expect(await locationNames('worker')).toEqual(['Groep Noord']);
    expect(await locationNames('lead')).toEqual(['Groep Zuid']);
    expect(await locationNames('officer')).toEqual([...staffLocations].sort());
    expect(await locationNames('admin')).toEqual([...staffLocations].sort());
  });

  it('what a worker sees follows their locations as the administrator changes them', async () => {
    const { services } = await seeded();
    await signIn(services, 'admin');
    const worker = (expectOk(await services.router('accounts.list', undefined)) as Account[]).find((account) => account.name === staff.worker.name)!;
    expectOk(
      await services.router('accounts.update', { id: worker.id, role: 'groupWorker', locationIds: [locationIdOf(services, 'Groep Zuid'), locationIdOf(services, 'Groep West')] }),
    );
    expect(await services.router('accounts.update', { id: worker.id, role: 'groupWorker', locationIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { locationIds: expect.stringContaining('minstens één locatie') } },
    });
    lock(services.context);
    await signIn(services, 'worker');
    expect((expectOk(await services.router('youths.list', undefined)) as Youth[]).map((youth) => youth.firstName)).toEqual(['Cato', 'Dirk']);
  });

  it('calls that belong to other roles are refused', async () => {
    const { services, byName } = await seeded();
    await signIn(services, 'worker');
    expect(await services.router('accounts.list', undefined)).toEqual(forbidden);
    expect(await services.router('accounts.newRecoveryKey', undefined)).toEqual(forbidden);
    expect(await services.router('locations.create', { name: 'Groep Oost' })).toEqual(forbidden);
    expect(await services.router('settings.update', { ...defaultSettings, idleLockMinutes: 60, emergencyAccessHours: 12 })).toEqual(forbidden);
    expect(await services.router('accessLog.search', {})).toEqual(forbidden);
    expect(await services.router('accessLog.exportCsv', {})).toEqual(forbidden);
    expect(await services.router('accessLog.forYouth', { youthId: byName.Anouk })).toEqual(forbidden);
    expect(await services.router('emergency.toReview', undefined)).toEqual(forbidden);
    lock(services.context);
    await signIn(services, 'officer');
    expect(await services.router('accounts.list', undefined)).toEqual(forbidden);
    expect(await services.router('emergency.request', { youthId: byName.Cato, reason: 'Als aandachtsfunctionaris zie ik alles al' })).toEqual(forbidden);
    expectOk(await services.router('accessLog.forYouth', { youthId: byName.Anouk }));
    expectOk(await services.router('accessLog.search', {}));
  });
});
