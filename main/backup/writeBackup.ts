import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { countEveryTable, vacuumInto } from '../../db/backup/copyDatabase';
import { DatabaseError } from '../../db/errors';
import { auditAnchorPath, readAuditAnchor, writeAuditAnchor } from '../services/audit/auditAnchor';
import { keySlotPath } from '../security/keySlotStore';
import { backupSetFiles, companionFiles, freeBackupPath } from './backupFiles';
import { backupError, backupMessages, writeFailure } from './backupMessages';
import { removeOldBackups } from './retention';
import { verifyBackupFile, type VerifiedBackup } from './verifyBackup';

export interface BackupSource {
  /** An open, keyed connection to the database. */
  sqlite: Database.Database;
  databasePath: string;
  dataKey: Buffer;
  migrationsFolder: string;
}

export interface BackupResult {
  path: string;
  bytes: number;
  durationMs: number;
  schemaVersion: number;
  rows: Record<string, number>;
  /** False when the access log does not agree with its anchor: backed up as it is, evidence and all. */
  logIntact: boolean;
  /** Older backups removed by the retention setting. */
  removed: string[];
}

const copyAttempts = 3;

/**
 * Copies the database into the folder as `waakzaam-YYYY-MM-DD_HHMMSS.db` with its key slots and
 * audit anchor, verifies the copy, and only then gives it its final name; a failure at any step
 * leaves nothing behind. Afterwards only the `keep` newest backups stay.
 */
export function writeBackup(source: BackupSource, options: { folder: string; keep: number; at: Date }): BackupResult {
  const started = performance.now();
  const { folder, keep, at } = options;
  if (!Number.isInteger(keep) || keep < 1) throw backupError('DB_IO', backupMessages.keepInvalid);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw backupError('DB_NOT_FOUND', backupMessages.folderMissing);

  const target = freeBackupPath(folder, at);
  const partial = `${target}.partial`;
  const leftovers = [...backupSetFiles(target), partial, `${partial}-journal`];
  let rows: Record<string, number>;
  let verified: VerifiedBackup;
  try {
    // Read before the copy: it names an entry the copy holds (anchors only follow commits).
    const sourceAnchor = readAuditAnchor(source.databasePath);
    rows = copyConsistently(source.sqlite, partial);
    verified = verifyBackupFile(partial, source.dataKey, source.migrationsFolder, sourceAnchor);
    if (!sameCounts(verified.rows, rows)) throw backupError('DB_CORRUPT', backupMessages.copyDiffers);

    const companions = companionFiles(target);
    fs.copyFileSync(keySlotPath(source.databasePath), companions.keySlots);
    syncFile(companions.keySlots);
    keepAnchor(source.databasePath, target, verified);
    syncFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    for (const file of leftovers) fs.rmSync(file, { force: true });
    throw error instanceof DatabaseError ? error : writeFailure(error);
  }
  // After the rename: a failure to remove old backups must not take the new one with it.
  const removed = removeOldBackups(folder, keep);
  return { path: target, bytes: fs.statSync(target).size, durationMs: performance.now() - started, schemaVersion: verified.schemaVersion, rows, logIntact: verified.logIntact, removed };
}

/**
 * An intact log gets the copy's newest entry as its anchor (so deleting the backup's newest
 * entries later shows). A log that does not match the database's anchor keeps that anchor as it
 * is: the backup carries the same evidence, and `audit-verify` on it reports the same break.
 */
function keepAnchor(databasePath: string, target: string, verified: VerifiedBackup): void {
  if (verified.logIntact) {
    if (verified.logHead) writeAuditAnchor(target, verified.logHead, true);
    return;
  }
  const sourceAnchor = auditAnchorPath(databasePath);
  if (fs.existsSync(sourceAnchor)) fs.copyFileSync(sourceAnchor, companionFiles(target).anchor);
}

/**
 * `VACUUM INTO` cannot run inside a transaction, so the source is counted in a read transaction
 * before and after the copy: equal counts mean no other process wrote in between, and the copy
 * (one snapshot) must hold exactly those rows. The app's own writes cannot interleave: this
 * connection is busy with the copy.
 */
function copyConsistently(sqlite: Database.Database, partial: string): Record<string, number> {
  for (let attempt = 0; attempt < copyAttempts; attempt++) {
    const before = countEveryTable(sqlite);
    vacuumInto(sqlite, partial);
    if (sameCounts(before, countEveryTable(sqlite))) return before;
    fs.rmSync(partial, { force: true });
  }
  throw backupError('DB_BUSY', backupMessages.changedDuringCopy);
}

export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const tables = Object.keys(a);
  return tables.length === Object.keys(b).length && tables.every((table) => a[table] === b[table]);
}

function syncFile(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}
