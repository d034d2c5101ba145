import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { countEveryTable, vacuumInto } from '../../db/backup/copyDatabase';
import { DatabaseError } from '../../db/errors';
import type { ChainAnchor } from '../domain/audit/verifyChain';
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
 * leaves nothing behind. Afterwards only the `keep` newest backups stay — unless this copy's
 * access log did not hold: then no older backup is removed, since those may be the last ones
 * with an intact log.
 */
export function writeBackup(source: BackupSource, options: { folder: string; keep: number; at: Date }): BackupResult {
  const started = performance.now();
  const { folder, keep, at } = options;
  if (!Number.isInteger(keep) || keep < 1) throw backupError('DB_IO', backupMessages.keepInvalid);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw backupError('DB_NOT_FOUND', backupMessages.folderMissing);

  const target = freeBackupPath(folder, at);
  const partial = reservePartial(target);
  const leftovers = [...backupSetFiles(target), partial, `${partial}-journal`];
  let verified: VerifiedBackup;
  let logIntact: boolean;
  try {
    // Read before the copy: it names an entry the copy holds (anchors only follow commits).
    const sourceAnchor = readAnchorOf(source.databasePath);
    verified = copyAndVerify(source, partial, sourceAnchor.anchor);
    logIntact = verified.logIntact && sourceAnchor.readable;

    const companions = companionFiles(target);
    fs.copyFileSync(keySlotPath(source.databasePath), companions.keySlots);
    syncFile(companions.keySlots);
    keepAnchor(source.databasePath, target, logIntact ? verified.logHead : undefined);
    syncFile(partial);
    fs.renameSync(partial, target);
    syncFolder(folder);
  } catch (error) {
    for (const file of leftovers) fs.rmSync(file, { force: true });
    throw error instanceof DatabaseError ? error : writeFailure(error);
  }
  // After the rename: a failure to remove old backups must not take the new one with it.
  const removed = logIntact ? removeOldBackups(folder, keep) : [];
  return { path: target, bytes: fs.statSync(target).size, durationMs: performance.now() - started, schemaVersion: verified.schemaVersion, rows: verified.rows, logIntact, removed };
}

/**
 * Claims `<target>.partial` as an empty file (VACUUM INTO accepts an empty target), so two
 * backups started in the same second never write into one file; the second is told to retry.
 */
function reservePartial(target: string): string {
  const partial = `${target}.partial`;
  try {
    fs.closeSync(fs.openSync(partial, 'wx'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw backupError('DB_BUSY', backupMessages.backupRunning, error);
    throw writeFailure(error);
  }
  return partial;
}

/** A damaged anchor file is evidence, not a reason to refuse the backup: the log then counts as not intact. */
function readAnchorOf(databasePath: string): { anchor: ChainAnchor | undefined; readable: boolean } {
  try {
    return { anchor: readAuditAnchor(databasePath), readable: true };
  } catch {
    return { anchor: undefined, readable: false };
  }
}

/**
 * An intact log gets the copy's newest entry as its anchor (so deleting the backup's newest
 * entries later shows). A log that does not match the database's anchor keeps that anchor as it
 * is: the backup carries the same evidence, and `audit-verify` on it reports the same break.
 */
function keepAnchor(databasePath: string, target: string, intactHead: ChainAnchor | undefined): void {
  if (intactHead) {
    writeAuditAnchor(target, intactHead, true);
    return;
  }
  const sourceAnchor = auditAnchorPath(databasePath);
  if (fs.existsSync(sourceAnchor)) fs.copyFileSync(sourceAnchor, companionFiles(target).anchor);
}

/**
 * `VACUUM INTO` cannot run inside a transaction, so the source is counted just before and just
 * after the copy, and the verified copy (one snapshot taken in between) must hold, per table, a
 * count between the two. With no writer in between that is exactly the source's count; another
 * instance writing meanwhile does not make the backup fail, a copy that lost or gained rows does.
 * The app's own writes cannot interleave: this connection is busy with the copy.
 */
function copyAndVerify(source: BackupSource, partial: string, anchor: ChainAnchor | undefined): VerifiedBackup {
  for (let attempt = 0; attempt < copyAttempts; attempt++) {
    const before = countEveryTable(source.sqlite);
    vacuumInto(source.sqlite, partial);
    const after = countEveryTable(source.sqlite);
    const verified = verifyBackupFile(partial, source.dataKey, source.migrationsFolder, anchor);
    if (countsBetween(verified.rows, before, after)) return verified;
    fs.rmSync(partial, { force: true });
    fs.closeSync(fs.openSync(partial, 'wx'));
  }
  throw backupError('DB_CORRUPT', backupMessages.copyDiffers);
}

export function countsBetween(copy: Record<string, number>, before: Record<string, number>, after: Record<string, number>): boolean {
  const tables = Object.keys(before);
  const sameTables = (counts: Record<string, number>) => Object.keys(counts).length === tables.length && tables.every((table) => table in counts);
  return (
    sameTables(copy) &&
    sameTables(after) &&
    tables.every((table) => copy[table]! >= Math.min(before[table]!, after[table]!) && copy[table]! <= Math.max(before[table]!, after[table]!))
  );
}

function syncFile(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Makes the rename itself durable on Linux and macOS; Windows cannot open a folder for this and needs it not. */
function syncFolder(folder: string): void {
  let handle: number;
  try {
    handle = fs.openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(handle);
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    fs.closeSync(handle);
  }
}
