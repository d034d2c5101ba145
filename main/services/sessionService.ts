import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase, type DatabaseHandle } from '../../db/client';
import { findActiveUserByName, insertUser, nameKey } from '../../db/repositories/users';
import type { Role, SessionStatus, SessionUser, SetupInput, UnlockInput } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import { createPasswordSlot, newDataKey, openPasswordSlot, spendFailedAttempt } from '../security/keySlots';
import { findSlotByLogin, keySlotPath, readKeySlots, writeKeySlots } from '../security/keySlotStore';
import type { ServiceContext } from './context';

export function databaseExists(context: ServiceContext): boolean {
  return fs.existsSync(context.config.databasePath);
}

export function sessionStatus(context: ServiceContext): SessionStatus {
  const current = context.current;
  if (current) return { state: 'unlocked', user: current.user };
  return databaseExists(context) ? { state: 'locked' } : { state: 'needsSetup' };
}

/**
 * First run: a random data key, the first account's key slot, then the database.
 * The slot is written first: a crash in between leaves no database, so setup can simply run again.
 */
export async function setUp(
  context: ServiceContext,
  input: SetupInput,
  role: Role = 'administrator',
): Promise<SessionUser> {
  const { databasePath, migrationsFolder } = context.config;
  if (databaseExists(context)) throw new AppError('ALREADY_SET_UP', appMessages.alreadySetUp);
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });

  const dataKey = newDataKey();
  const userId = randomUUID();
  const slot = await createPasswordSlot(dataKey, { userId, login: nameKey(input.name) }, input.password);
  writeKeySlots(databasePath, { format: 'waakzaam-keyslots', version: 1, slots: [slot] });

  let handle: DatabaseHandle | undefined;
  try {
    handle = openDatabase({ path: databasePath, dataKeyHex: dataKey.toString('hex'), migrationsFolder, create: true });
    const db = handle.db;
    const user = db.transaction(() => insertUser(db, { id: userId, name: input.name, role, now: context.nowIso() }));
    context.begin({ handle, user });
    return user;
  } catch (error) {
    handle?.close();
    removeHalfCreated(databasePath);
    throw error;
  } finally {
    dataKey.fill(0);
  }
}

function removeHalfCreated(databasePath: string): void {
  for (const file of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`, keySlotPath(databasePath)]) {
    fs.rmSync(file, { force: true });
  }
}

/**
 * Opens the user's key slot with the password. A missing user costs the same KDF time and gets
 * the same answer as a wrong password.
 */
export async function unwrapDataKey(databasePath: string, input: UnlockInput): Promise<{ dataKey: Buffer; userId: string }> {
  const slots = readSlotsOrFail(databasePath);
  const slot = findSlotByLogin(slots, nameKey(input.name));
  if (!slot) {
    await spendFailedAttempt(input.password);
    throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
  }
  const dataKey = await openPasswordSlot(slot, input.password);
  if (!dataKey) throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
  return { dataKey, userId: slot.userId };
}

export async function unlock(context: ServiceContext, input: UnlockInput): Promise<SessionUser> {
  const { databasePath, migrationsFolder } = context.config;
  if (!databaseExists(context)) throw new AppError('NOT_SET_UP', appMessages.notSetUp);
  const { dataKey, userId } = await unwrapDataKey(databasePath, input);

  let handle: DatabaseHandle;
  try {
    handle = openDatabase({ path: databasePath, dataKeyHex: dataKey.toString('hex'), migrationsFolder });
  } finally {
    dataKey.fill(0);
  }
  const user = findActiveUserByName(handle.db, input.name);
  if (!user || user.id !== userId) {
    handle.close();
    throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
  }
  context.begin({ handle, user });
  return user;
}

function readSlotsOrFail(databasePath: string) {
  try {
    const slots = readKeySlots(databasePath);
    if (slots) return slots;
  } catch {
    // An unreadable slot file is reported like a missing one: either way no key can be had.
  }
  throw new AppError('DB_WRONG_KEY', appMessages.keySlotsMissing);
}

export function lock(context: ServiceContext): null {
  context.end();
  return null;
}
