import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { migrate, schemaVersion } from '../../db/migrate';
import { applyCipher } from '../../db/pragmas';
import { migrationsFolder, tempDir } from '../support/tempDatabase';

const key = 'ef'.repeat(32);

/** Writes migrations in drizzle-kit's folder layout (journal + one .sql file per migration). */
function migrationFolder(migrations: string[][]): string {
  const folder = tempDir();
  fs.mkdirSync(path.join(folder, 'meta'));
  const entries = migrations.map((statements, idx) => {
    const tag = `${String(idx).padStart(4, '0')}_test`;
    fs.writeFileSync(path.join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
    return { idx, version: '6', when: 1_700_000_000_000 + idx, tag, breakpoints: true };
  });
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries }));
  return folder;
}

const parentAndChild = [
  'CREATE TABLE `parent` (`id` text PRIMARY KEY NOT NULL, `label` text DEFAULT \'a\' NOT NULL)',
  'CREATE TABLE `child` (`id` text PRIMARY KEY NOT NULL, `parent_id` text NOT NULL REFERENCES `parent`(`id`) ON DELETE cascade)',
];

/** What drizzle-kit generates for a column-default change in SQLite: a full table rebuild. */
const rebuildParent = [
  'CREATE TABLE `__new_parent` (`id` text PRIMARY KEY NOT NULL, `label` text DEFAULT \'b\' NOT NULL)',
  'INSERT INTO `__new_parent`("id", "label") SELECT "id", "label" FROM `parent`',
  'DROP TABLE `parent`',
  'ALTER TABLE `__new_parent` RENAME TO `parent`',
];

function encryptedConnection(file: string): Database.Database {
  const connection = new Database(file);
  applyCipher(connection, Buffer.from(key, 'hex'));
  connection.pragma('foreign_keys=ON');
  return connection;
}

function seedParentAndChild(connection: Database.Database): void {
  connection.exec("INSERT INTO parent (id) VALUES ('p1'); INSERT INTO child (id, parent_id) VALUES ('c1', 'p1'), ('c2', 'p1');");
}

describe('migrations', () => {
  it('keep child rows when a migration rebuilds their parent table', () => {
    const file = path.join(tempDir(), 'm.db');
    const connection = encryptedConnection(file);
    migrate(connection, migrationFolder([parentAndChild]));
    seedParentAndChild(connection);
    migrate(connection, migrationFolder([parentAndChild, rebuildParent]));
    expect(connection.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 2 });
    expect(schemaVersion(connection)).toBe(2);
    expect(connection.pragma('foreign_keys', { simple: true })).toBe(1);
    connection.close();
  });

  it('(control) the same rebuild with foreign keys on really deletes the child rows', () => {
    const connection = encryptedConnection(path.join(tempDir(), 'control.db'));
    connection.exec(parentAndChild.join(';'));
    seedParentAndChild(connection);
    connection.transaction(() => connection.exec(rebuildParent.join(';')))();
    expect(connection.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 0 });
    connection.close();
  });

  it('roll back completely when a statement fails, leaving the version as it was', () => {
    const connection = encryptedConnection(path.join(tempDir(), 'fail.db'));
    migrate(connection, migrationFolder([parentAndChild]));
    const broken = migrationFolder([parentAndChild, ['CREATE TABLE `extra` (`id` text)', 'THIS IS NOT SQL']]);
    expect(() => migrate(connection, broken)).toThrow();
    expect(schemaVersion(connection)).toBe(1);
    expect(connection.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 });
    connection.close();
  });

  it('refuse to commit a migration that leaves broken foreign keys', () => {
    const connection = encryptedConnection(path.join(tempDir(), 'fk.db'));
    migrate(connection, migrationFolder([parentAndChild]));
    const orphaning = migrationFolder([parentAndChild, ["INSERT INTO child (id, parent_id) VALUES ('c9', 'missing')"]]);
    expect(() => migrate(connection, orphaning)).toThrow(/foreign key/);
    expect(connection.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 0 });
    expect(schemaVersion(connection)).toBe(1);
    connection.close();
  });

  it('are idempotent: opening an up-to-date database applies nothing', () => {
    const file = path.join(tempDir(), 'twice.db');
    const first = openDatabase({ path: file, dataKey: Buffer.from(key, 'hex'), migrationsFolder, create: true });
    const version = first.schemaVersion;
    expect(version).toBeGreaterThan(0);
    expect(migrate(first.sqlite, migrationsFolder)).toEqual({ from: version, to: version });
    first.close();
    const second = openDatabase({ path: file, dataKey: Buffer.from(key, 'hex'), migrationsFolder });
    expect(second.schemaVersion).toBe(version);
    second.close();
  });

  it('each shipped migration applies on top of the previous ones', () => {
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    const connection = encryptedConnection(path.join(tempDir(), 'steps.db'));
    journal.entries.forEach((entry, index) => {
      const statements = fs.readFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), 'utf8').split('--> statement-breakpoint');
      const partial = journal.entries.slice(0, index).map((previous) =>
        fs.readFileSync(path.join(migrationsFolder, `${previous.tag}.sql`), 'utf8').split('--> statement-breakpoint'),
      );
      expect(migrate(connection, migrationFolder([...partial, statements]))).toEqual({ from: index, to: index + 1 });
    });
    expect(connection.pragma('integrity_check', { simple: true })).toBe('ok');
    connection.close();
  });

  it('leave the append-only tables guarded: a table rebuild that dropped a trigger fails here', () => {
    const database = openDatabase({ path: path.join(tempDir(), 'guards.db'), dataKey: Buffer.from(key, 'hex'), migrationsFolder, create: true });
    const triggers = database.sqlite.prepare("SELECT tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'trigger'").all() as { tableName: string; sql: string }[];
    database.close();
    for (const table of ['access_log', 'safety_plan_versions']) {
      for (const event of ['UPDATE', 'DELETE']) {
        const refusing = new RegExp(`BEFORE\\s+${event}\\s+ON\\s+\`?${table}\`?\\s+BEGIN\\s+SELECT\\s+RAISE\\(ABORT,`, 'i');
        expect(triggers.filter((trigger) => trigger.tableName === table && refusing.test(trigger.sql)), `${event} on ${table}`).toHaveLength(1);
      }
    }
  });
});
