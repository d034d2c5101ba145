import { assertIntact } from '../../db/client';
import { knownSchemaVersion } from '../../db/migrate';
import { countRows } from '../../db/repositories/counts';
import type { UnlockInput } from '../../preload/contract';
import { openForCheck } from './openForCheck';

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
  const handle = await openForCheck(databasePath, migrationsFolder, login);
  try {
    assertIntact(handle.sqlite, 'integrity_check');
    return { schemaVersion: handle.schemaVersion, knownSchemaVersion: knownSchemaVersion(migrationsFolder), rows: countRows(handle.db) };
  } finally {
    handle.close();
  }
}
