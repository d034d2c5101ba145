import { describe, expect, it } from 'vitest';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import { passwordContainsNameMessage, type Account, type AccessLogPage, type EmergencyGrant, type Location } from '../../preload/contract';
import { seedYouths, signIn, staff } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const reason = 'Nachtdienst: de jongere is niet teruggekomen en ik zoek het signalement op.';

describe('access edge cases', () => {
  it('emergency access cannot move the youth to one of the worker’s own locations', async () => {
    const services = await staffedServices();
    const [cato] = await seedYouths(services, [{ firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', location: 'Groep Zuid' }]);
    await signIn(services, 'worker');
    expectOk(await services.router('emergency.request', { youthId: cato, reason }));
    const own = (expectOk(await services.router('locations.list', undefined)) as Location[])[0]!;
    const moved = await services.router('youths.update', { id: cato, firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', locationId: own.id });
    expect(moved).toEqual({ ok: false, error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { locationId: appMessages.noMoveUnderEmergency } } });
    // Other corrections stay possible under emergency access.
    expect(await services.router('youths.update', { id: cato, firstName: 'Cato', lastName: 'Claessen', dateOfBirth: '2009-05-03', locationId: (expectOk(await services.router('youths.open', { id: cato! })) as { youth: { locationId: string } }).youth.locationId })).toMatchObject({ ok: true, value: { lastName: 'Claessen' } });
  });

  it('a grant is reviewed once; a second review is refused and keeps the first note', async () => {
    const services = await staffedServices();
    const [cato] = await seedYouths(services, [{ firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', location: 'Groep Zuid' }]);
    await signIn(services, 'worker');
    const grant = expectOk(await services.router('emergency.request', { youthId: cato, reason })) as EmergencyGrant;
    lock(services.context);
    await signIn(services, 'officer');
    expectOk(await services.router('emergency.review', { id: grant.id, note: 'Terecht: vermissing.' }));
    expect(await services.router('emergency.review', { id: grant.id, note: 'Tweede keer.' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: appMessages.alreadyReviewed },
    });
    const rows = services.context.requireUnlocked().handle.sqlite.prepare('SELECT review_note FROM emergency_access').all();
    expect(rows).toEqual([{ review_note: 'Terecht: vermissing.' }]);
  });

  it('pages of the access log stay put although every look at the log is logged', async () => {
    const services = await staffedServices();
    await signIn(services, 'admin');
    const first = expectOk(await services.router('accessLog.search', { limit: 3, offset: 0 })) as AccessLogPage;
    const second = expectOk(await services.router('accessLog.search', { limit: 3, offset: 3, upToSeq: first.upToSeq })) as AccessLogPage;
    expect(first.entries.map((entry) => entry.seq)).toEqual([first.upToSeq, first.upToSeq - 1, first.upToSeq - 2]);
    expect(second.entries.map((entry) => entry.seq)).toEqual([first.upToSeq - 3, first.upToSeq - 4, first.upToSeq - 5]);
    // Without the fixed point the second page would start one entry later (the first look is logged).
    const drifting = expectOk(await services.router('accessLog.search', { limit: 3, offset: 3 })) as AccessLogPage;
    expect(drifting.entries[0]!.seq).toBe(first.upToSeq - 1);
  });

  it('an administrator reset refuses a password that contains the account’s name', async () => {
    const services = await staffedServices();
    await signIn(services, 'admin');
    const worker = (expectOk(await services.router('accounts.list', undefined)) as Account[]).find((account) => account.name === staff.worker.name)!;
    expect(await services.router('accounts.resetPassword', { id: worker.id, password: 'welkom wim groep 2026' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { password: passwordContainsNameMessage } },
    });
  });
});
