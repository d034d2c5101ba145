import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDatabaseInUse } from '../../db/backup/databaseInUse';
import { databaseFiles, openDatabase } from '../../db/client';
import { DatabaseError } from '../../db/errors';
import { findAccount } from '../../db/repositories/users';
import { AppError } from '../errors/AppError';
import type { UnlockInput } from '../../preload/contract';
import { readAuditAnchor } from '../services/audit/auditAnchor';
import { unwrapDataKey } from '../services/sessionService';
import { companionFiles, fileTimeStamp } from './backupFiles';
import { backupError, backupMessages, writeFailure } from './backupMessages';
import { verifyBackupFile, type VerifiedBackup } from './verifyBackup';

export interface RestorePlan {
  from: string;
  databasePath: string;
  /** The folder beside the database that will hold the replaced files. */
  keptAside: string;
  verified: VerifiedBackup;
  /** Of the backup file as verified: the copy put in place must be these very bytes. */
  sha256: string;
  /**
   * 'live': the current key slots open the backup too (one data key for the database's life), so
   * they stay: passwords changed and accounts disabled since the backup stay as they are now.
   * 'backup': they do not (missing, damaged, or this password is not in them): the backup's own
   * slots come back, with the passwords of that day.
   */
  keySlots: 'live' | 'backup';
}

/**
 * Verifies the chosen backup with the account's password (the integrity_check, its log against
 * its anchor, the account an active administrator in it) and says where the current database
 * would go and which key slots it keeps. Reads only: nothing is moved or written.
 */
export async function planRestore(databasePath: string, backupPath: string, migrationsFolder: string, login: UnlockInput, now: Date): Promise<RestorePlan> {
  if (!fs.statSync(backupPath, { throwIfNoEntry: false })?.isFile()) throw backupError('DB_NOT_FOUND', backupMessages.backupMissing);
  if (!fs.existsSync(companionFiles(backupPath).keySlots)) throw backupError('DB_NOT_FOUND', backupMessages.backupIncomplete);
  const { dataKey, userId, keySlots } = await keyForBackup(databasePath, backupPath, migrationsFolder, login);
  try {
    const sha256 = fileSha256(backupPath);
    const verified = verifyBackupFile(backupPath, dataKey, migrationsFolder, readAuditAnchor(backupPath));
    if (!verified.logIntact) throw backupError('DB_CORRUPT', backupMessages.backupLogBroken);
    assertAdministratorIn(backupPath, dataKey, migrationsFolder, userId);
    const keptAside = path.join(path.dirname(databasePath), `vervangen-${fileTimeStamp(now)}`);
    return { from: backupPath, databasePath, keptAside, verified, sha256, keySlots };
  } finally {
    dataKey.fill(0);
  }
}

/** The live key slots when this login opens them and their key opens the backup; otherwise the backup's own. */
async function keyForBackup(databasePath: string, backupPath: string, migrationsFolder: string, login: UnlockInput) {
  const live = await unwrapQuietly(databasePath, login);
  if (live) {
    if (opensWith(backupPath, live.dataKey, migrationsFolder)) return { dataKey: live.dataKey, userId: live.slot.userId, keySlots: 'live' as const };
    live.dataKey.fill(0);
  }
  const { dataKey, slot } = await unwrapDataKey(backupPath, login);
  return { dataKey, userId: slot.userId, keySlots: 'backup' as const };
}

async function unwrapQuietly(databasePath: string, login: UnlockInput) {
  if (!fs.existsSync(companionFiles(databasePath).keySlots)) return undefined;
  try {
    return await unwrapDataKey(databasePath, login);
  } catch (error) {
    if (error instanceof AppError || error instanceof DatabaseError) return undefined;
    throw error;
  }
}

function opensWith(file: string, dataKey: Buffer, migrationsFolder: string): boolean {
  try {
    openDatabase({ path: file, dataKey, migrationsFolder, readOnly: true }).close();
    return true;
  } catch (error) {
    if (error instanceof DatabaseError) return false;
    throw error;
  }
}

/**
 * The restored database is the one this account will work in: only an active administrator of
 * that database may put it in place, checked before anything moves.
 */
function assertAdministratorIn(backupPath: string, dataKey: Buffer, migrationsFolder: string, userId: string): void {
  const handle = openDatabase({ path: backupPath, dataKey, migrationsFolder, readOnly: true });
  try {
    const account = findAccount(handle.db, userId);
    if (account?.role !== 'administrator' || account.disabledAt !== null) throw new AppError('FORBIDDEN', backupMessages.restoreNeedsAdministrator);
  } finally {
    handle.close();
  }
}

function fileSha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The files that make up a database in use: the database, SQLite's own files, key slots and anchor. */
function liveFiles(databasePath: string): string[] {
  const { keySlots, anchor } = companionFiles(databasePath);
  return [...databaseFiles(databasePath), keySlots, anchor];
}

/**
 * Replaces the current database by the backup set, in three steps, so that a failure at any point
 * leaves the current database where it was:
 * 1. the backup's files are copied beside the live ones under a temporary name (`.restoring`) and
 *    flushed; a failure here has touched no live file;
 * 2. the live files are moved into the plan's folder, one by one, remembering which ones moved;
 * 3. the copies are renamed into place, the database last, remembering which ones were placed.
 * On a failure in 2 or 3 only what this restore placed is removed and only what it moved is moved
 * back (each on its own, so one failing step does not stop the others). Refused while any
 * connection has the database open; the staged copy must be the bytes the plan verified.
 */
export function restoreBackup(plan: RestorePlan): void {
  const { databasePath, keptAside, from } = plan;
  // The key slots hold the only wrapped data key: a set without them can never be opened.
  if (![from, companionFiles(from).keySlots].every((file) => fs.existsSync(file))) throw backupError('DB_NOT_FOUND', backupMessages.backupIncomplete);
  // An app open on it (this user's or another Windows user's) would go on writing into a file
  // that is no longer the database. The probe is released before the swap: on Windows an open
  // handle would block the renames, and there a late opener makes the swap fail and roll back.
  if (fs.existsSync(databasePath) && isDatabaseInUse(databasePath)) throw backupError('DB_BUSY', backupMessages.databaseInUse);
  const liveSlots = companionFiles(databasePath).keySlots;
  const keepLiveSlots = plan.keySlots === 'live';
  const incoming = pairs(from, databasePath).filter(([, target]) => !(keepLiveSlots && target === liveSlots));
  const present = incoming.filter(([source]) => fs.existsSync(source));
  const staged: string[] = [];
  try {
    for (const [source, target] of present) staged.push(copyDurably(source, `${target}.restoring`));
  } catch (error) {
    removeQuietly(staged);
    throw writeFailure(error);
  }
  if (fileSha256(`${databasePath}.restoring`) !== plan.sha256) {
    removeQuietly(staged);
    throw backupError('DB_CORRUPT', backupMessages.backupChangedSinceCheck);
  }

  try {
    fs.mkdirSync(keptAside);
  } catch (error) {
    removeQuietly(staged);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw backupError('DB_BUSY', backupMessages.restoreTargetBusy);
    throw writeFailure(error);
  }
  const moved: string[] = [];
  const placed: string[] = [];
  try {
    for (const file of liveFiles(databasePath).filter((candidate) => fs.existsSync(candidate))) {
      // Kept slots stay in place; the folder gets a copy, so it holds the whole replaced set.
      if (keepLiveSlots && file === liveSlots) {
        fs.copyFileSync(file, path.join(keptAside, path.basename(file)));
        continue;
      }
      fs.renameSync(file, path.join(keptAside, path.basename(file)));
      moved.push(file);
    }
    for (const [, target] of present) {
      fs.renameSync(`${target}.restoring`, target);
      placed.push(target);
    }
  } catch (error) {
    removeQuietly([...placed, ...staged]);
    for (const file of moved) {
      try {
        fs.renameSync(path.join(keptAside, path.basename(file)), file);
      } catch {
        // Left in the kept-aside folder, which the message names; never deleted.
      }
    }
    throw writeFailure(error);
  }
}

function removeQuietly(files: readonly string[]): void {
  for (const file of files) {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // A copy that cannot be removed is only a stray `.restoring` file, never live data.
    }
  }
}

function pairs(backupPath: string, databasePath: string): [string, string][] {
  const from = companionFiles(backupPath);
  const to = companionFiles(databasePath);
  // The database last: until it is in place, no half-restored set can be opened.
  return [
    [from.keySlots, to.keySlots],
    [from.anchor, to.anchor],
    [backupPath, databasePath],
  ];
}

function copyDurably(source: string, temporary: string): string {
  fs.copyFileSync(source, temporary);
  const handle = fs.openSync(temporary, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  return temporary;
}
