import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/client';
import { DatabaseError } from '../../db/errors';
import { writeBackup, type BackupResult } from './writeBackup';

/**
 * Worker entry: copies and verifies the database on a read-only connection of its own, so the
 * app keeps answering for the seconds a backup takes (2,000 youths with photos: about 2.5 s).
 * Built beside main's bundle as out/main/backupWorker.js (electron.vite.config.ts); run from
 * source by backupInWorker.ts with tsx.
 */

export interface BackupJob {
  databasePath: string;
  migrationsFolder: string;
  /** A copy of the session's data key; wiped here when the job ends. */
  dataKey: Uint8Array;
  folder: string;
  keep: number;
  /** The moment the backup is named after, as an ISO instant. */
  at: string;
}

/** An error only crosses as its own properties: the caller rebuilds the DatabaseError from these. */
export type BackupWorkerReply =
  | { ok: true; result: BackupResult }
  | { ok: false; expected: { code: DatabaseError['code']; message: string } }
  | { ok: false; unexpected: string };

function run(job: BackupJob): BackupWorkerReply {
  const dataKey = Buffer.from(job.dataKey.buffer, job.dataKey.byteOffset, job.dataKey.byteLength);
  try {
    const handle = openDatabase({ path: job.databasePath, dataKey, migrationsFolder: job.migrationsFolder, readOnly: true });
    try {
      const result = writeBackup({ sqlite: handle.sqlite, databasePath: job.databasePath, dataKey, migrationsFolder: job.migrationsFolder }, { folder: job.folder, keep: job.keep, at: new Date(job.at) });
      return { ok: true, result };
    } finally {
      handle.close();
    }
  } catch (error) {
    if (error instanceof DatabaseError) return { ok: false, expected: { code: error.code, message: error.message } };
    return { ok: false, unexpected: error instanceof Error ? `${error.name} ${(error as { code?: string }).code ?? ''}`.trim() : typeof error };
  } finally {
    dataKey.fill(0);
  }
}

parentPort?.postMessage(run(workerData as BackupJob));
