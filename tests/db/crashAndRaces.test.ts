import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { databaseMessages } from '../../db/errors';
import { appMessages } from '../../main/errors/AppError';
import { keySlotPath } from '../../main/security/keySlotStore';
import { verifyDatabase } from '../../main/services/verifyDatabase';
import { findLocationByName } from '../../db/repositories/locations';
import { signIn, staff } from '../support/staff';
import { expectOk, migrationsFolder, snapshotFolder, staffedServices, tempDir, tempServices, testAdmin } from '../support/tempDatabase';

const youth = { firstName: 'Roos', lastName: 'Proef', dateOfBirth: '2011-05-06' };

/** The folder's files without SQLite's shared-memory index, which any reader may rewrite. */
function snapshotWithoutShm(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshotFolder(dir)).filter(([name]) => !name.endsWith('-shm')));
}

/**
 * A copy of a database taken while its writer was still open: the last commits are only in the
 * WAL, as after a crash or power loss.
 */
function copyWithPendingWal(dataKeyHex: string): { dir: string; databasePath: string } {
  const source = path.join(tempDir(), 'bron.db');
  const writer = openDatabase({ path: source, dataKey: Buffer.from(dataKeyHex, 'hex'), migrationsFolder, create: true });
  writer.sqlite.pragma('wal_autocheckpoint=0');
  writer.sqlite.exec("INSERT INTO locations (id, name, name_key, created_at) VALUES ('l1', 'Groep Wal', 'groep wal', '2026-01-01')");
  const dir = tempDir();
  const databasePath = path.join(dir, 'kopie.db');
  fs.copyFileSync(source, databasePath);
  fs.copyFileSync(`${source}-wal`, `${databasePath}-wal`);
  writer.close();
  return { dir, databasePath };
}

describe('crashes, races and damaged side files', () => {
  it('two setups at once: one wins, the other is refused, and nothing of the winner is lost', async () => {
    const first = tempServices();
    const [a, b] = await Promise.all([
      first.router('session.setup', testAdmin),
      first.router('session.setup', { name: 'Andere Beheerder', password: 'een ander wachtwoord' }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(b).toEqual({ ok: false, error: { code: 'ALREADY_SET_UP', message: appMessages.alreadySetUp } });
    expectOk(await first.router('locations.create', { name: 'Groep Oost' }));
    first.close();
    const again = tempServices(first.databasePath);
    expectOk(await again.router('session.unlock', testAdmin));
    expect(expectOk(await again.router('locations.list', undefined))).toEqual([{ id: expect.any(String), name: 'Groep Oost' }]);
    expect((await again.router('session.unlock', { name: 'Andere Beheerder', password: 'een ander wachtwoord' })).ok).toBe(false);
    expect(fs.readdirSync(path.dirname(first.databasePath)).filter((name) => name.includes('.setup-'))).toEqual([]);
  });

  it('a setup from a second process on the same path is refused and changes nothing', async () => {
    const app = tempServices();
    expectOk(await app.router('session.setup', testAdmin));
    const before = snapshotWithoutShm(path.dirname(app.databasePath));
    const cli = tempServices(app.databasePath);
    expect((await cli.router('session.setup', { name: 'Tweede', password: 'nog een wachtwoord' })).ok).toBe(false);
    expect(snapshotWithoutShm(path.dirname(app.databasePath))).toEqual(before);
  });

  it('a key slot file without its database blocks setup, so the only copy of that key survives', async () => {
    const first = tempServices();
    expectOk(await first.router('session.setup', testAdmin));
    first.close();
    fs.renameSync(first.databasePath, `${first.databasePath}.elders`);
    const slotsBefore = fs.readFileSync(keySlotPath(first.databasePath));

    const services = tempServices(first.databasePath);
    expect(expectOk(await services.router('session.status', undefined))).toEqual({ state: 'locked' });
    expect(await services.router('session.setup', { name: 'Nieuw', password: 'een ander wachtwoord 1' })).toEqual({
      ok: false,
      error: { code: 'ALREADY_SET_UP', message: appMessages.alreadySetUp },
    });
    expect(await services.router('session.unlock', testAdmin)).toEqual({
      ok: false,
      error: { code: 'DB_NOT_FOUND', message: databaseMessages.notFound },
    });
    expect(fs.readFileSync(keySlotPath(first.databasePath)).equals(slotsBefore)).toBe(true);
  });

  it('a wrong key on a database with commits still in its WAL changes neither file', () => {
    const key = '5a'.repeat(32);
    const { dir, databasePath } = copyWithPendingWal(key);
    expect(fs.statSync(`${databasePath}-wal`).size).toBeGreaterThan(0);
    const before = snapshotWithoutShm(dir);
    expect(() => openDatabase({ path: databasePath, dataKey: Buffer.from('00'.repeat(32), 'hex'), migrationsFolder })).toThrow(
      expect.objectContaining({ code: 'DB_WRONG_KEY' }),
    );
    expect(snapshotWithoutShm(dir)).toEqual(before);
    const reopened = openDatabase({ path: databasePath, dataKey: Buffer.from(key, 'hex'), migrationsFolder });
    expect(reopened.sqlite.prepare('SELECT name FROM locations').all()).toEqual([{ name: 'Groep Wal' }]);
    reopened.close();
  });

  it('admin verify reads a database with a pending WAL without checkpointing or changing it', async () => {
    const services = await staffedServices();
    await signIn(services, 'officer');
    const { sqlite: writer, db } = services.context.requireUnlocked().handle;
    writer.pragma('wal_autocheckpoint=0');
    expectOk(await services.router('youths.create', { ...youth, locationId: findLocationByName(db, 'Groep West')!.id }));
    const dir = tempDir();
    const copy = path.join(dir, 'kopie.db');
    for (const suffix of ['', '-wal']) fs.copyFileSync(`${services.databasePath}${suffix}`, `${copy}${suffix}`);
    fs.copyFileSync(keySlotPath(services.databasePath), keySlotPath(copy));
    const before = snapshotWithoutShm(dir);
    const report = await verifyDatabase(copy, migrationsFolder, { name: staff.officer.name, password: staff.officer.password });
    expect(report.rows).toEqual({ users: 4, locations: 3, youths: 1 });
    expect(snapshotWithoutShm(dir)).toEqual(before);
  });

  it('a tampered key slot file (absurd KDF cost) is refused before any key derivation', async () => {
    const first = tempServices();
    expectOk(await first.router('session.setup', testAdmin));
    first.close();
    const file = JSON.parse(fs.readFileSync(keySlotPath(first.databasePath), 'utf8'));
    file.slots[0].kdf.N = 2 ** 30;
    fs.writeFileSync(keySlotPath(first.databasePath), JSON.stringify(file));
    const services = tempServices(first.databasePath);
    expect(await services.router('session.unlock', testAdmin)).toEqual({
      ok: false,
      error: { code: 'DB_WRONG_KEY', message: appMessages.keySlotsMissing },
    });
  });
});
