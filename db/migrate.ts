import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DatabaseError, databaseMessages } from './errors';

type Connection = Database.Database;

export interface MigrationResult {
  from: number;
  to: number;
}

/**
 * Applies the drizzle-kit migrations the database has not had yet, all in one transaction.
 * `PRAGMA user_version` holds how many migrations are applied: it lives in the file header,
 * changes inside the same transaction, and lets a newer database be refused before any write.
 */
export function migrate(connection: Connection, migrationsFolder: string): MigrationResult {
  const migrations = readMigrationFiles({ migrationsFolder });
  const known = migrations.length;
  const current = assertNotTooNew(connection, migrationsFolder, known);
  if (current === known) return { from: current, to: current };

  // Table rebuilds in generated migrations would otherwise fire ON DELETE CASCADE on child
  // rows. The pragma is a no-op inside a transaction, so it is switched around it.
  connection.pragma('foreign_keys=OFF');
  try {
    connection.transaction(() => {
      for (const migration of migrations.slice(current)) {
        for (const statement of migration.sql) {
          if (statement.trim()) connection.exec(statement);
        }
      }
      const violations = connection.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`Migration to schema version ${known} breaks ${violations.length} foreign key(s).`);
      }
      connection.pragma(`user_version=${known}`);
    }).immediate();
  } finally {
    connection.pragma('foreign_keys=ON');
  }
  return { from: current, to: known };
}

/** Refuses a database written by a newer app before anything touches it; returns its version. */
export function assertNotTooNew(
  connection: Connection,
  migrationsFolder: string,
  known = knownSchemaVersion(migrationsFolder),
): number {
  const current = schemaVersion(connection);
  if (current > known) throw new DatabaseError('DB_TOO_NEW', databaseMessages.tooNew(current, known));
  return current;
}

export function schemaVersion(connection: Connection): number {
  return Number(connection.pragma('user_version', { simple: true }));
}

export function knownSchemaVersion(migrationsFolder: string): number {
  return readMigrationFiles({ migrationsFolder }).length;
}
