import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keySlotPath } from '../../main/security/keySlotStore';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import { passwordContainsNameMessage, type Account, type AccessLogPage, type EmergencyGrant, type Location, type YouthFile } from '../../preload/contract';
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
    const { youth } = expectOk(await services.router('youths.open', { id: cato! })) as YouthFile;
    const update = { id: cato, firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', locationId: youth.locationId, profile: {}, basedOnUpdatedAt: youth.updatedAt };
    const moved = await services.router('youths.update', { ...update, locationId: own.id });
    expect(moved).toEqual({ ok: false, error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { locationId: appMessages.noMoveUnderEmergency } } });
    // Other corrections stay possible under emergency access.
    expect(await services.router('youths.update', { ...update, lastName: 'Claessen' })).toMatchObject({ ok: true, value: { lastName: 'Claessen' } });
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

  it('a refused look at a file, and a refused change of it, are logged as refused; nothing is shown or changed', async () => {
    const services = await staffedServices();
    const [cato] = await seedYouths(services, [{ firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', location: 'Groep Zuid' }]);
    await signIn(services, 'worker');
    expect(await services.router('youths.open', { id: cato })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const renamed = { id: cato, firstName: 'Cato', lastName: 'Claessen', dateOfBirth: '2009-05-03', locationId: 'onbekend', profile: {}, basedOnUpdatedAt: 'onbekend' };
    expect(await services.router('youths.update', renamed)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rows = services.context
      .requireUnlocked()
      .handle.sqlite.prepare("SELECT user_name, action, youth_id, details FROM access_log WHERE youth_id = ? AND action IN ('read', 'change', 'refused')")
      .all(cato);
    expect(rows).toEqual([
      { user_name: staff.worker.name, action: 'refused', youth_id: cato, details: 'openen; geen toegang: niet van de eigen locaties' },
      { user_name: staff.worker.name, action: 'refused', youth_id: cato, details: 'wijzigen; geen toegang: niet van de eigen locaties' },
    ]);
    lock(services.context);
    await signIn(services, 'officer');
    expect(expectOk(await services.router('youths.open', { id: cato! }))).toMatchObject({ youth: { lastName: 'Claes' } });
  });

  it('signing in over an open session logs the lock of the one signed in before', async () => {
    const services = await staffedServices();
    await signIn(services, 'worker');
    await signIn(services, 'officer');
    const last = services.context.requireUnlocked().handle.sqlite.prepare('SELECT user_name, action, details FROM access_log ORDER BY seq DESC LIMIT 2').all();
    expect(last).toEqual([
      { user_name: staff.officer.name, action: 'login', details: null },
      { user_name: staff.worker.name, action: 'lock', details: 'gewisseld van gebruiker' },
    ]);
  });

  it('an administrator cannot change their own role nor disable their own account', async () => {
    const services = await staffedServices();
    const session = await signIn(services, 'admin');
    const own = { id: session.user.id };
    // Not the last administrator (that has its own refusal): another one exists.
    expectOk(await services.router('accounts.create', { name: 'Bram Beheer', role: 'administrator', locationIds: [], password: 'tweede-beheer-wachtwoord' }));
    expect(await services.router('accounts.update', { ...own, role: 'groupWorker', locationIds: [(expectOk(await services.router('locations.list', undefined)) as Location[])[0]!.id] })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: appMessages.notOwnAccount },
    });
    expect(await services.router('accounts.disable', own)).toEqual({ ok: false, error: { code: 'CONFLICT', message: appMessages.notOwnAccount } });
  });

  it('the administrator sees no emergency reasons in the log or its CSV; the officer does; each search hit is in the youth’s history', async () => {
    const services = await staffedServices();
    const [cato] = await seedYouths(services, [{ firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', location: 'Groep Zuid' }]);
    await signIn(services, 'worker');
    expect(expectOk(await services.router('emergency.search', { query: 'claes' }))).toHaveLength(1);
    expectOk(await services.router('emergency.request', { youthId: cato, reason }));
    await signIn(services, 'admin');
    const forAdmin = expectOk(await services.router('accessLog.search', { action: 'emergencyAccess' })) as AccessLogPage;
    expect(forAdmin.entries.map((entry) => entry.reason)).toEqual(['(reden alleen zichtbaar voor de aandachtsfunctionaris)']);
    expect((expectOk(await services.router('accessLog.exportCsv', {})) as { csv: string }).csv).not.toContain(reason);
    await signIn(services, 'officer');
    const forOfficer = expectOk(await services.router('accessLog.search', { action: 'emergencyAccess' })) as AccessLogPage;
    expect(forOfficer.entries.map((entry) => entry.reason)).toEqual([reason]);
    const history = expectOk(await services.router('accessLog.forYouth', { youthId: cato })) as AccessLogPage['entries'];
    expect(history.filter((entry) => entry.details === 'in zoekresultaat voor noodtoegang').map((entry) => entry.userName)).toEqual([staff.worker.name]);
  });

  it('with a first password from the administrator, main itself refuses everything but the password change', async () => {
    const services = await staffedServices();
    await signIn(services, 'admin');
    const created = expectOk(await services.router('accounts.create', { name: 'Noor Nieuw', role: 'traffickingOfficer', locationIds: [], password: 'eerste-wachtwoord-noor' })) as Account;
    const info = expectOk(await services.router('session.unlock', { name: 'Noor Nieuw', password: 'eerste-wachtwoord-noor' })) as { mustChangePassword: boolean };
    expect(info.mustChangePassword).toBe(true);
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.changePasswordFirst } };
    expect(await services.router('youths.list', undefined)).toEqual(refused);
    expect(await services.router('accessLog.search', {})).toEqual(refused);
    expect(expectOk(await services.router('session.changePassword', { currentPassword: 'eerste-wachtwoord-noor', newPassword: 'mijn-eigen-zin-voor-nu' }))).toMatchObject({ mustChangePassword: false, user: { id: created.id } });
    expect(await services.router('youths.list', undefined)).toEqual({ ok: true, value: [] });
  });

  it('guessing the current password in the change-password form is throttled like a login', async () => {
    const services = await staffedServices();
    await signIn(services, 'worker');
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await services.router('session.changePassword', { currentPassword: `gok-${attempt}`, newPassword: 'een-nieuwe-zin-hier' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { currentPassword: appMessages.wrongCurrentPassword } },
      });
    }
    expect(await services.router('session.changePassword', { currentPassword: staff.worker.password, newPassword: 'een-nieuwe-zin-hier' })).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS' },
    });
  });

  it('a setup that crashed before renaming its slot file into place still opens: the staged file is adopted', async () => {
    const services = await staffedServices();
    const slots = keySlotPath(services.databasePath);
    fs.renameSync(slots, `${slots}.setup-2f0c`);
    expect(await signIn(services, 'worker')).toMatchObject({ user: { name: staff.worker.name } });
    expect(fs.existsSync(slots)).toBe(true);
  });
});
