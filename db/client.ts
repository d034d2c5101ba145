import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { DatabaseError, databaseMessages, fromSqliteError } from './errors';
import { assertNotTooNew, migrate, schemaVersion } from './migrate';
import { applyCipher, applyConnectionSettings } from './pragmas';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: Db;
  readonly schemaVersion: number;
  close(): void;
}

export interface OpenOptions {
  path: string;
  /** 64 hex characters: the raw 256-bit data key. */
  dataKeyHex: string;
  migrationsFolder: string;
  /** Create a new database; refuses when a file already exists. Otherwise the file must exist. */
  create?: boolean;
  /** Apply pending migrations (default). Off for a read-only check such as `admin verify`. */
  migrate?: boolean;
}

/**
 * Opens the encrypted database: key, proof of the key, integrity check, settings, migrations.
 * Nothing is written to the file until the key is proven and the file passes `quick_check`,
 * so a wrong key or a damaged file is reported without changing a byte.
 */
export function openDatabase(options: OpenOptions): DatabaseHandle {
  const { path, dataKeyHex, migrationsFolder, create = false } = options;
  const runMigrations = options.migrate ?? true;
  checkFileBeforeOpen(path, create);

  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { fileMustExist: !create });
    applyCipher(sqlite, dataKeyHex);
    proveKey(sqlite);
    if (!create) assertIntact(sqlite);
    applyConnectionSettings(sqlite);
    if (runMigrations) migrate(sqlite, migrationsFolder);
    else assertNotTooNew(sqlite, migrationsFolder);
    const connection = sqlite;
    return {
      path,
      sqlite: connection,
      db: drizzle({ client: connection, schema }),
      schemaVersion: schemaVersion(connection),
      close: () => connection.close(),
    };
  } catch (error) {
    sqlite?.close();
    throw fromSqliteError(error) ?? error;
  }
}

function checkFileBeforeOpen(path: string, create: boolean): void {
  const stat = fs.statSync(path, { throwIfNoEntry: false });
  if (create) {
    if (stat) throw new DatabaseError('DB_CORRUPT', databaseMessages.alreadyExists);
    return;
  }
  if (!stat) throw new DatabaseError('DB_NOT_FOUND', databaseMessages.notFound);
  // SQLite treats an empty file as a new database and would silently start over in it.
  if (stat.size === 0) throw new DatabaseError('DB_CORRUPT', databaseMessages.empty);
}

/** `PRAGMA key` answers ok for any key; only a read of page 1 shows whether it fits. */
function proveKey(sqlite: Database.Database): void {
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
}

function assertIntact(sqlite: Database.Database): void {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new DatabaseError('DB_CORRUPT', databaseMessages.corrupt);
  }
  if (schemaVersion(sqlite) === 0) throw new DatabaseError('DB_CORRUPT', databaseMessages.empty);
}
