import type Database from 'better-sqlite3';

type Connection = Database.Database;

/**
 * Writes a consistent copy of the whole database into `target` with `VACUUM INTO` on this
 * KEYED connection: SQLite3 Multiple Ciphers then encrypts the copy with the same cipher
 * (sqlcipher, legacy 4) and the same data key. On a connection without a key the same statement
 * writes a plaintext copy; callers prove the copy with a keyed open before trusting it. The
 * statement reads in one read transaction of its own, so the copy is a single snapshot.
 */
export function vacuumInto(connection: Connection, target: string): void {
  connection.prepare('VACUUM INTO ?').run(target);
}

/** Every table's row count (SQLite's own tables left out), in one read transaction. */
export function countEveryTable(connection: Connection): Record<string, number> {
  return connection.transaction(() => {
    const counts: Record<string, number> = {};
    for (const table of tableNames(connection)) {
      counts[table] = connection.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number;
    }
    return counts;
  })();
}

export function tableNames(connection: Connection): string[] {
  return connection
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
}
