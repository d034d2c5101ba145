import fs from 'node:fs';
import path from 'node:path';
import { auditAnchorPath } from '../services/audit/auditAnchor';
import { keySlotPath } from '../security/keySlotStore';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD_HHMMSS` in the computer's local time, as IT reads folder listings. */
export function fileTimeStamp(at: Date): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${date}_${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

export function backupFileName(at: Date): string {
  return `waakzaam-${fileTimeStamp(at)}.db`;
}

const backupNamePattern = /^waakzaam-\d{4}-\d{2}-\d{2}_\d{6}(-\d+)?\.db$/;

/**
 * A backup is a database with its key slots and audit anchor beside it under the same names the
 * app uses, so `admin verify` and `admin audit-verify` work on a backup as on the database.
 */
export function companionFiles(databasePath: string): { keySlots: string; anchor: string } {
  return { keySlots: keySlotPath(databasePath), anchor: auditAnchorPath(databasePath) };
}

export function backupSetFiles(databasePath: string): string[] {
  const { keySlots, anchor } = companionFiles(databasePath);
  return [databasePath, keySlots, anchor];
}

/** A free name in the folder: two backups in the same second get a suffix, never overwrite. */
export function freeBackupPath(folder: string, at: Date): string {
  const name = backupFileName(at);
  let candidate = path.join(folder, name);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(folder, name.replace(/\.db$/, `-${n}.db`));
  return candidate;
}

/** When a backup was made, read from its name (local time, as it was written). */
export function backupTakenAt(file: string): Date {
  const match = /^waakzaam-(\d{4})-(\d{2})-(\d{2})_(\d{2})(\d{2})(\d{2})(?:-\d+)?\.db$/.exec(path.basename(file));
  if (!match) throw new Error('Not a backup file name.');
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(year, month - 1, day, hours, minutes, seconds);
}

/** The finished backups in the folder, newest first. Only verified backups get their final name. */
export function listBackups(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => backupNamePattern.test(name))
    .sort(byNewestName)
    .map((name) => path.join(folder, name));
}

function byNewestName(a: string, b: string): number {
  const key = (name: string) => {
    const [, stamp = '', n = '1'] = /^waakzaam-(.+?)(?:-(\d+))?\.db$/.exec(name) ?? [];
    return `${stamp}#${n.padStart(6, '0')}`;
  };
  return key(b).localeCompare(key(a));
}
