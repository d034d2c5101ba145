import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appMessages } from '../../main/errors/AppError';
import { keySlotPath, readKeySlots } from '../../main/security/keySlotStore';
import { newRecoveryKey } from '../../main/security/recoveryKey';
import { lock } from '../../main/services/sessionService';
import { passwordContainsNameMessage, type SessionInfo } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { minutes, testClock } from '../support/clock';
import { signIn, staff } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const newPassword = 'nieuw-beheer-wachtwoord-1';
const wrongKey = { ok: false, error: { code: 'WRONG_CREDENTIALS', message: appMessages.wrongRecoveryKey } };
const wrongPassword = { ok: false, error: { code: 'WRONG_CREDENTIALS', message: appMessages.wrongCredentials } };

function slotsOf(databasePath: string) {
  const file = readKeySlots(databasePath)!;
  return Object.fromEntries(file.slots.map((slot) => [slot.login, JSON.stringify(slot)]));
}

describe('the recovery key', () => {
  it('opens the database after every password is forgotten and gives the administrator a new one', async () => {
    const services = await staffedServices();
    const { router, recoveryKey, databasePath } = services;
    const before = slotsOf(databasePath);
    const info = expectOk(await router('session.recover', { recoveryKey, name: staff.admin.name, newPassword })) as SessionInfo;
    expect(info).toMatchObject({ user: { name: staff.admin.name, role: 'administrator' }, mustChangePassword: false });
    expect(expectOk(await router('session.status', undefined))).toEqual({ state: 'unlocked', session: info });
    const entries = accessLogRows(services).slice(-3);
    expect(entries.map((entry) => [entry.action, entry.objectType, entry.userName])).toEqual([
      ['recovery', 'recoveryKey', staff.admin.name],
      ['change', 'password', staff.admin.name],
      ['login', 'session', staff.admin.name],
    ]);

    // Only the administrator's slot was replaced.
    const after = slotsOf(databasePath);
    const adminLogin = staff.admin.name.toLowerCase();
    expect(after[adminLogin]).not.toBe(before[adminLogin]);
    expect({ ...after, [adminLogin]: undefined }).toEqual({ ...before, [adminLogin]: undefined });

    lock(services.context);
    expect(await router('session.unlock', staff.admin)).toEqual(wrongPassword);
    expect(expectOk(await router('session.unlock', { name: staff.admin.name, password: newPassword }))).toMatchObject({ user: { name: staff.admin.name } });
    lock(services.context);
    expectOk(await router('session.unlock', staff.worker));
  });

  it('may be typed in lower case, with spaces instead of dashes', async () => {
    const { router, recoveryKey } = await staffedServices();
    const typed = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `;
    expect(expectOk(await router('session.recover', { recoveryKey: typed, name: staff.admin.name.toUpperCase(), newPassword }))).toMatchObject({
      user: { name: staff.admin.name },
    });
  });

  it('refuses a wrong key and counts it like a failed login; a successful recovery starts the count over', async () => {
    const clock = testClock(new Date(Date.now() + minutes(1)));
    const services = await staffedServices({ now: clock.now });
    const { router, recoveryKey } = services;
    const attempt = (key: string) => router('session.recover', { recoveryKey: key, name: staff.admin.name, newPassword });
    for (let i = 0; i < 3; i++) expect(await attempt(newRecoveryKey())).toEqual(wrongKey);
    // The fourth attempt waits, even with the right key.
    expect(await attempt(recoveryKey)).toEqual({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: appMessages.tooManyAttempts(5) } });
    clock.advance(5000);
    expectOk(await attempt(recoveryKey));
    const failed = accessLogRows(services).filter((row) => row.action === 'loginFailed');
    expect(failed).toHaveLength(3);
    for (const row of failed) expect(row).toMatchObject({ userName: null, role: null, details: 'herstelsleutel onjuist (bewaard buiten de database tot deze login)', objectType: 'session' });

    lock(services.context);
    for (let i = 0; i < 3; i++) expect(await attempt(newRecoveryKey())).toEqual(wrongKey);
  });

  it('gives a new password only to an active administrator account', async () => {
    const services = await staffedServices();
    const { router, recoveryKey, databasePath } = services;
    const before = fs.readFileSync(databasePath);
    const slots = fs.readFileSync(keySlotPath(databasePath), 'utf8');
    for (const name of [staff.worker.name, 'Niemand Bekend']) {
      expect(await router('session.recover', { recoveryKey, name, newPassword })).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: appMessages.notAnAdministrator },
      });
    }
    expect(expectOk(await router('session.status', undefined))).toEqual({ state: 'locked' });
    expect(fs.readFileSync(databasePath).equals(before)).toBe(true);
    expect(fs.readFileSync(keySlotPath(databasePath), 'utf8')).toBe(slots);
    expect(await router('session.recover', { recoveryKey, name: 'Eva', newPassword: 'eva-heeft-een-wachtwoord' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { newPassword: passwordContainsNameMessage } },
    });
  });

  it('can be replaced by the administrator: the old key stops working, the new one works', async () => {
    const services = await staffedServices();
    const { router, recoveryKey, databasePath } = services;
    await signIn(services, 'admin');
    const recoveryBefore = readKeySlots(databasePath)!.recovery;
    const passwordSlotsBefore = slotsOf(databasePath);
    const { recoveryKey: replacement } = expectOk(await router('accounts.newRecoveryKey', undefined)) as { recoveryKey: string };
    expect(replacement).not.toBe(recoveryKey);
    expect(readKeySlots(databasePath)!.recovery).not.toEqual(recoveryBefore);
    expect(slotsOf(databasePath)).toEqual(passwordSlotsBefore);
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'create', objectType: 'recoveryKey', userName: staff.admin.name });
    lock(services.context);

    expect(await router('session.recover', { recoveryKey, name: staff.admin.name, newPassword })).toEqual(wrongKey);
    expectOk(await router('session.recover', { recoveryKey: replacement, name: staff.admin.name, newPassword }));
  });

  it('explains when a database has no recovery slot', async () => {
    const { router, databasePath } = await staffedServices();
    const file = JSON.parse(fs.readFileSync(keySlotPath(databasePath), 'utf8'));
    delete file.recovery;
    fs.writeFileSync(keySlotPath(databasePath), JSON.stringify(file));
    expect(await router('session.recover', { recoveryKey: newRecoveryKey(), name: staff.admin.name, newPassword })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: appMessages.noRecoveryKey },
    });
  });
});
