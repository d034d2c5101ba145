import fs from 'node:fs';
import { assertIntact, openDatabase } from '../../db/client';
import { DatabaseError, databaseMessages } from '../../db/errors';
import { knownSchemaVersion } from '../../db/migrate';
import { countRows } from '../../db/repositories/counts';
import type { UnlockInput } from '../../preload/contract';
import { unwrapDataKey } from './sessionService';

export interface VerifyReport {
  schemaVersion: number;
  knownSchemaVersion: number;
  rows: Record<string, number>;
}

/**
 * Proves the key, the schema version and the integrity of every page, read-only: no
 * migration, no settings, no WAL checkpoint. For IT staff checking a database or a backup.
 */
export async function verifyDatabase(databasePath: string, migrationsFolder: string, login: UnlockInput): Promise<VerifyReport> {
  if (!fs.existsSync(databasePath)) throw new DatabaseError('DB_NOT_FOUND', databaseMessages.notFound);
  const { dataKey } = await unwrapDataKey(databasePath, login);
  let handle;
  try {
    handle = openDatabase({ path: databasePath, dataKey, migrationsFolder, readOnly: true });
  } finally {
    dataKey.fill(0);
  }
  try {
    assertIntact(handle.sqlite, 'integrity_check');
    return { schemaVersion: handle.schemaVersion, knownSchemaVersion: knownSchemaVersion(migrationsFolder), rows: countRows(handle.db) };
  } finally {
    handle.close();
  }
}
