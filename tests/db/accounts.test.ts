import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLocationByName } from '../../db/repositories/locations';
import { nameKey } from '../../db/repositories/users';
import { appMessages } from '../../main/errors/AppError';
import { keySlotPath, readKeySlots } from '../../main/security/keySlotStore';
import { lock } from '../../main/services/sessionService';
import { passwordContainsNameMessage, type Account, type SessionInfo } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { signIn, staff, type StaffMember } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

type Services = Awaited<ReturnType<typeof staffedServices>>;

const wrongPassword = { ok: false, error: { code: 'WRONG_CREDENTIALS', message: appMessages.wrongCredentials } };

/** Each slot as it is written in the key slot file, by login. */
function slotTexts(databasePath: string): Record<string, string> {
  const file = readKeySlots(databasePath)!;
  return Object.fromEntries(file.slots.map((slot) => [slot.login, JSON.stringify(slot, null, 2)]));
}

function without<T extends Record<string, unknown>>(record: T, key: string): Omit<T, string> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

async function accountOf(services: Services, member: StaffMember): Promise<Account> {
  return (expectOk(await services.router('accounts.list', undefined)) as Account[]).find((account) => account.name === staff[member].name)!;
}

async function canSignIn(services: Services, member: StaffMember): Promise<boolean> {
  const result = await services.router('session.unlock', staff[member]);
  lock(services.context);
  return result.ok;
}

describe('changing your own password', () => {
  it('re-wraps only your own slot: every other slot stays byte for byte, and everyone else still signs in', async () => {
    const services = await staffedServices();
    const { router, databasePath } = services;
    await signIn(services, 'worker');
    const slotsBefore = slotTexts(databasePath);
    const fileBefore = fs.readFileSync(keySlotPath(databasePath), 'utf8');
    const recoveryBefore = JSON.stringify(readKeySlots(databasePath)!.recovery, null, 2);
    const newPassword = 'een-nieuw-groepswerk-wachtwoord';

    const info = expectOk(await router('session.changePassword', { currentPassword: staff.worker.password, newPassword })) as SessionInfo;
    expect(info).toMatchObject({ user: { name: staff.worker.name }, mustChangePassword: false });
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'change', objectType: 'password', userName: staff.worker.name, details: 'eigen wachtwoord gewijzigd' });

    const slotsAfter = slotTexts(databasePath);
    const worker = nameKey(staff.worker.name);
    expect(slotsAfter[worker]).not.toBe(slotsBefore[worker]);
    expect(without(slotsAfter, worker)).toEqual(without(slotsBefore, worker));
    expect(Object.keys(slotsAfter)).toEqual(Object.keys(slotsBefore));
    const fileAfter = fs.readFileSync(keySlotPath(databasePath), 'utf8');
    for (const text of Object.values(without(slotsBefore, worker)) as string[]) {
      expect(fileBefore).toContain(text.replace(/\n/g, '\n    '));
      expect(fileAfter).toContain(text.replace(/\n/g, '\n    '));
    }
    expect(fileAfter).toContain(recoveryBefore.replace(/\n/g, '\n  '));
    lock(services.context);

    for (const member of ['admin', 'officer', 'lead'] as const) expect(await canSignIn(services, member), member).toBe(true);
    expect(await router('session.unlock', staff.worker)).toEqual(wrongPassword);
    expectOk(await router('session.unlock', { name: staff.worker.name, password: newPassword }));
  });

  it('needs the current password and a new, different, acceptable one', async () => {
    const services = await staffedServices();
    const { router, databasePath } = services;
    await signIn(services, 'worker');
    const before = fs.readFileSync(keySlotPath(databasePath), 'utf8');
    const logged = accessLogRows(services).length;
    expect(await router('session.changePassword', { currentPassword: 'niet-mijn-wachtwoord', newPassword: 'een-nieuw-groepswerk-wachtwoord' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { currentPassword: appMessages.wrongCurrentPassword } },
    });
    expect(await router('session.changePassword', { currentPassword: staff.worker.password, newPassword: staff.worker.password })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { newPassword: 'Kies een nieuw wachtwoord dat verschilt van het huidige.' } },
    });
    expect(await router('session.changePassword', { currentPassword: staff.worker.password, newPassword: 'ik ben Wim Groep, echt' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { newPassword: passwordContainsNameMessage } },
    });
    for (const weak of ['kort', 'aaaaaaaaaaaaaaaa', 'Wachtwoord123']) {
      expect(await router('session.changePassword', { currentPassword: staff.worker.password, newPassword: weak }), weak).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { newPassword: expect.any(String) } },
      });
    }
    expect(fs.readFileSync(keySlotPath(databasePath), 'utf8')).toBe(before);
    expect(accessLogRows(services)).toHaveLength(logged);
  });
});

describe('accounts managed by the administrator', () => {
  it('a new account starts with a first password that must be changed at the first login', async () => {
    const services = await staffedServices();
    const { router } = services;
    await signIn(services, 'admin');
    const north = findLocationByName(services.context.requireUnlocked().handle.db, 'Groep Noord')!.id;
    const first = { name: 'Nina Nieuw', role: 'groupWorker', locationIds: [north], password: 'eerste-wachtwoord-nina' };
    const account = expectOk(await router('accounts.create', first)) as Account;
    expect(account).toMatchObject({ name: 'Nina Nieuw', role: 'groupWorker', locationIds: [north], disabledAt: null, mustChangePassword: true });
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'create', objectType: 'account', objectId: account.id, userName: staff.admin.name });
    expect(await router('accounts.create', { ...first, name: 'nina nieuw ' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: appMessages.nameTaken, fields: { name: appMessages.nameTaken } },
    });
    expect(await router('accounts.create', { ...first, name: 'Nina Twee', locationIds: ['bestaat-niet'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { locationIds: appMessages.locationNotFound } },
    });
    expect(await router('accounts.create', { ...first, name: 'Nina Drie', locationIds: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(readKeySlots(services.databasePath)!.slots.map((slot) => slot.login)).toEqual(
      [staff.admin, staff.officer, staff.worker, staff.lead, first].map((member) => nameKey(member.name)),
    );
    lock(services.context);

    const info = expectOk(await router('session.unlock', { name: 'Nina Nieuw', password: first.password })) as SessionInfo;
    expect(info.mustChangePassword).toBe(true);
    const changed = expectOk(await router('session.changePassword', { currentPassword: first.password, newPassword: 'mijn-eigen-wachtwoord' })) as SessionInfo;
    expect(changed.mustChangePassword).toBe(false);
  });

  it('disabling an account removes its key slot; it cannot sign in until a reset re-enables it', async () => {
    const services = await staffedServices();
    const { router, databasePath } = services;
    await signIn(services, 'admin');
    const worker = await accountOf(services, 'worker');
    const slotsBefore = slotTexts(databasePath);

    const disabled = expectOk(await router('accounts.disable', { id: worker.id })) as Account;
    expect(disabled.disabledAt).not.toBeNull();
    const file = readKeySlots(databasePath)!;
    expect(file.slots.some((slot) => slot.userId === worker.id)).toBe(false);
    expect(fs.readFileSync(keySlotPath(databasePath), 'utf8')).not.toContain(worker.id);
    expect(file.disabled).toEqual([{ login: nameKey(staff.worker.name), disabledAt: disabled.disabledAt }]);
    expect(slotTexts(databasePath)).toEqual(without(slotsBefore, nameKey(staff.worker.name)));
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'change', objectType: 'account', objectId: worker.id, details: 'uitgeschakeld; sleutelslot verwijderd' });
    lock(services.context);

    expect(await router('session.unlock', staff.worker)).toEqual({ ok: false, error: { code: 'ACCOUNT_DISABLED', message: appMessages.accountDisabled } });
    expect(await canSignIn(services, 'officer')).toBe(true);

    await signIn(services, 'admin');
    const temporary = 'tijdelijk-wachtwoord-9';
    const reset = expectOk(await router('accounts.resetPassword', { id: worker.id, password: temporary })) as Account;
    expect(reset).toMatchObject({ disabledAt: null, mustChangePassword: true });
    expect(readKeySlots(databasePath)!.disabled).toEqual([]);
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'change', objectType: 'password', objectId: worker.id, details: 'wachtwoord opnieuw ingesteld; account weer actief' });
    lock(services.context);

    expect(await router('session.unlock', staff.worker)).toEqual(wrongPassword);
    expect(expectOk(await router('session.unlock', { name: staff.worker.name, password: temporary }))).toMatchObject({ mustChangePassword: true });
  });

  it('the last active administrator can be neither disabled nor demoted', async () => {
    const services = await staffedServices();
    const { router } = services;
    await signIn(services, 'admin');
    const admin = await accountOf(services, 'admin');
    const lastAdministrator = { ok: false, error: { code: 'CONFLICT', message: appMessages.lastAdministrator } };
    expect(await router('accounts.disable', { id: admin.id })).toEqual(lastAdministrator);
    expect(await router('accounts.update', { id: admin.id, role: 'traffickingOfficer', locationIds: [] })).toEqual(lastAdministrator);
    expect(await accountOf(services, 'admin')).toEqual(admin);

    const second = expectOk(await router('accounts.create', { name: 'Bram Beheer', role: 'administrator', locationIds: [], password: 'tweede-beheer-wachtwoord' })) as Account;
    // An administrator changes other accounts only: Bram demotes Eva.
    expectOk(await router('session.unlock', { name: 'Bram Beheer', password: 'tweede-beheer-wachtwoord' }));
    expectOk(await router('session.changePassword', { currentPassword: 'tweede-beheer-wachtwoord', newPassword: 'eigen-beheer-wachtwoord' }));
    expectOk(await router('accounts.update', { id: admin.id, role: 'traffickingOfficer', locationIds: [] }));
    // Now Bram is the last one.
    expect(await router('accounts.disable', { id: second.id })).toEqual(lastAdministrator);
    expect(await router('accounts.update', { id: second.id, role: 'groupWorker', locationIds: [findLocationByName(services.context.requireUnlocked().handle.db, 'Groep Noord')!.id] })).toEqual(lastAdministrator);
    expect(await router('accounts.disable', { id: 'bestaat-niet' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: appMessages.accountNotFound } });
  });
});
