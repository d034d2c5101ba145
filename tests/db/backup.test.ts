import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/client';
import { readConnectionSettings } from '../../db/pragmas';
import { listBackups } from '../../main/backup/backupFiles';
import { backupMessages, writeFailure } from '../../main/backup/backupMessages';
import { backUp } from '../../main/backup/backupService';
import { countsBetween } from '../../main/backup/writeBackup';
import { planRestore, restoreBackup } from '../../main/backup/restoreBackup';
import { appMessages } from '../../main/errors/AppError';
import { auditAnchorPath } from '../../main/services/audit/auditAnchor';
import { verifyAccessLog } from '../../main/services/audit/verifyAccessLog';
import { unwrapDataKey } from '../../main/services/sessionService';
import { dumpEveryTable, filledServices, holdsText, plaintextMarker } from '../support/backupFixture';
import { minutes, testClock } from '../support/clock';
import { signIn, staff } from '../support/staff';
import { migrationsFolder, snapshotFolder, tempDir } from '../support/tempDatabase';

const plaintextHeader = 'SQLite format 3';

/** A folder nobody may write in; as root (CI containers) only the immutable flag stops writes. */
const lockedFolders: string[] = [];
function readOnlyFolder(): string {
  const dir = tempDir();
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', dir]);
  else fs.chmodSync(dir, 0o555);
  lockedFolders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of lockedFolders.splice(0)) {
    if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir]);
    else fs.chmodSync(dir, 0o755);
  }
});

async function backedUp(options: { keep?: number; clock?: ReturnType<typeof testClock> } = {}) {
  const services = await filledServices(options.clock ? { now: options.clock.now } : {});
  await signIn(services, 'admin');
  const folder = tempDir();
  return { services, folder, backup: () => backUp(services.context, { folder, keep: options.keep ?? 5 }) };
}

describe('backup', () => {
  it('copies every row of every table, blobs included, encrypted with the same key, and restores it equal', async () => {
    const { services, backup } = await backedUp();
    const source = services.context.requireUnlocked().handle.sqlite;
    const before = dumpEveryTable(source);
    const result = backup();

    expect(result.logIntact).toBe(true);
    expect(result.rows.youth_photos).toBe(1);
    expect(result.rows).toEqual(Object.fromEntries(Object.entries(before).map(([table, rows]) => [table, rows.length])));
    const logged = source.prepare('SELECT action, object_type AS objectType, object_id AS objectId FROM access_log ORDER BY seq DESC LIMIT 1').get();
    expect(logged).toEqual({ action: 'export', objectType: 'backup', objectId: path.basename(result.path) });

    const bytes = fs.readFileSync(result.path);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe(plaintextHeader);
    expect(holdsText(bytes, plaintextMarker)).toBe(false);
    expect(holdsText(fs.readFileSync(services.databasePath), plaintextMarker)).toBe(false);
    expect(fs.existsSync(`${result.path}-wal`)).toBe(false);
    expect(fs.readdirSync(path.dirname(result.path)).sort()).toEqual(
      [path.basename(result.path), `${path.basename(result.path)}.audit-anchor.json`, `${path.basename(result.path)}.keyslots.json`].sort(),
    );
    const keyless = new Database(result.path, { readonly: true });
    expect(() => keyless.prepare('SELECT count(*) FROM youths').get()).toThrow();
    keyless.close();

    services.close();
    const plan = await planRestore(services.databasePath, result.path, migrationsFolder, staff.admin, new Date());
    restoreBackup(plan);
    expect(fs.readdirSync(plan.keptAside)).toEqual(expect.arrayContaining(['waakzaam.db', 'waakzaam.db.keyslots.json', 'waakzaam.db.audit-anchor.json']));

    const { dataKey } = await unwrapDataKey(services.databasePath, staff.worker);
    const restored = openDatabase({ path: services.databasePath, dataKey, migrationsFolder, readOnly: true });
    try {
      expect(readConnectionSettings(restored.sqlite)).toMatchObject({ cipher: 'sqlcipher', legacy: 4 });
      expect(dumpEveryTable(restored.sqlite)).toEqual(before);
    } finally {
      restored.close();
      dataKey.fill(0);
    }
    const audit = await verifyAccessLog(services.databasePath, migrationsFolder, staff.admin);
    expect(audit.verdict.ok).toBe(true);
    expect(audit.anchored).toBe(true);
  });

  it('has a scan that would find the marker and the header in a plaintext copy', () => {
    const file = path.join(tempDir(), 'plain.db');
    const plain = new Database(file);
    plain.exec('CREATE TABLE t (name TEXT)');
    plain.prepare('INSERT INTO t VALUES (?)').run(plaintextMarker);
    plain.close();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe(plaintextHeader);
    expect(holdsText(bytes, plaintextMarker)).toBe(true);
  });

  it('keeps exactly the N newest backups, each with its key slots and anchor', async () => {
    const clock = testClock(new Date('2026-03-04T10:00:00'));
    const { folder, backup } = await backedUp({ keep: 2, clock });
    const paths = [];
    for (let i = 0; i < 4; i++) {
      paths.push(backup().path);
      clock.advance(minutes(1));
    }
    expect(listBackups(folder)).toEqual([paths[3], paths[2]]);
    expect(paths[3]).toMatch(/waakzaam-2026-03-04_100300\.db$/);
    expect(fs.readdirSync(folder)).toHaveLength(6);
  });

  it('still backs up a log that does not match its anchor, with that anchor as evidence', async () => {
    const { services, backup } = await backedUp();
    const forged = `${JSON.stringify({ format: 'waakzaam-audit-anchor', seq: 1, hash: 'ab'.repeat(32) })}\n`;
    fs.writeFileSync(auditAnchorPath(services.databasePath), forged);
    const result = backup();
    expect(result.logIntact).toBe(false);
    expect(fs.readFileSync(auditAnchorPath(result.path), 'utf8')).toBe(forged);
    services.close();
    await expect(planRestore(services.databasePath, result.path, migrationsFolder, staff.admin, new Date())).rejects.toThrow(backupMessages.backupLogBroken);
  });

  it('removes no older backup while the log does not hold: those may be the last with an intact log', async () => {
    const clock = testClock(new Date('2026-03-04T10:00:00'));
    const { services, folder, backup } = await backedUp({ keep: 1, clock });
    const intact = backup().path;
    clock.advance(minutes(1));
    fs.writeFileSync(auditAnchorPath(services.databasePath), `${JSON.stringify({ format: 'waakzaam-audit-anchor', seq: 1, hash: 'ab'.repeat(32) })}\n`);
    const broken = backup();
    expect(broken).toMatchObject({ logIntact: false, removed: [] });
    expect(listBackups(folder)).toEqual([broken.path, intact]);
  });

  it('backs up beside a damaged anchor file instead of refusing, with the damaged file as evidence', async () => {
    const { services, backup } = await backedUp();
    fs.writeFileSync(auditAnchorPath(services.databasePath), '{ kapot');
    const result = backup();
    expect(result.logIntact).toBe(false);
    expect(fs.readFileSync(auditAnchorPath(result.path), 'utf8')).toBe('{ kapot');
  });

  it('tells a second backup in the same second into the same folder to retry, leaving the first one’s file alone', async () => {
    const clock = testClock(new Date('2026-03-04T10:00:00'));
    const { folder, backup } = await backedUp({ clock });
    const claimed = path.join(folder, 'waakzaam-2026-03-04_100000.db.partial');
    fs.writeFileSync(claimed, '');
    expect(() => backup()).toThrow(backupMessages.backupRunning);
    expect(fs.readdirSync(folder)).toEqual([path.basename(claimed)]);
  });

  it('accepts a copy whose counts lie between the counts just before and just after it, and nothing else', () => {
    expect(countsBetween({ a: 5, b: 1 }, { a: 5, b: 1 }, { a: 5, b: 1 })).toBe(true);
    expect(countsBetween({ a: 6, b: 1 }, { a: 5, b: 1 }, { a: 7, b: 1 })).toBe(true);
    expect(countsBetween({ a: 6, b: 1 }, { a: 7, b: 1 }, { a: 5, b: 1 })).toBe(true);
    expect(countsBetween({ a: 4, b: 1 }, { a: 5, b: 1 }, { a: 7, b: 1 })).toBe(false);
    expect(countsBetween({ a: 5, b: 0 }, { a: 5, b: 1 }, { a: 5, b: 1 })).toBe(false);
    expect(countsBetween({ a: 5 }, { a: 5, b: 1 }, { a: 5, b: 1 })).toBe(false);
    expect(countsBetween({ a: 5, b: 1, c: 0 }, { a: 5, b: 1 }, { a: 5, b: 1 })).toBe(false);
  });

  it('names disk full and unwritable folders in Dutch', () => {
    expect(writeFailure(Object.assign(new Error('full'), { code: 'SQLITE_FULL' })).message).toBe(backupMessages.diskFull);
    expect(writeFailure(Object.assign(new Error('full'), { code: 'ENOSPC' })).message).toBe(backupMessages.diskFull);
    expect(writeFailure(Object.assign(new Error('no'), { code: 'SQLITE_CANTOPEN' })).message).toBe(backupMessages.folderReadOnly);
    expect(writeFailure(Object.assign(new Error('no'), { code: 'EROFS' })).message).toBe(backupMessages.folderReadOnly);
  });

  it('gives a Dutch message for a read-only folder and leaves no file behind', async () => {
    const { services } = await backedUp();
    const folder = readOnlyFolder();
    const logBefore = services.context.requireUnlocked().handle.sqlite.prepare('SELECT count(*) FROM access_log').pluck().get();
    expect(() => backUp(services.context, { folder, keep: 3 })).toThrow(backupMessages.folderReadOnly);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(services.context.requireUnlocked().handle.sqlite.prepare('SELECT count(*) FROM access_log').pluck().get()).toBe(logBefore);
  });

  it('is refused to anyone but an administrator', async () => {
    const services = await filledServices();
    await signIn(services, 'officer');
    const folder = tempDir();
    expect(() => backUp(services.context, { folder, keep: 3 })).toThrow(appMessages.forbidden);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('restore', () => {
  it('refuses a corrupt backup before anything is moved', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    services.close();
    const bytes = fs.readFileSync(result.path);
    bytes.fill(0x5a, 8192, 8192 + 64);
    fs.writeFileSync(result.path, bytes);
    const databaseFolder = path.dirname(services.databasePath);
    const before = snapshotFolder(databaseFolder);

    await expect(planRestore(services.databasePath, result.path, migrationsFolder, staff.admin, new Date())).rejects.toThrow(backupMessages.backupDamaged);
    expect(snapshotFolder(databaseFolder)).toEqual(before);
  });

  it('refuses a wrong password in Dutch, changing nothing', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    services.close();
    const databaseFolder = path.dirname(services.databasePath);
    const before = snapshotFolder(databaseFolder);

    await expect(planRestore(services.databasePath, result.path, migrationsFolder, { name: staff.admin.name, password: 'niet-het-goede-1' }, new Date())).rejects.toThrow(
      appMessages.wrongCredentials,
    );
    expect(snapshotFolder(databaseFolder)).toEqual(before);
  });

  it('leaves the current database, its key slots and anchor in place when a restore fails halfway', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    services.close();
    const plan = await planRestore(services.databasePath, result.path, migrationsFolder, staff.admin, new Date());
    const live = [services.databasePath, `${services.databasePath}.keyslots.json`, auditAnchorPath(services.databasePath)];
    const before = live.map((file) => fs.readFileSync(file));
    // Moving the live database aside fails, as it does on Windows while another program holds it open.
    const rename = fs.renameSync;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((source, target) => {
      if (source === services.databasePath) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      rename(source, target);
    });
    try {
      expect(() => restoreBackup(plan)).toThrow();
    } finally {
      spy.mockRestore();
    }
    expect(live.map((file) => fs.readFileSync(file))).toEqual(before);
    const folder = path.dirname(services.databasePath);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.restoring'))).toEqual([]);
    expect(fs.readdirSync(plan.keptAside)).toEqual([]);
  });

  it('refuses while the database is open in an app (any user on this PC), changing nothing', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    const plan = await planRestore(services.databasePath, result.path, migrationsFolder, staff.admin, new Date());
    const databaseFolder = path.dirname(services.databasePath);
    const before = snapshotFolder(databaseFolder);
    try {
      expect(() => restoreBackup(plan)).toThrow(backupMessages.databaseInUse);
      expect(snapshotFolder(databaseFolder)).toEqual(before);
    } finally {
      services.close();
    }
    restoreBackup(plan);
  });

  it('lets only an active administrator of the backup restore it, checked before anything moves', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    services.close();
    const databaseFolder = path.dirname(services.databasePath);
    const before = snapshotFolder(databaseFolder);
    await expect(planRestore(services.databasePath, result.path, migrationsFolder, staff.worker, new Date())).rejects.toThrow(backupMessages.restoreNeedsAdministrator);
    expect(snapshotFolder(databaseFolder)).toEqual(before);
  });

  it('keeps the live key slots when they open the backup: a password changed since the backup stays changed', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    const newPassword = 'een-nieuw-wachtwoord-7';
    expect((await services.router('session.changePassword', { currentPassword: staff.admin.password, newPassword })).ok).toBe(true);
    services.close();
    const admin = { name: staff.admin.name, password: newPassword };

    const plan = await planRestore(services.databasePath, result.path, migrationsFolder, admin, new Date());
    expect(plan.keySlots).toBe('live');
    restoreBackup(plan);
    expect(fs.readdirSync(plan.keptAside)).toContain('waakzaam.db.keyslots.json');
    await expect(unwrapDataKey(services.databasePath, admin)).resolves.toBeTruthy();
    await expect(unwrapDataKey(services.databasePath, staff.admin)).rejects.toThrow(appMessages.wrongCredentials);
  });

  it('brings back the backup’s own key slots when the live ones are gone', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    services.close();
    fs.rmSync(`${services.databasePath}.keyslots.json`);
    const plan = await planRestore(services.databasePath, result.path, migrationsFolder, staff.admin, new Date());
    expect(plan.keySlots).toBe('backup');
    restoreBackup(plan);
    expect(fs.readFileSync(`${services.databasePath}.keyslots.json`)).toEqual(fs.readFileSync(`${result.path}.keyslots.json`));
  });

  it('refuses a backup file that changed after it was checked, changing nothing', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    services.close();
    const plan = await planRestore(services.databasePath, result.path, migrationsFolder, staff.admin, new Date());
    const bytes = fs.readFileSync(result.path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    fs.writeFileSync(result.path, bytes);
    const databaseFolder = path.dirname(services.databasePath);
    const before = snapshotFolder(databaseFolder);
    expect(() => restoreBackup(plan)).toThrow(backupMessages.backupChangedSinceCheck);
    expect(snapshotFolder(databaseFolder)).toEqual(before);
  });

  it('refuses a backup without its key slot file', async () => {
    const { services, backup } = await backedUp();
    const result = backup();
    services.close();
    fs.rmSync(`${result.path}.keyslots.json`);
    await expect(planRestore(services.databasePath, result.path, migrationsFolder, staff.admin, new Date())).rejects.toThrow(backupMessages.backupIncomplete);
  });
});
