import { describe, expect, it } from 'vitest';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import { defaultSettings, emergencyReasonMinLength, type EmergencyCandidate, type EmergencyGrant, type SessionInfo, type Youth, type YouthFile } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { hours, minutes, testClock } from '../support/clock';
import { seedYouths, signIn, staff, type TestYouth } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const youths: TestYouth[] = [
  { firstName: 'Anouk', lastName: 'Aarts', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Cato', lastName: 'Claes', alias: 'Kiki', dateOfBirth: '2009-05-03', location: 'Groep Zuid' },
  { firstName: 'Dirk', lastName: 'Dekker', dateOfBirth: '2012-06-04', location: 'Groep West' },
];

const reason = 'Cato is vannacht niet teruggekomen; de politie vraagt om het signalement.';
const reasonMessage = `Schrijf in minstens ${emergencyReasonMinLength} tekens waarom je dit dossier nu nodig hebt.`;

async function setting() {
  // A minute ahead of the template's entries, so no "clock set back" notice interferes.
  const clock = testClock(new Date(Date.now() + minutes(1)));
  const services = await staffedServices({ now: clock.now });
  const [anouk, cato, dirk] = (await seedYouths(services, youths)) as [string, string, string];
  return { services, clock, ids: { anouk, cato, dirk } };
}

type Services = Awaited<ReturnType<typeof setting>>['services'];

async function visibleNames(services: Services): Promise<string[]> {
  return (expectOk(await services.router('youths.list', undefined)) as Youth[]).map((youth) => youth.firstName);
}

describe('emergency access (noodtoegang)', () => {
  it('is refused without a written reason, with a Dutch message, and grants nothing', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'worker');
    for (const typed of ['', '   ', 'even kijken', ' '.repeat(30) + 'kort']) {
      expect(await services.router('emergency.request', { youthId: ids.cato, reason: typed })).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { reason: reasonMessage } },
      });
    }
    expect(await services.router('emergency.request', { youthId: ids.cato })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: expect.any(String) } } });
    expect(await services.router('emergency.request', { youthId: 'bestaat-niet', reason })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: appMessages.youthNotFound },
    });
    expect(await services.router('emergency.request', { youthId: ids.anouk, reason })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: appMessages.alreadyHasAccess },
    });
    expect(await visibleNames(services)).toEqual(['Anouk']);
    expect(expectOk(await services.router('emergency.active', undefined))).toEqual([]);
    expect(accessLogRows(services).filter((row) => row.action === 'emergencyAccess')).toEqual([]);
  });

  it('is refused for the roles that do not ask for it (the officer sees all, the administrator none)', async () => {
    const { services, ids } = await setting();
    for (const member of ['officer', 'admin'] as const) {
      await signIn(services, member);
      expect(await services.router('emergency.request', { youthId: ids.cato, reason })).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: appMessages.forbidden },
      });
      lock(services.context);
    }
  });

  it('with a reason opens exactly that youth, is logged with the reason, and goes to the officer for review', async () => {
    const { services, clock, ids } = await setting();
    await signIn(services, 'worker');
    const found = expectOk(await services.router('emergency.search', { query: 'cla' })) as EmergencyCandidate[];
    expect(found).toEqual([{ id: ids.cato, name: 'Cato Claes', birthYear: 2009, locationName: 'Groep Zuid' }]);
    // On a night shift the youth may be known only by her roepnaam.
    expect(expectOk(await services.router('emergency.search', { query: 'kik' }))).toEqual(found);
    // The worker's own youths are not offered: they need no emergency access.
    expect(expectOk(await services.router('emergency.search', { query: 'Aarts' }))).toEqual([]);
    expect(await services.router('emergency.search', { query: 'a' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const grantedAt = clock.now().toISOString();
    const grant = expectOk(await services.router('emergency.request', { youthId: ids.cato, reason: `  ${reason}  ` })) as EmergencyGrant;
    expect(grant).toEqual({
      id: expect.any(String),
      youthId: ids.cato,
      youthName: 'Cato Claes',
      userName: staff.worker.name,
      role: 'groupWorker',
      reason,
      grantedAt,
      expiresAt: new Date(Date.parse(grantedAt) + hours(8)).toISOString(),
      reviewedAt: null,
      reviewedBy: null,
      reviewNote: null,
    });
    const emergencyEntry = accessLogRows(services).at(-1)!;
    expect(emergencyEntry).toMatchObject({
      action: 'emergencyAccess',
      objectType: 'emergencyAccess',
      objectId: grant.id,
      youthId: ids.cato,
      userName: staff.worker.name,
      role: 'groupWorker',
      reason,
      at: grantedAt,
    });

    expect(await visibleNames(services)).toEqual(['Anouk', 'Cato']);
    const file = expectOk(await services.router('youths.open', { id: ids.cato })) as YouthFile;
    expect(file.access).toEqual({ kind: 'emergency', reason, expiresAt: grant.expiresAt });
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'read', objectType: 'youth', youthId: ids.cato, reason, details: 'via noodtoegang' });
    expect(await services.router('youths.open', { id: ids.dirk })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } });

    expect(expectOk(await services.router('emergency.active', undefined))).toEqual([grant]);
    // Asking again while it runs gives the same grant, not a second one.
    expect((expectOk(await services.router('emergency.request', { youthId: ids.cato, reason: `${reason} Nogmaals.` })) as EmergencyGrant).id).toBe(grant.id);
    expect(accessLogRows(services).filter((row) => row.action === 'emergencyAccess')).toHaveLength(1);
    lock(services.context);

    await signIn(services, 'officer');
    expect(expectOk(await services.router('emergency.toReview', undefined))).toEqual([grant]);
    expect(await services.router('emergency.review', { id: grant.id, note: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { note: expect.any(String) } } });
    clock.advance(minutes(30));
    const reviewed = expectOk(await services.router('emergency.review', { id: grant.id, note: 'Terecht: melding vermissing, politie geïnformeerd.' })) as EmergencyGrant;
    expect(reviewed).toEqual({
      ...grant,
      reviewedAt: clock.now().toISOString(),
      reviewedBy: staff.officer.name,
      reviewNote: 'Terecht: melding vermissing, politie geïnformeerd.',
    });
    expect(accessLogRows(services).at(-1)).toMatchObject({
      action: 'review',
      objectId: grant.id,
      youthId: ids.cato,
      userName: staff.officer.name,
      reason: 'Terecht: melding vermissing, politie geïnformeerd.',
    });
    expect(expectOk(await services.router('emergency.toReview', undefined))).toEqual([]);
    expect(await services.router('emergency.review', { id: 'bestaat-niet', note: 'x' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: appMessages.grantNotFound } });
  });

  it('ends after the configured number of hours', async () => {
    const { services, clock, ids } = await setting();
    await signIn(services, 'admin');
    expectOk(await services.router('settings.update', { ...defaultSettings, idleLockMinutes: 5, emergencyAccessHours: 2 }));
    lock(services.context);
    await signIn(services, 'worker');
    const grant = expectOk(await services.router('emergency.request', { youthId: ids.dirk, reason })) as EmergencyGrant;
    expect(Date.parse(grant.expiresAt) - Date.parse(grant.grantedAt)).toBe(hours(2));

    clock.advance(hours(2) - 1000);
    expect((expectOk(await services.router('youths.open', { id: ids.dirk })) as YouthFile).access.kind).toBe('emergency');
    clock.advance(1000);
    expect(await services.router('youths.open', { id: ids.dirk })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } });
    expect(await visibleNames(services)).toEqual(['Anouk']);
    expect(expectOk(await services.router('emergency.active', undefined))).toEqual([]);

    // A new need is a new request, with its own reason and its own entry.
    const again = expectOk(await services.router('emergency.request', { youthId: ids.dirk, reason: `${reason} Nog steeds vermist.` })) as EmergencyGrant;
    expect(again.id).not.toBe(grant.id);
    expect(await visibleNames(services)).toEqual(['Anouk', 'Dirk']);
  });

  it('does not count while the clock is set back before the grant: a wrong clock never extends it', async () => {
    const { services, clock, ids } = await setting();
    await signIn(services, 'lead');
    const grantedAt = clock.now();
    expectOk(await services.router('emergency.request', { youthId: ids.anouk, reason }));
    expect(await visibleNames(services)).toEqual(['Anouk', 'Cato']);

    // The computer's clock goes back an hour; signing in again, the user is told, and nothing is lost.
    lock(services.context);
    clock.set(new Date(grantedAt.getTime() - hours(1)));
    const info = (await signIn(services, 'lead')) as SessionInfo;
    expect(info.notices).toEqual([expect.stringContaining('De klok van deze computer loopt achter')]);
    expect(await visibleNames(services)).toEqual(['Cato']);
    expect(await services.router('youths.open', { id: ids.anouk })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(expectOk(await services.router('emergency.active', undefined))).toEqual([]);

    clock.set(new Date(grantedAt.getTime() + minutes(1)));
    expect(await visibleNames(services)).toEqual(['Anouk', 'Cato']);
  });

  it('is not revived by setting the clock back after it ended, and no new grant is made on a clock that is behind', async () => {
    const { services, clock, ids } = await setting();
    await signIn(services, 'worker');
    const grant = expectOk(await services.router('emergency.request', { youthId: ids.cato, reason })) as EmergencyGrant;
    // The shift ends; the worker keeps working (entries with the real time), then turns the clock back into the grant.
    clock.set(new Date(Date.parse(grant.expiresAt) + hours(2)));
    expect(await visibleNames(services)).toEqual(['Anouk']);
    lock(services.context);
    clock.set(new Date(Date.parse(grant.grantedAt) + hours(1)));
    const info = (await signIn(services, 'worker')) as SessionInfo;
    expect(info.notices).toEqual([expect.stringContaining('De klok van deze computer loopt achter')]);
    // Entries written at the wrong time do not lower the floor.
    expect(await visibleNames(services)).toEqual(['Anouk']);
    expect(await visibleNames(services)).toEqual(['Anouk']);
    expect(await services.router('youths.open', { id: ids.cato })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await services.router('emergency.request', { youthId: ids.cato, reason })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: appMessages.clockBehind },
    });
  });
});
