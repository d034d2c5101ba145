/** Fictional data and the raw better-sqlite3 side of the benchmark. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '../../db/migrate';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { applyCipher, applyConnectionSettings } from '../../db/pragmas';
import { databaseFiles, type DatabaseHandle } from '../../db/client';
import { insertLocation } from '../../db/repositories/locations';
import { insertUser } from '../../db/repositories/users';
import { insertYouth, type NewYouthRow } from '../../db/repositories/youths';

export const youthCount = 10_000;
export const now = '2025-01-01T12:00:00.000Z';
const locationNames = ['Groep Noord', 'Groep Oost', 'Groep Zuid', 'Groep West', 'Kamertraining'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Fictional youth number i. The last name runs through a permutation of i (7919 is prime to
 * 10,000), so list order differs from insert order as it would in real use: the ordered list then
 * reads table pages out of order instead of front to back.
 */
export function youth(i: number, locationIds: readonly string[]): NewYouthRow {
  return {
    firstName: `Jongere ${pad(i, 5)}`,
    lastName: `Testnaam ${pad((i * 7919) % youthCount, 5)}`,
    dateOfBirth: `${2006 + (i % 10)}-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`,
    locationId: locationIds[i % locationIds.length] ?? '',
  };
}

export interface Seed {
  userId: string;
  locationIds: string[];
}

// ---- through the app's db layer ----

export function seedDbLayer(handle: DatabaseHandle): Seed {
  const user = insertUser(handle.db, { name: 'Bench Beheerder', role: 'administrator', now });
  return { userId: user.id, locationIds: locationNames.map((name) => insertLocation(handle.db, name, now).id) };
}

/** One transaction, as youthService does it: drizzle's transaction around the repository call. */
export function insertYouthsDbLayer(handle: DatabaseHandle, seed: Seed): void {
  handle.db.transaction(() => {
    for (let i = 0; i < youthCount; i++) insertYouth(handle.db, youth(i, seed.locationIds), { userId: seed.userId, now });
  });
}

// ---- raw better-sqlite3 ----

/**
 * db/pragmas.ts's connection settings without the cipher. applyConnectionSettings can't be used on
 * a plain file because it also asserts the cipher; bench.ts checks the read-back values match.
 */
const plainSettings = [
  'journal_mode=WAL',
  'synchronous=FULL',
  'temp_store=MEMORY',
  'mmap_size=0',
  'secure_delete=ON',
  'foreign_keys=ON',
  'busy_timeout=5000',
];

/** Opens (or creates) a file with the app's settings and schema; keyHex null = plain SQLite. */
export function openRaw(path: string, keyHex: string | null): Database.Database {
  const connection = new Database(path);
  if (keyHex) {
    applyCipher(connection, Buffer.from(keyHex, 'hex'));
    applyConnectionSettings(connection);
  } else {
    for (const setting of plainSettings) connection.pragma(setting);
  }
  migrate(connection, sourceMigrationsFolder);
  return connection;
}

export function seedRaw(connection: Database.Database): Seed {
  const userId = randomUUID();
  connection
    .prepare('INSERT INTO users (id, name, name_key, role, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(userId, 'Bench Beheerder', 'bench beheerder', 'administrator', now);
  const insertLocation = connection.prepare('INSERT INTO locations (id, name, name_key, created_at) VALUES (?, ?, ?, ?)');
  const locationIds = locationNames.map((name) => {
    const id = randomUUID();
    insertLocation.run(id, name, name.toLowerCase(), now);
    return id;
  });
  return { userId, locationIds };
}

/** Same rows as insertYouthsDbLayer, including a random UUID per row as insertYouth makes one. */
export function insertYouthsRaw(connection: Database.Database, seed: Seed): void {
  const insert = connection.prepare(
    `INSERT INTO youths (id, first_name, last_name, date_of_birth, location_id, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  connection.transaction(() => {
    for (let i = 0; i < youthCount; i++) {
      const y = youth(i, seed.locationIds);
      insert.run(randomUUID(), y.firstName, y.lastName, y.dateOfBirth, y.locationId, now, seed.userId, now);
    }
  })();
}

/** listYouths' query written by hand; aliases give the same object shape and key order. */
export const listSql = `
  SELECT y.id AS id, y.first_name AS firstName, y.last_name AS lastName, y.alias AS alias, y.date_of_birth AS dateOfBirth,
         y.location_id AS locationId, l.name AS locationName, y.created_at AS createdAt,
         y.updated_at AS updatedAt
  FROM youths y INNER JOIN locations l ON l.id = y.location_id
  ORDER BY y.last_name ASC, y.first_name ASC`;

/** Copies every row, in rowid order, so the plain file holds exactly the encrypted file's data. */
export function copyRows(from: Database.Database, to: Database.Database): void {
  to.transaction(() => {
    for (const table of ['users', 'locations', 'youths']) {
      const rows = from.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
      const columns = Object.keys(rows[0] ?? {});
      const insert = to.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
      for (const row of rows) insert.run(row);
    }
  })();
}

export function removeDatabaseFiles(path: string): void {
  for (const file of databaseFiles(path)) fs.rmSync(file, { force: true });
}
