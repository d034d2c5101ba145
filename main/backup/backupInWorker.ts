import { Worker } from 'node:worker_threads';
import { DatabaseError } from '../../db/errors';
import { workerScript, type WorkerScript } from '../workers/workerScript';
import type { BackupJob, BackupWorkerReply } from './backupWorker';
import type { BackupResult } from './writeBackup';

/** A backup of a large database on a slow, busy disk; beyond this something is stuck. */
const backupTimeoutMs = 5 * 60_000;

function settle(reply: BackupWorkerReply): BackupResult {
  if (reply.ok) return reply.result;
  if ('expected' in reply) throw new DatabaseError(reply.expected.code, reply.expected.message);
  throw new Error(`Backup worker failed: ${reply.unexpected}`);
}

/**
 * writeBackup in a worker thread with its own read-only connection, so main keeps answering
 * calls, locking and counting idle time while the copy is made and verified. The job's key is a
 * copy, wiped by the worker.
 */
export function backupInWorker(job: BackupJob, script: WorkerScript = workerScript(import.meta.url, { source: './backupWorker.ts', built: './backupWorker.js' })): Promise<BackupResult> {
  const worker = new Worker(script.url, { workerData: job, ...(script.execArgv && { execArgv: script.execArgv }) });
  let timer: NodeJS.Timeout | undefined;
  return new Promise<BackupResult>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error('Backup worker timed out.')), backupTimeoutMs);
    worker.once('message', (reply: BackupWorkerReply) => {
      try {
        resolve(settle(reply));
      } catch (error) {
        reject(error);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (exitCode) => reject(new Error(`Backup worker stopped (exit code ${exitCode}) without a reply.`)));
  }).finally(async () => {
    clearTimeout(timer);
    await worker.terminate();
  });
}
