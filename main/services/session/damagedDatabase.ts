import path from 'node:path';
import { openDatabase } from '../../../db/client';
import { DatabaseError, databaseMessages } from '../../../db/errors';
import { listBackups } from '../../backup/backupFiles';

/** Enough to step over a backup or two that was damaged later; each costs one read-only open. */
const backupsTried = 5;

/**
 * The refusal of a database that failed its check at unlock (`quick_check`, or page 1 that does
 * not open with the key its own slots hold), naming the backup IT can put back: the newest in
 * the configured backup folder that opens read-only with the same data key and passes
 * `quick_check` itself. Any other error is returned as it is. Nothing is written, neither to the database nor to the backups.
 */
export function refuseDamagedDatabase(
  error: unknown,
  options: { backupFolder: string | undefined; dataKey: Buffer; migrationsFolder: string },
): unknown {
  const { backupFolder } = options;
  if (!backupFolder || !(error instanceof DatabaseError) || (error.code !== 'DB_CORRUPT' && error.code !== 'DB_WRONG_KEY')) return error;
  const backup = newestUsableBackup(backupFolder, options);
  const hint = backup ? databaseMessages.newestBackup(path.basename(backup), backupFolder) : databaseMessages.noBackup(backupFolder);
  return new DatabaseError(error.code, `${error.message} ${hint}`, { cause: error });
}

function newestUsableBackup(folder: string, options: { dataKey: Buffer; migrationsFolder: string }): string | undefined {
  let candidates: string[];
  try {
    candidates = listBackups(folder).slice(0, backupsTried);
  } catch {
    return undefined;
  }
  return candidates.find((file) => {
    try {
      openDatabase({ path: file, dataKey: options.dataKey, migrationsFolder: options.migrationsFolder, readOnly: true }).close();
      return true;
    } catch {
      return false;
    }
  });
}
