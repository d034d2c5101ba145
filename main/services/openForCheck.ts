import fs from 'node:fs';
import { openDatabase, type DatabaseHandle } from '../../db/client';
import { DatabaseError, databaseMessages } from '../../db/errors';
import type { UnlockInput } from '../../preload/contract';
import { unwrapDataKey } from './sessionService';

/**
 * Opens the database read-only with an account's password, for IT checks (`admin verify`,
 * `admin audit-verify`): no migration, no settings, no log entry, nothing written.
 */
export async function openForCheck(databasePath: string, migrationsFolder: string, login: UnlockInput): Promise<DatabaseHandle> {
  if (!fs.existsSync(databasePath)) throw new DatabaseError('DB_NOT_FOUND', databaseMessages.notFound);
  const { dataKey } = await unwrapDataKey(databasePath, login);
  try {
    return openDatabase({ path: databasePath, dataKey, migrationsFolder, readOnly: true });
  } finally {
    dataKey.fill(0);
  }
}
