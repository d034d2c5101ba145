import fs from 'node:fs';
import { backupSetFiles, listBackups } from './backupFiles';

/** Keeps the `keep` newest finished backups in the folder; returns the removed ones. */
export function removeOldBackups(folder: string, keep: number): string[] {
  const old = listBackups(folder).slice(keep);
  for (const backup of old) for (const file of backupSetFiles(backup)) fs.rmSync(file, { force: true });
  return old;
}
