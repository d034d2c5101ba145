import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { DatabaseError, databaseMessages, fromSqliteError } from './errors';
import { assertNotTooNew, migrate, schemaVersion } from './migrate';
import { storageLocation, systemLocationFacts, type LocationFacts } from './networkLocation';
import { applyCipher, applyConnectionSettings } from './pragmas';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

/** The database file and the files SQLite keeps beside it. */
export function databaseFiles(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];
}

export interface DatabaseHandle {
  readonly sqlite: Database.Database;
  readonly db: Db;
  readonly schemaVersion: number;
  /**
   * Runs `work` in one transaction (rolled back if it throws). Cheaper than drizzle's
   * `db.transaction`, which builds a new better-sqlite3 transaction function on every call.
   */
  transaction<T>(work: () => T, options?: TransactionOptions): T;
  close(): void;
}

export interface TransactionOptions {
  /** Take the write lock at the start (for read-then-write work such as chaining a log entry). */
  immediate?: boolean;
  /**
   * false: commit without waiting for the disk (synchronous=NORMAL in WAL). Still atomic and
   * safe against an app crash; an OS crash or power cut may lose it. Only for work that is not
   * a change the user saved; the next durable commit flushes it too.
   */
  durable?: boolean;
}

export interface OpenOptions {
  path: string;
  /** The raw 256-bit data key; the caller owns (and wipes) it. */
  dataKey: Buffer;
  migrationsFolder: string;
  /** Create a new database; refuses when a file already exists. Otherwise the file must exist. */
  create?: boolean;
  /**
   * Open without writing anything, not even a WAL checkpoint on close: no migrations and no
   * connection settings. For checks such as `admin verify`.
   */
  readOnly?: boolean;
  /** How to tell a network drive (tests inject a file system type); the system's by default. */
  location?: LocationFacts;
}

/**
 * Opens the encrypted database: key, proof of the key, integrity check, settings, migrations.
 * Nothing is written to the file until the key is proven and the file passes `quick_check`,
 * so a wrong key or a damaged file is reported without changing a byte.
 */
export function openDatabase(options: OpenOptions): DatabaseHandle {
  const { path, dataKey, migrationsFolder, create = false, readOnly = false, location = systemLocationFacts } = options;
  // Reading is safe anywhere (a backup on a share may be verified); locking for writes is not.
  if (!readOnly) refuseNetworkDrive(path, location);
  checkFileBeforeOpen(path, create);

  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { fileMustExist: !create, readonly: readOnly && !create });
    applyCipher(sqlite, dataKey);
    proveKey(sqlite);
    if (!create) assertIntact(sqlite, 'quick_check');
    if (readOnly) {
      sqlite.pragma('temp_store=MEMORY');
      assertNotTooNew(sqlite, migrationsFolder);
    } else {
      applyConnectionSettings(sqlite);
      migrate(sqlite, migrationsFolder);
    }
    const connection = sqlite;
    const inTransaction = connection.transaction((work: () => unknown) => work());
    const relaxSync = connection.prepare('PRAGMA synchronous=NORMAL');
    const restoreSync = connection.prepare('PRAGMA synchronous=FULL');
    return {
      sqlite: connection,
      db: drizzle({ client: connection, schema }),
      schemaVersion: schemaVersion(connection),
      transaction: <T>(work: () => T, { immediate = false, durable = true }: TransactionOptions = {}) => {
        if (!durable) relaxSync.run();
        try {
          return (immediate ? inTransaction.immediate(work) : inTransaction(work)) as T;
        } finally {
          if (!durable) restoreSync.run();
        }
      },
      close: () => connection.close(),
    };
  } catch (error) {
    sqlite?.close();
    throw fromSqliteError(error) ?? error;
  }
}

function refuseNetworkDrive(path: string, facts: LocationFacts): void {
  const location = storageLocation(path, facts);
  if (location.kind === 'network') throw new DatabaseError('DB_NETWORK_DRIVE', databaseMessages.networkDrive(location.what));
}

function checkFileBeforeOpen(path: string, create: boolean): void {
  const stat = fs.statSync(path, { throwIfNoEntry: false });
  if (create) {
    if (stat) throw new DatabaseError('DB_EXISTS', databaseMessages.alreadyExists);
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

/**
 * `quick_check` at every open (linear in the file size, about 15 ms for 10,000 youths);
 * the full `integrity_check` also compares indexes with their tables, for verify and backups.
 */
export function assertIntact(sqlite: Database.Database, check: 'quick_check' | 'integrity_check'): void {
  const rows = sqlite.pragma(check) as Record<string, string>[];
  if (rows.length !== 1 || rows[0]?.[check] !== 'ok') {
    throw new DatabaseError('DB_CORRUPT', databaseMessages.corrupt);
  }
  if (schemaVersion(sqlite) === 0) throw new DatabaseError('DB_CORRUPT', databaseMessages.empty);
}
