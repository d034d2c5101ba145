import type { BackupStatus, BackupSummary } from '../../preload/contract/backups';
import { DatabaseError } from '../../db/errors';
import type { ServiceContext } from '../services/context';
import { backupMessages } from './backupMessages';
import type { BackupRunner } from './backupRunner';

/** Where no folder is configured (the command line, a test without one): nothing is ever overdue. */
const notConfigured: BackupStatus = { lastSuccessAt: null, lastFileName: null, intervalMinutes: 0, overdue: false, running: false, lastError: null };

/** The backups.* calls: the status for everyone signed in, a backup now for the administrator. */
export function backupHandlers(context: ServiceContext, runner: BackupRunner | undefined) {
  return {
    status: (): BackupStatus => {
      context.requireUnlocked();
      return runner ? runner.status() : notConfigured;
    },
    run: (): Promise<BackupSummary> => {
      context.require('manageSettings');
      if (!runner) throw new DatabaseError('DB_NOT_FOUND', backupMessages.noFolderConfigured);
      return runner.run('manual');
    },
  };
}
