import path from 'node:path';
import type { BackupStatus, BackupSummary } from '../../preload/contract/backups';
import { DatabaseError } from '../../db/errors';
import { runAuditedIn } from '../services/audit/runAudited';
import type { ServiceContext, UnlockedSession } from '../services/context';
import { backupInWorker } from './backupInWorker';
import { backupTakenAt, listBackups } from './backupFiles';
import { backupMessages } from './backupMessages';
import type { BackupResult } from './writeBackup';

export interface BackupPolicy {
  folder: string;
  keep: number;
  /** Minutes of use (a session unlocked) between automatic backups. */
  intervalMinutes: number;
}

export type BackupTrigger = 'manual' | 'interval' | 'quit';

const triggerText: Record<BackupTrigger, string> = {
  manual: 'op verzoek',
  interval: 'automatisch, na de ingestelde gebruikstijd',
  quit: 'automatisch, bij het afsluiten',
};

export interface BackupRunner {
  /** Backs up now under the signed-in session; a backup already running is joined, not doubled. */
  run(trigger: BackupTrigger): Promise<BackupSummary>;
  /**
   * Counts `elapsedMs` of use while a session is unlocked, and backs up when the interval is full
   * — or at once, at the first tick of this run of the app, when the newest backup is already
   * older than the interval (the morning after, or after a failure in an earlier run).
   */
  tick(elapsedMs: number): Promise<void>;
  status(): BackupStatus;
}

/**
 * Automatic and manual backups of the open database, one at a time, each in a worker thread. The
 * last success is read from the folder (only verified backups get their final name), so it
 * survives a restart and counts backups made by the command line or another user's app too.
 */
export function createBackupRunner(context: ServiceContext, policy: BackupPolicy, work: typeof backupInWorker = backupInWorker): BackupRunner {
  let running: Promise<BackupSummary> | undefined;
  let usedMs = 0;
  let lastError: string | null = null;
  let attempted = false;

  const intervalMs = policy.intervalMinutes * 60_000;
  const isOverdue = (last: { at: Date } | undefined) => !last || context.now().getTime() - last.at.getTime() > intervalMs;

  function newest(): { at: Date; fileName: string } | undefined {
    try {
      const [file] = listBackups(policy.folder);
      return file ? { at: backupTakenAt(file), fileName: path.basename(file) } : undefined;
    } catch {
      return undefined;
    }
  }

  async function backUp(session: UnlockedSession, trigger: BackupTrigger): Promise<BackupSummary> {
    const dataKey = Buffer.from(session.dataKey);
    let result: BackupResult;
    try {
      const job = { databasePath: context.config.databasePath, migrationsFolder: context.config.migrationsFolder, dataKey, folder: policy.folder, keep: policy.keep, at: context.now().toISOString() };
      result = await work(job);
    } catch (error) {
      usedMs = 0;
      lastError = error instanceof DatabaseError ? error.message : backupMessages.writeFailed;
      context.config.logger.error('backup failed', error instanceof DatabaseError ? error.code : error instanceof Error ? error.name : typeof error);
      throw error instanceof DatabaseError ? error : new DatabaseError('DB_IO', backupMessages.writeFailed, { cause: error });
    } finally {
      dataKey.fill(0);
    }
    lastError = null;
    usedMs = 0;
    logBackup(session, result, trigger);
    return { fileName: path.basename(result.path), bytes: result.bytes, durationMs: result.durationMs, removed: result.removed.length, logIntact: result.logIntact };
  }

  /** In the access log of the session that started it; a session locked meanwhile leaves only the technical log. */
  function logBackup(session: UnlockedSession, result: BackupResult, trigger: BackupTrigger): void {
    try {
      runAuditedIn(context, session, 'change', (_db, log) =>
        log({ action: 'export', objectType: 'backup', objectId: path.basename(result.path), details: `Back-up gemaakt en gecontroleerd (${triggerText[trigger]}): ${result.bytes} bytes` }),
      );
    } catch {
      context.config.logger.error('backup made but not logged: the session ended meanwhile', path.basename(result.path));
    }
  }

  function run(trigger: BackupTrigger): Promise<BackupSummary> {
    if (running) return running;
    const session = context.requireUnlocked();
    attempted = true;
    running = backUp(session, trigger).finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    run,
    async tick(elapsedMs) {
      if (!context.current || running) return;
      usedMs += elapsedMs;
      if (usedMs < intervalMs && (attempted || !isOverdue(newest()))) return;
      await run('interval').catch(() => undefined);
    },
    status() {
      const last = newest();
      return {
        lastSuccessAt: last ? last.at.toISOString() : null,
        lastFileName: last?.fileName ?? null,
        intervalMinutes: policy.intervalMinutes,
        overdue: isOverdue(last),
        running: running !== undefined,
        lastError,
      };
    },
  };
}
