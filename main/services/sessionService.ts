import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { databaseFiles, openDatabase } from '../../db/client';
import { DatabaseError, databaseMessages } from '../../db/errors';
import { lastAccessLogRow } from '../../db/repositories/accessLog';
import { insertUser, nameKey } from '../../db/repositories/users';
import type { LockReason, Role, SessionStatus, SetupInput, SetupResult, UnlockInput } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import { isBelowFloor } from '../security/kdf';
import { createPasswordSlot, createRecoverySlot, newDataKey, openPasswordSlot, spendFailedAttempt, type KeySlotFile, type PasswordSlot } from '../security/keySlots';
import { findSlotByLogin, keySlotPath, readKeySlots, writeStagedKeySlots } from '../security/keySlotStore';
import { newRecoveryKey } from '../security/recoveryKey';
import { anchorAfterCommit, runAudited } from './audit/runAudited';
import { recordAccess } from './audit/recordAccess';
import type { ServiceContext } from './context';
import { assertMayAttempt, failAttempt } from './session/loginAttempts';
import { openSession } from './session/openSession';
import { sessionInfo } from './session/sessionInfo';
import { upgradeWeakSlot } from './session/upgradeWeakSlot';

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
  if (current) return { state: 'unlocked', session: sessionInfo(context, current) };
  return isSetUp(context) ? { state: 'locked' } : { state: 'needsSetup' };
}

/**
 * First run: a random data key, the first account, its key slot and the recovery key. The
 * database is built completely under a temporary name and then linked into place, which fails
 * if a database appeared meanwhile: a crash or a second setup (the app and `admin init` at once)
 * never leaves a half-made database or overwrites a real one.
 */
export async function setUp(context: ServiceContext, input: SetupInput, role: Role = 'administrator'): Promise<SetupResult> {
  const { databasePath, migrationsFolder } = context.config;
  if (isSetUp(context)) throw new AppError('ALREADY_SET_UP', appMessages.alreadySetUp);
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });

  const dataKey = newDataKey();
  try {
    const userId = randomUUID();
    const now = context.nowIso();
    const recoveryKey = newRecoveryKey();
    const [slot, recovery] = await Promise.all([
      createPasswordSlot(dataKey, { userId, login: nameKey(input.name) }, input.password),
      createRecoverySlot(dataKey, recoveryKey, now),
    ]);
    const stagingId = randomUUID();
    const staging = `${databasePath}.setup-${stagingId}`;
    // The slot file is staged first: a crash right after the link leaves it to be adopted
    // (see readKeySlots), never a database without any way to open it.
    const stagedSlots = writeStagedKeySlots(databasePath, { format: 'waakzaam-keyslots', version: 1, slots: [slot], recovery }, stagingId);
    try {
      const handle = openDatabase({ path: staging, dataKey, migrationsFolder, create: true });
      try {
        handle.db.transaction(() => {
          const user = insertUser(handle.db, { id: userId, name: input.name, role, now });
          const actor = { userId, userName: user.name, role, workstation: context.workstation };
          recordAccess(handle.db, actor, now, { action: 'create', objectType: 'account', objectId: userId, details: 'eerste account bij het inrichten' });
          recordAccess(handle.db, actor, now, { action: 'create', objectType: 'recoveryKey' });
        });
      } finally {
        handle.close();
      }
      linkIntoPlace(staging, databasePath);
      fs.renameSync(stagedSlots, keySlotPath(databasePath));
    } finally {
      for (const file of [...databaseFiles(staging), stagedSlots]) fs.rmSync(file, { force: true });
    }
    const session = openSession(context, dataKey, { userId, name: input.name });
    return { session, recoveryKey };
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

export function readSlotsOrFail(databasePath: string): KeySlotFile {
  try {
    const slots = readKeySlots(databasePath);
    if (slots) return slots;
  } catch {
    // An unreadable slot file is reported like a missing one: either way no key can be had.
  }
  throw new AppError('DB_WRONG_KEY', appMessages.keySlotsMissing);
}

/**
 * Opens the user's key slot with the password. A missing user costs the same KDF time and gets
 * the same answer as a wrong password; a slot weaker than the floor is refused unopened.
 */
export async function unwrapDataKey(
  databasePath: string,
  input: UnlockInput,
  slots: KeySlotFile = readSlotsOrFail(databasePath),
): Promise<{ dataKey: Buffer; slot: PasswordSlot }> {
  const slot = findSlotByLogin(slots, nameKey(input.name));
  if (!slot) {
    await spendFailedAttempt(input.password);
    throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
  }
  if (isBelowFloor(slot.kdf)) throw new AppError('KEY_SLOT_DOWNGRADE', appMessages.keySlotDowngrade);
  const dataKey = await openPasswordSlot(slot, input.password);
  if (!dataKey) throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
  return { dataKey, slot };
}

export async function unlock(context: ServiceContext, input: UnlockInput) {
  const { databasePath } = context.config;
  if (!isSetUp(context)) throw new AppError('NOT_SET_UP', appMessages.notSetUp);
  if (!databaseExists(context)) throw new DatabaseError('DB_NOT_FOUND', databaseMessages.notFound);
  const login = nameKey(input.name);
  // Whoever was signed in is signed out first, with its lock entry, whatever this attempt brings.
  if (context.current) lock(context, 'switchUser');
  assertMayAttempt(context, { login });
  const slots = readSlotsOrFail(databasePath);
  const known = findSlotByLogin(slots, login) !== undefined;
  if (!known && slots.disabled?.some((entry) => entry.login === login)) {
    throw new AppError('ACCOUNT_DISABLED', appMessages.accountDisabled);
  }
  let unwrapped: Awaited<ReturnType<typeof unwrapDataKey>>;
  try {
    unwrapped = await unwrapDataKey(databasePath, input, slots);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'WRONG_CREDENTIALS' || error.code === 'KEY_SLOT_DOWNGRADE')) {
      const cause = error.code === 'KEY_SLOT_DOWNGRADE' ? ('keySlotDowngrade' as const) : undefined;
      failAttempt(context, { login }, { loggedLogin: known ? input.name.trim() : null, ...(cause ? { cause } : {}) }, error);
    }
    throw error;
  }
  const { dataKey, slot } = unwrapped;
  try {
    const info = openSession(context, dataKey, { userId: slot.userId, name: input.name });
    await upgradeWeakSlot(context, slot, input.password);
    return info;
  } finally {
    dataKey.fill(0);
  }
}

/** Logs the lock, flushes the log's anchor to disk, then drops the key and the connection. */
export function lock(context: ServiceContext, reason: LockReason = 'manual'): null {
  const session = context.current;
  if (!session) return null;
  try {
    runAudited(context, 'change', (_db, log) => log({ action: 'lock', objectType: 'session', details: lockDetails[reason] }));
    const head = lastAccessLogRow(session.handle.db);
    if (head) anchorAfterCommit(context, head, true);
  } catch (error) {
    // Locking must never fail: the key goes whatever the log says.
    context.config.logger.error('lock entry not written', error);
  } finally {
    context.end(reason);
  }
  return null;
}

const lockDetails: Record<LockReason, string> = {
  manual: 'vergrendeld door de gebruiker',
  idle: 'automatisch vergrendeld na inactiviteit',
  switchUser: 'gewisseld van gebruiker',
  system: 'vergrendeld omdat het scherm van de computer op slot ging of de computer in slaapstand ging',
  quit: 'app afgesloten',
};
