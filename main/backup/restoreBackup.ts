import fs from 'node:fs';
import path from 'node:path';
import { databaseFiles } from '../../db/client';
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
}

/**
 * Verifies the chosen backup with the account's password (its own key slots, the full
 * integrity_check, its log against its anchor) and says where the current database would go.
 * Reads only: nothing is moved or written.
 */
export async function planRestore(databasePath: string, backupPath: string, migrationsFolder: string, login: UnlockInput, now: Date): Promise<RestorePlan> {
  if (!fs.statSync(backupPath, { throwIfNoEntry: false })?.isFile()) throw backupError('DB_NOT_FOUND', backupMessages.backupMissing);
  if (!fs.existsSync(companionFiles(backupPath).keySlots)) throw backupError('DB_NOT_FOUND', backupMessages.backupIncomplete);
  const { dataKey } = await unwrapDataKey(backupPath, login);
  try {
    const verified = verifyBackupFile(backupPath, dataKey, migrationsFolder, readAuditAnchor(backupPath));
    if (!verified.logIntact) throw backupError('DB_CORRUPT', backupMessages.backupLogBroken);
    const keptAside = path.join(path.dirname(databasePath), `vervangen-${fileTimeStamp(now)}`);
    return { from: backupPath, databasePath, keptAside, verified };
  } finally {
    dataKey.fill(0);
  }
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
 * back (each on its own, so one failing step does not stop the others). The app must not have
 * the database open.
 */
export function restoreBackup(plan: RestorePlan): void {
  const { databasePath, keptAside, from } = plan;
  // The key slots hold the only wrapped data key: a set without them can never be opened.
  if (![from, companionFiles(from).keySlots].every((file) => fs.existsSync(file))) throw backupError('DB_NOT_FOUND', backupMessages.backupIncomplete);
  const incoming = pairs(from, databasePath);
  const present = incoming.filter(([source]) => fs.existsSync(source));
  const staged: string[] = [];
  try {
    for (const [source, target] of present) staged.push(copyDurably(source, `${target}.restoring`));
  } catch (error) {
    removeQuietly(staged);
    throw writeFailure(error);
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
