import path from 'node:path';
import { runAudited } from '../services/audit/runAudited';
import type { ServiceContext } from '../services/context';
import { writeBackup, type BackupResult } from './writeBackup';

/**
 * Backs up the open database for an administrator, and logs it in the access log of the
 * database it copied (the copy itself ends just before that entry).
 */
export function backUp(context: ServiceContext, options: { folder: string; keep: number }): BackupResult {
  const session = context.require('manageSettings');
  const { databasePath, migrationsFolder } = context.config;
  const result = writeBackup(
    { sqlite: session.handle.sqlite, databasePath, dataKey: session.dataKey, migrationsFolder },
    { folder: options.folder, keep: options.keep, at: context.now() },
  );
  runAudited(context, 'change', (_db, log) =>
    log({ action: 'export', objectType: 'backup', objectId: path.basename(result.path), details: describeBackup(result) }),
  );
  return result;
}

function describeBackup(result: BackupResult): string {
  const removed = result.removed.length > 0 ? `; ${result.removed.length} oudere back-up(s) verwijderd` : '';
  const log = result.logIntact ? '' : '; het toegangslog klopte niet met zijn ankerbestand';
  return `Back-up gemaakt en gecontroleerd: ${result.path} (${result.bytes} bytes)${removed}${log}`;
}

/** Logs a restore in the restored database, by the administrator who did it, once they are signed in. */
export function logRestore(context: ServiceContext, restored: { from: string; keptAside: string }): void {
  context.require('manageSettings');
  runAudited(context, 'change', (_db, log) =>
    log({
      action: 'change',
      objectType: 'backup',
      objectId: path.basename(restored.from),
      details: `Back-up teruggezet uit ${restored.from}; de vorige database staat in ${restored.keptAside}`,
    }),
  );
}
