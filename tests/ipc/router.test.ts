import { describe, expect, it } from 'vitest';
import { createRouter } from '../../main/ipc/router';
import type { Handlers } from '../../main/ipc/handlers';
import { appMessages } from '../../main/errors/AppError';
import type { Location, SessionInfo, Youth } from '../../preload/contract';
import { staff } from '../support/staff';
import { expectOk, staffedServices, tempServices, testAdmin } from '../support/tempDatabase';

const youth = { firstName: 'Bo', lastName: 'Proefjongere', dateOfBirth: '2012-06-30' };

async function locationId(router: ReturnType<typeof tempServices>['router'], name: string): Promise<string> {
  const locations = expectOk(await router('locations.list', undefined)) as Location[];
  return locations.find((location) => location.name === name)!.id;
}

describe('the IPC router on the real services', () => {
  it('refuses calls that are not in the contract, including prototype names', async () => {
    const { router } = tempServices();
    for (const channel of ['youths.drop', 'constructor.prototype', '__proto__.x', 'youths', 'youths.list.extra', '']) {
      expect(await router(channel, undefined)).toEqual({ ok: false, error: { code: 'UNKNOWN_CALL', message: appMessages.unknownCall } });
    }
  });

  it('validates every input and answers with Dutch messages per field', async () => {
    const { router } = tempServices();
    expectOk(await router('session.setup', testAdmin));
    const result = await router('youths.create', { firstName: ' ', lastName: 'X', dateOfBirth: '2999-01-01', locationId: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields).toEqual({
      firstName: 'Vul de voornaam in.',
      dateOfBirth: 'Een geboortedatum kan niet in de toekomst liggen.',
      locationId: 'Kies de locatie of groep.',
    });
    expect(await router('youths.create', { ...youth, dateOfBirth: '2012-02-30', locationId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { dateOfBirth: 'Vul een bestaande datum in (jjjj-mm-dd).' } },
    });
    expect((await router('youths.create', 'not an object')).ok).toBe(false);
    expect((await router('session.setup', { name: 'ab', password: 'kort' })).ok).toBe(false);
  });

  it('refuses data calls while locked and works again after unlocking', async () => {
    const { router } = await staffedServices();
    expect(await router('youths.list', undefined)).toEqual({ ok: false, error: { code: 'LOCKED', message: appMessages.locked } });
    expectOk(await router('session.unlock', staff.officer));
    expectOk(await router('youths.create', { ...youth, locationId: await locationId(router, 'Groep Noord') }));
    expect(expectOk(await router('session.lock', undefined))).toBeNull();
    expect(expectOk(await router('session.status', undefined))).toEqual({ state: 'locked' });
    expect(await router('youths.list', undefined)).toEqual({ ok: false, error: { code: 'LOCKED', message: appMessages.locked } });
    expectOk(await router('session.unlock', { name: staff.officer.name.toUpperCase(), password: staff.officer.password }));
    expect(expectOk(await router('youths.list', undefined))).toHaveLength(1);
  });

  it('keeps data across a restart of main (new services on the same file)', async () => {
    const first = await staffedServices();
    expect(expectOk(await first.router('session.status', undefined))).toEqual({ state: 'locked' });
    const officer = expectOk(await first.router('session.unlock', staff.officer)) as SessionInfo;
    const north = await locationId(first.router, 'Groep Noord');
    expectOk(await first.router('youths.create', { ...youth, locationId: north }));
    expectOk(await first.router('youths.create', { ...youth, firstName: 'Cas', locationId: north }));
    first.close();

    const second = tempServices(first.databasePath);
    expect(expectOk(await second.router('session.status', undefined))).toEqual({ state: 'locked' });
    expect(expectOk(await second.router('session.unlock', staff.officer))).toEqual(officer);
    const youths = expectOk(await second.router('youths.list', undefined)) as Youth[];
    expect(youths.map((y) => y.firstName)).toEqual(['Bo', 'Cas']);
    expect(new Set(youths.map((y) => y.locationName))).toEqual(new Set(['Groep Noord']));
    expect(expectOk(await second.router('locations.list', undefined))).toHaveLength(3);
  });

  it('starts with the first-run setup on a new path', async () => {
    const { router } = tempServices();
    expect(expectOk(await router('session.status', undefined))).toEqual({ state: 'needsSetup' });
    const { session, recoveryKey } = expectOk(await router('session.setup', testAdmin)) as { session: SessionInfo; recoveryKey: string };
    expect(session.user).toMatchObject({ name: testAdmin.name, role: 'administrator' });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(expectOk(await router('session.status', undefined))).toEqual({ state: 'unlocked', session });
  });

  it('refuses a second setup once a database exists', async () => {
    const { router } = tempServices();
    expectOk(await router('session.setup', testAdmin));
    expect(await router('session.setup', { name: 'Tweede', password: 'nog een wachtwoord' })).toEqual({
      ok: false,
      error: { code: 'ALREADY_SET_UP', message: appMessages.alreadySetUp },
    });
  });

  it('turns an unexpected failure into a generic Dutch message without internals, and logs it', async () => {
    const logged: string[] = [];
    const failing = { youths: { list: () => { throw new Error('secret detail /home/x'); } } } as unknown as Handlers;
    const router = createRouter(failing, { info: () => {}, error: (event) => logged.push(event) });
    expect(await router('youths.list', undefined)).toEqual({ ok: false, error: { code: 'INTERNAL', message: appMessages.internal } });
    expect(logged).toEqual(['ipc youths.list']);
  });
});
