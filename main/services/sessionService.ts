import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { databaseFiles, openDatabase } from '../../db/client';
import { DatabaseError, databaseMessages } from '../../db/errors';
import { findActiveUserByName, insertUser, nameKey } from '../../db/repositories/users';
import type { Role, SessionStatus, SessionUser, SetupInput, UnlockInput } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import { createPasswordSlot, newDataKey, openPasswordSlot, spendFailedAttempt, type PasswordSlot } from '../security/keySlots';
import { findSlotByLogin, keySlotPath, readKeySlots, writeKeySlots } from '../security/keySlotStore';
import type { ServiceContext } from './context';

export function databaseExists(context: ServiceContext): boolean {
  return fs.existsSync(context.config.databasePath);
}

/**
 * A key slot file without its database still holds the only wrapped copy of that database's
 * key (the database may be on a drive that is not mounted, or waiting for a restore), so it
 * counts as set up: setup must never overwrite it.
 */
export function isSetUp(context: ServiceContext): boolean {
  return databaseExists(context) || fs.existsSync(keySlotPath(context.config.databasePath));
}

export function sessionStatus(context: ServiceContext): SessionStatus {
  const current = context.current;
  if (current) return { state: 'unlocked', user: current.user };
  return isSetUp(context) ? { state: 'locked' } : { state: 'needsSetup' };
}

/**
 * First run: a random data key, the first account and its key slot. The database is built
 * completely under a temporary name and then linked into place, which fails if a database
 * appeared meanwhile: a crash or a second setup (the app and `admin init` at once) never leaves
 * a half-made database or overwrites a real one.
 */
export async function setUp(context: ServiceContext, input: SetupInput, role: Role = 'administrator'): Promise<SessionUser> {
  const { databasePath, migrationsFolder } = context.config;
  if (isSetUp(context)) throw new AppError('ALREADY_SET_UP', appMessages.alreadySetUp);
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });

  const dataKey = newDataKey();
  try {
    const userId = randomUUID();
    const slot = await createPasswordSlot(dataKey, { userId, login: nameKey(input.name) }, input.password);
    const staging = `${databasePath}.setup-${randomUUID()}`;
    try {
      const handle = openDatabase({ path: staging, dataKeyHex: dataKey.toString('hex'), migrationsFolder, create: true });
      try {
        handle.db.transaction((tx) => insertUser(tx, { id: userId, name: input.name, role, now: context.nowIso() }));
      } finally {
        handle.close();
      }
      linkIntoPlace(staging, databasePath);
      writeKeySlots(databasePath, { format: 'waakzaam-keyslots', version: 1, slots: [slot] });
    } finally {
      for (const file of databaseFiles(staging)) fs.rmSync(file, { force: true });
    }
    return openSession(context, dataKey, { userId, name: input.name });
  } finally {
    dataKey.fill(0);
  }
}

function linkIntoPlace(staging: string, databasePath: string): void {
  try {
    fs.linkSync(staging, databasePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('ALREADY_SET_UP', appMessages.alreadySetUp);
    throw error;
  }
}

function openSession(context: ServiceContext, dataKey: Buffer, expected: { userId: string; name: string }): SessionUser {
  const { databasePath, migrationsFolder } = context.config;
  const handle = openDatabase({ path: databasePath, dataKeyHex: dataKey.toString('hex'), migrationsFolder });
  const user = findActiveUserByName(handle.db, expected.name);
  if (!user || user.id !== expected.userId) {
    handle.close();
    throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
  }
  context.begin({ handle, user });
  return user;
}

/**
 * Opens the user's key slot with the password. A missing user costs the same KDF time and gets
 * the same answer as a wrong password.
 */
export async function unwrapDataKey(databasePath: string, input: UnlockInput): Promise<{ dataKey: Buffer; userId: string }> {
  const slot = findSlotOrFail(databasePath, nameKey(input.name));
  if (!slot) {
    await spendFailedAttempt(input.password);
    throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
  }
  const dataKey = await openPasswordSlot(slot, input.password);
  if (!dataKey) throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
  return { dataKey, userId: slot.userId };
}

export async function unlock(context: ServiceContext, input: UnlockInput): Promise<SessionUser> {
  const { databasePath } = context.config;
  if (!isSetUp(context)) throw new AppError('NOT_SET_UP', appMessages.notSetUp);
  if (!databaseExists(context)) throw new DatabaseError('DB_NOT_FOUND', databaseMessages.notFound);
  const { dataKey, userId } = await unwrapDataKey(databasePath, input);
  try {
    return openSession(context, dataKey, { userId, name: input.name });
  } finally {
    dataKey.fill(0);
  }
}

function findSlotOrFail(databasePath: string, login: string): PasswordSlot | undefined {
  try {
    const slots = readKeySlots(databasePath);
    if (slots) return findSlotByLogin(slots, login);
  } catch {
    // An unreadable slot file is reported like a missing one: either way no key can be had.
  }
  throw new AppError('DB_WRONG_KEY', appMessages.keySlotsMissing);
}

export function lock(context: ServiceContext): null {
  context.end();
  return null;
}
