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
 * Moves the current database and everything beside it into the plan's folder, then copies the
 * backup set in (each file under a temporary name first, then renamed). If copying fails, the
 * copied files are removed and the old ones moved back. The app must not have the database open.
 */
export function restoreBackup(plan: RestorePlan): void {
  const { databasePath, keptAside, from } = plan;
  try {
    fs.mkdirSync(keptAside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw backupError('DB_BUSY', backupMessages.restoreTargetBusy);
    throw writeFailure(error);
  }
  const moved = liveFiles(databasePath).filter((file) => fs.existsSync(file));
  const incoming = pairs(from, databasePath).filter(([source]) => fs.existsSync(source));
  try {
    for (const file of moved) fs.renameSync(file, path.join(keptAside, path.basename(file)));
    for (const [source, target] of incoming) copyDurably(source, target);
  } catch (error) {
    for (const [, target] of incoming) for (const file of [target, `${target}.restoring`]) fs.rmSync(file, { force: true });
    for (const file of moved) {
      const aside = path.join(keptAside, path.basename(file));
      if (fs.existsSync(aside)) fs.renameSync(aside, file);
    }
    throw writeFailure(error);
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

function copyDurably(source: string, target: string): void {
  const temporary = `${target}.restoring`;
  fs.copyFileSync(source, temporary);
  const handle = fs.openSync(temporary, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temporary, target);
}
