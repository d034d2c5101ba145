import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { databaseMessages } from '../../db/errors';
import { readConnectionSettings } from '../../db/pragmas';
import { appMessages } from '../../main/errors/AppError';
import { loginAttemptPath } from '../../main/security/loginAttemptStore';
import { seedYouths, staff } from '../support/staff';
import { expectOk, migrationsFolder, snapshotFolder, staffedServices, tempDir, tempServices } from '../support/tempDatabase';

const { officer } = staff;

/** A staffed database with one youth, closed again, in a folder of its own. */
async function closedDatabase() {
  const first = await staffedServices();
  await seedYouths(first, [{ firstName: 'Iris', lastName: 'Proef', dateOfBirth: '2010-02-03', location: 'Groep West' }]);
  first.close();
  return { dir: path.dirname(first.databasePath), databasePath: first.databasePath };
}

async function unlockFreshly(databasePath: string, password: string = officer.password) {
  const services = tempServices(databasePath);
  return services.router('session.unlock', { name: officer.name, password });
}

describe('opening a database that cannot or must not be opened', () => {
  it('refuses a wrong password with one clear message and changes no byte of the database or its key slots', async () => {
    const { dir, databasePath } = await closedDatabase();
    const before = snapshotFolder(dir);
    const result = await unlockFreshly(databasePath, 'dit is niet het wachtwoord');
    expect(result).toEqual({ ok: false, error: { code: 'WRONG_CREDENTIALS', message: appMessages.wrongCredentials } });
    // Only the failed-login counter beside the database is new (it must survive a restart).
    const after = snapshotFolder(dir);
    expect(Object.keys(after).filter((name) => !(name in before))).toEqual([path.basename(loginAttemptPath(databasePath))]);
    delete after[path.basename(loginAttemptPath(databasePath))];
    expect(after).toEqual(before);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const { databasePath } = await closedDatabase();
    const services = tempServices(databasePath);
    const unknown = await services.router('session.unlock', { name: 'Niemand', password: officer.password });
    const wrong = await services.router('session.unlock', { name: officer.name, password: 'verkeerd wachtwoord' });
    expect(unknown).toEqual(wrong);
  });

  it('reports a truncated file as damaged and leaves it byte-for-byte unchanged', async () => {
    const { dir, databasePath } = await closedDatabase();
    const size = fs.statSync(databasePath).size;
    fs.truncateSync(databasePath, Math.floor(size / 2));
    const before = snapshotFolder(dir);
    const result = await unlockFreshly(databasePath);
    expect(result).toEqual({ ok: false, error: { code: 'DB_CORRUPT', message: databaseMessages.corrupt } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('reports a garbled page as damaged (the per-page HMAC catches it) and leaves the file unchanged', async () => {
    const { dir, databasePath } = await closedDatabase();
    const bytes = fs.readFileSync(databasePath);
    const pageSize = 4096;
    expect(bytes.length).toBeGreaterThan(2 * pageSize);
    bytes[pageSize + 100] = (bytes[pageSize + 100] ?? 0) ^ 0xff;
    fs.writeFileSync(databasePath, bytes);
    const before = snapshotFolder(dir);
    const result = await unlockFreshly(databasePath);
    expect(result).toEqual({ ok: false, error: { code: 'DB_CORRUPT', message: databaseMessages.corrupt } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('reports a garbled first page as wrong key or damaged and leaves the file unchanged', async () => {
    const { dir, databasePath } = await closedDatabase();
    const bytes = fs.readFileSync(databasePath);
    bytes.fill(0x41, 200, 600);
    fs.writeFileSync(databasePath, bytes);
    const before = snapshotFolder(dir);
    const result = await unlockFreshly(databasePath);
    expect(result).toEqual({ ok: false, error: { code: 'DB_WRONG_KEY', message: databaseMessages.wrongKey } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses an emptied (0-byte) file instead of silently starting a new database in it', async () => {
    const { dir, databasePath } = await closedDatabase();
    fs.truncateSync(databasePath, 0);
    const before = snapshotFolder(dir);
    const result = await unlockFreshly(databasePath);
    expect(result).toEqual({ ok: false, error: { code: 'DB_CORRUPT', message: databaseMessages.empty } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses a wrong data key at the database layer without writing', async () => {
    const { dir, databasePath } = await closedDatabase();
    const before = snapshotFolder(dir);
    expect(() => openDatabase({ path: databasePath, dataKey: Buffer.from('ab'.repeat(32), 'hex'), migrationsFolder })).toThrow(
      expect.objectContaining({ code: 'DB_WRONG_KEY', message: databaseMessages.wrongKey }),
    );
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses a database from a newer app version with its schema versions in the message', async () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'nieuw.db');
    const key = 'cd'.repeat(32);
    const created = openDatabase({ path: databasePath, dataKey: Buffer.from(key, 'hex'), migrationsFolder, create: true });
    const known = created.schemaVersion;
    created.sqlite.pragma(`user_version=${known + 5}`);
    created.close();
    const before = snapshotFolder(dir);
    expect(() => openDatabase({ path: databasePath, dataKey: Buffer.from(key, 'hex'), migrationsFolder })).toThrow(
      expect.objectContaining({ code: 'DB_TOO_NEW', message: databaseMessages.tooNew(known + 5, known) }),
    );
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('reports a missing key slot file clearly', async () => {
    const { databasePath } = await closedDatabase();
    fs.rmSync(`${databasePath}.keyslots.json`);
    expect(await unlockFreshly(databasePath)).toEqual({
      ok: false,
      error: { code: 'DB_WRONG_KEY', message: appMessages.keySlotsMissing },
    });
  });
});

describe('settings asserted at every open', () => {
  it('uses SQLCipher 4 with WAL, synchronous FULL, memory temp store, no mmap, secure delete and foreign keys', async () => {
    const { databasePath } = await closedDatabase();
    const services = tempServices(databasePath);
    expectOk(await services.router('session.unlock', { name: officer.name, password: officer.password }));
    const sqlite = services.context.requireUnlocked().handle.sqlite;
    expect(readConnectionSettings(sqlite)).toEqual({
      cipher: 'sqlcipher',
      legacy: 4,
      journal_mode: 'wal',
      synchronous: 2,
      temp_store: 2,
      mmap_size: 0,
      secure_delete: 1,
      foreign_keys: 1,
      busy_timeout: 5000,
    });
    expect(Number(sqlite.pragma('hmac_use', { simple: true }))).toBe(1);
  });
});
