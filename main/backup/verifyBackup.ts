import { assertIntact, openDatabase } from '../../db/client';
import { countEveryTable, tableNames } from '../../db/backup/copyDatabase';
import { DatabaseError } from '../../db/errors';
import { iterateAccessLog } from '../../db/repositories/accessLog';
import { verifyChain, type ChainAnchor } from '../domain/audit/verifyChain';
import { backupError, backupMessages } from './backupMessages';

export interface VerifiedBackup {
  schemaVersion: number;
  rows: Record<string, number>;
  /** Whether the copy's access log holds its hash chain and agrees with the given anchor. */
  logIntact: boolean;
  /** The newest access-log entry in the copy: the backup's own anchor when the log is intact. */
  logHead: ChainAnchor | undefined;
}

/**
 * Opens a backup read-only with the data key (which proves the key and that the copy is
 * encrypted: a plaintext file does not open with a key), runs the full integrity_check, counts
 * every table and checks the access log's hash chain against the anchor that came with it
 * (reported, not thrown: a backup of a tampered log must still be made, evidence and all).
 * A damaged or foreign file is refused with one Dutch message; nothing is written.
 */
export function verifyBackupFile(file: string, dataKey: Buffer, migrationsFolder: string, anchor: ChainAnchor | undefined): VerifiedBackup {
  let handle;
  try {
    handle = openDatabase({ path: file, dataKey, migrationsFolder, readOnly: true });
  } catch (error) {
    throw refusedBackup(error);
  }
  try {
    assertIntact(handle.sqlite, 'integrity_check');
    const rows = countEveryTable(handle.sqlite);
    if (!tableNames(handle.sqlite).includes('access_log')) return { schemaVersion: handle.schemaVersion, rows, logIntact: true, logHead: undefined };
    const verdict = verifyChain(iterateAccessLog(handle.db), anchor);
    const logHead = verdict.ok && verdict.head ? { seq: verdict.head.seq, hash: verdict.head.hash } : undefined;
    return { schemaVersion: handle.schemaVersion, rows, logIntact: verdict.ok, logHead };
  } catch (error) {
    throw refusedBackup(error);
  } finally {
    handle.close();
  }
}

function refusedBackup(error: unknown): unknown {
  if (error instanceof DatabaseError && (error.code === 'DB_CORRUPT' || error.code === 'DB_WRONG_KEY')) {
    return backupError('DB_CORRUPT', backupMessages.backupDamaged, error);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))) {
    return backupError('DB_CORRUPT', backupMessages.backupDamaged, error);
  }
  return error;
}
