import { randomUUID } from 'node:crypto';
import { findLocationByName, insertLocation, locationExists } from '../../db/repositories/locations';
import { readSettings, writeSettings } from '../../db/repositories/settings';
import {
  countActiveAdministrators,
  findAccount,
  insertUser,
  isNameTaken,
  listAccounts,
  nameKey,
  setUserLocations,
  updateUser,
} from '../../db/repositories/users';
import { passwordContainsName, passwordContainsNameMessage, type Account, type AccountUpdate, type Location, type NewAccount, type PasswordReset, type Settings } from '../../preload/contract';
import type { Db } from '../../db/client';
import { AppError, appMessages } from '../errors/AppError';
import { createPasswordSlot } from '../security/keySlots';
import { updateKeySlots } from '../security/keySlotStore';
import { runAudited, runAuditedIn } from './audit/runAudited';
import type { ServiceContext } from './context';
import { clearAttempts } from './session/loginAttempts';
import { withDataKeyCopy } from './session/dataKeyCopy';

export function listAllAccounts(context: ServiceContext): Account[] {
  context.require('manageAccounts');
  return runAudited(context, 'read', (db, log) => {
    log({ action: 'read', objectType: 'account', details: 'accountoverzicht' });
    return listAccounts(db);
  });
}

function assertLocationsExist(db: Db, locationIds: readonly string[]): void {
  if (locationIds.some((id) => !locationExists(db, id))) {
    throw new AppError('VALIDATION', appMessages.invalidInput, { locationIds: appMessages.locationNotFound });
  }
}

function requireAccount(db: Db, id: string): Account {
  const account = findAccount(db, id);
  if (!account) throw new AppError('NOT_FOUND', appMessages.accountNotFound);
  return account;
}

/** A new account with a first password; the user chooses their own at the first login. */
export async function createAccount(context: ServiceContext, input: NewAccount): Promise<Account> {
  const session = context.require('manageAccounts');
  if (isNameTaken(session.handle.db, input.name)) throw new AppError('CONFLICT', appMessages.nameTaken, { name: appMessages.nameTaken });
  const login = nameKey(input.name);
  const userId = randomUUID();
  const slot = await withDataKeyCopy(session, (dataKey) => createPasswordSlot(dataKey, { userId, login }, input.password));
  return runAuditedIn(context, session, 'change', (db, log) => {
    if (isNameTaken(db, input.name)) throw new AppError('CONFLICT', appMessages.nameTaken, { name: appMessages.nameTaken });
    assertLocationsExist(db, input.locationIds);
    insertUser(db, { id: userId, name: input.name, role: input.role, locationIds: input.locationIds, now: context.nowIso(), mustChangePassword: true });
    log({ action: 'create', objectType: 'account', objectId: userId, details: `rol ${input.role}` });
    updateKeySlots(context.config.databasePath, (file) => ({
      ...file,
      slots: [...file.slots.filter((existing) => existing.login !== login), slot],
      disabled: (file.disabled ?? []).filter((entry) => entry.login !== login),
    }));
    return requireAccount(db, userId);
  });
}

/** The session keeps the role it started with: an administrator changes other accounts only. */
function assertNotOwnAccount(context: ServiceContext, id: string): void {
  if (context.requireUnlocked().user.id === id) throw new AppError('CONFLICT', appMessages.notOwnAccount);
}

export function updateAccount(context: ServiceContext, input: AccountUpdate): Account {
  context.require('manageAccounts');
  return runAudited(context, 'change', (db, log) => {
    const account = requireAccount(db, input.id);
    if (account.role === 'administrator' && input.role !== 'administrator' && !account.disabledAt && countActiveAdministrators(db) <= 1) {
      throw new AppError('CONFLICT', appMessages.lastAdministrator);
    }
    if (input.role !== account.role) assertNotOwnAccount(context, input.id);
    assertLocationsExist(db, input.locationIds);
    updateUser(db, input.id, { role: input.role });
    setUserLocations(db, input.id, input.locationIds);
    log({ action: 'change', objectType: 'account', objectId: input.id, details: `rol ${input.role}, ${input.locationIds.length} locatie(s)` });
    return requireAccount(db, input.id);
  });
}

/** Removes the account's key slot: from now on it cannot open the database at all. */
export function disableAccount(context: ServiceContext, id: string): Account {
  context.require('manageAccounts');
  return runAudited(context, 'change', (db, log) => {
    const account = requireAccount(db, id);
    if (account.disabledAt) return account;
    if (account.role === 'administrator' && countActiveAdministrators(db) <= 1) throw new AppError('CONFLICT', appMessages.lastAdministrator);
    assertNotOwnAccount(context, id);
    const now = context.nowIso();
    updateUser(db, id, { disabledAt: now });
    log({ action: 'change', objectType: 'account', objectId: id, details: 'uitgeschakeld; sleutelslot verwijderd' });
    const login = nameKey(account.name);
    updateKeySlots(context.config.databasePath, (file) => ({
      ...file,
      slots: file.slots.filter((slot) => slot.userId !== id),
      disabled: [...(file.disabled ?? []).filter((entry) => entry.login !== login), { login, disabledAt: now }],
    }));
    return requireAccount(db, id);
  });
}

/** A new first password for a forgotten one (or a disabled account): a new slot, a fresh counter. */
export async function resetPassword(context: ServiceContext, input: PasswordReset): Promise<Account> {
  const session = context.require('manageAccounts');
  const account = requireAccount(session.handle.db, input.id);
  if (passwordContainsName(input.password, account.name)) {
    throw new AppError('VALIDATION', appMessages.invalidInput, { password: passwordContainsNameMessage });
  }
  const login = nameKey(account.name);
  const slot = await withDataKeyCopy(session, (dataKey) => createPasswordSlot(dataKey, { userId: account.id, login }, input.password));
  const updated = runAuditedIn(context, session, 'change', (db, log) => {
    updateUser(db, account.id, { disabledAt: null, mustChangePassword: true });
    log({
      action: 'change',
      objectType: 'password',
      objectId: account.id,
      details: account.disabledAt ? 'wachtwoord opnieuw ingesteld; account weer actief' : 'wachtwoord opnieuw ingesteld door de beheerder',
    });
    updateKeySlots(context.config.databasePath, (file) => ({
      ...file,
      slots: [...file.slots.filter((existing) => existing.userId !== account.id), slot],
      disabled: (file.disabled ?? []).filter((entry) => entry.login !== login),
    }));
    return requireAccount(db, account.id);
  });
  clearAttempts(context, [{ login }]);
  return updated;
}

export function createLocation(context: ServiceContext, name: string): Location {
  context.require('manageAccounts');
  return runAudited(context, 'change', (db, log) => {
    if (findLocationByName(db, name)) throw new AppError('CONFLICT', appMessages.locationTaken, { name: appMessages.locationTaken });
    const location = insertLocation(db, name, context.nowIso());
    log({ action: 'create', objectType: 'location', objectId: location.id });
    return location;
  });
}

export function getSettings(context: ServiceContext): Settings {
  return readSettings(context.requireUnlocked().handle.db);
}

export function updateSettings(context: ServiceContext, values: Settings): Settings {
  const session = context.require('manageSettings');
  return runAudited(context, 'change', (db, log) => {
    writeSettings(db, values, { userId: session.user.id, now: context.nowIso() });
    log({ action: 'change', objectType: 'settings', details: JSON.stringify(values) });
    return readSettings(db);
  });
}
