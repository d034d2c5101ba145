import fs from 'node:fs';
import { openDatabase } from '../../db/client';
import { knownSchemaVersion } from '../../db/migrate';
import { countRows } from '../../db/repositories/counts';
import type { UnlockInput } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import { unwrapDataKey } from './sessionService';

export interface VerifyReport {
  schemaVersion: number;
  knownSchemaVersion: number;
  integrity: 'ok';
  rows: Record<string, number>;
}

/**
 * Proves the key, the schema version and the integrity of every page without migrating or
 * writing anything: for IT staff checking a database or a backup.
 */
export async function verifyDatabase(databasePath: string, migrationsFolder: string, login: UnlockInput): Promise<VerifyReport> {
  if (!fs.existsSync(databasePath)) throw new AppError('DB_NOT_FOUND', 'Het databasebestand is niet gevonden.');
  const { dataKey } = await unwrapDataKey(databasePath, login);
  const handle = (() => {
    try {
      return openDatabase({ path: databasePath, dataKeyHex: dataKey.toString('hex'), migrationsFolder, migrate: false });
    } finally {
      dataKey.fill(0);
    }
  })();
  try {
    const problems = handle.sqlite.pragma('integrity_check') as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
      throw new AppError('DB_CORRUPT', `De integriteitscontrole vond ${problems.length} probleem/problemen. ${appMessages.internal}`);
    }
    return {
      schemaVersion: handle.schemaVersion,
      knownSchemaVersion: knownSchemaVersion(migrationsFolder),
      integrity: 'ok',
      rows: countRows(handle.db),
    };
  } finally {
    handle.close();
  }
}
