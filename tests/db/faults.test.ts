/**
 * Faults while working (issue 8, point 3): each gives one Dutch message and loses nothing.
 * The other cases of that list are tested where the open is: a missing file, a damaged file
 * (truncated, garbled, emptied) and a wrong key or password in openFailures.test.ts and
 * crashAndRaces.test.ts, a damaged file naming the newest backup in damagedAtStartup.test.ts,
 * a network drive in networkDrive.test.ts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseMessages } from '../../db/errors';
import { applyCipher } from '../../db/pragmas';
import { findLocationByName } from '../../db/repositories/locations';
import { listYouths } from '../../db/repositories/youths';
import { verifyAccessLog } from '../../main/services/audit/verifyAccessLog';
import { lock } from '../../main/services/sessionService';
import type { Youth } from '../../preload/contract';
import { seedYouths, signIn, staff } from '../support/staff';
import { expectOk, migrationsFolder, snapshotFolder, staffedServices } from '../support/tempDatabase';

const { officer } = staff;

/** The officer signed in on a staffed database with one youth already filed. */
async function workingOfficer() {
  const services = await staffedServices();
  const [firstId] = (await seedYouths(services, [{ firstName: 'Iris', lastName: 'Proef', dateOfBirth: '2010-02-03', location: 'Groep West' }])) as [string];
  await signIn(services, 'officer');
  const { sqlite, db } = services.context.requireUnlocked().handle;
  const locationId = findLocationByName(db, 'Groep West')!.id;
  const newYouth = (lastName: string) => ({ firstName: 'Proef', lastName, dateOfBirth: '2011-06-07', locationId });
  const storedNames = () => listYouths(db).map((youth) => youth.lastName).sort();
  return { services, sqlite, firstId, locationId, newYouth, storedNames };
}

async function expectLogIntact(databasePath: string) {
  const verification = await verifyAccessLog(databasePath, migrationsFolder, { name: officer.name, password: officer.password });
  expect(verification.verdict).toMatchObject({ ok: true });
}

describe('faults while working', () => {
  it('disk full: the change is refused in Dutch, nothing half-written, and it saves once there is room', async () => {
    const { services, sqlite, newYouth, storedNames } = await workingOfficer();
    // A full disk, as SQLite sees it: ENOSPC on a write and a database at its page limit both
    // end in SQLITE_FULL. A tiny file system cannot be mounted here; the page limit on the app's
    // own connection can be set.
    const roomyLimit = sqlite.pragma('max_page_count', { simple: true });
    sqlite.pragma(`max_page_count=${sqlite.pragma('page_count', { simple: true })}`);
    let refused: { name: string; result: unknown } | undefined;
    for (let n = 1; n <= 50 && !refused; n++) {
      const result = await services.router('youths.create', { ...newYouth(`Vol ${n}`), alias: 'x'.repeat(100) });
      if (!result.ok) refused = { name: `Vol ${n}`, result };
    }
    expect(refused?.result).toEqual({ ok: false, error: { code: 'DB_DISK_FULL', message: databaseMessages.diskFull } });
    const stored = storedNames();
    expect(stored).toContain('Proef');
    expect(stored).not.toContain(refused?.name);

    sqlite.pragma(`max_page_count=${roomyLimit}`);
    expectOk(await services.router('youths.create', newYouth('Na ruimte')));
    expect(storedNames()).toEqual([...stored, 'Na ruimte'].sort());
    lock(services.context);
    await expectLogIntact(services.databasePath);
  });

  it('locked by another instance past the busy timeout: "probeer opnieuw", nothing lost, and the retry saves', async () => {
    const { services, sqlite, newYouth, storedNames } = await workingOfficer();
    // The other instance: its own connection with the same key, holding a write transaction.
    const other = new Database(services.databasePath);
    applyCipher(other, services.context.requireUnlocked().dataKey);
    other.exec('BEGIN IMMEDIATE');
    other.prepare("UPDATE youths SET alias = 'Collega' WHERE last_name = 'Proef'").run();
    // The app waits 5 s (busy_timeout) before giving up; a quarter second keeps this test short.
    sqlite.pragma('busy_timeout=250');
    try {
      expect(await services.router('youths.create', newYouth('Tijdens slot'))).toEqual({
        ok: false,
        error: { code: 'DB_BUSY', message: databaseMessages.busy },
      });
      other.exec('COMMIT');
    } finally {
      other.close();
    }
    const created = expectOk(await services.router('youths.create', newYouth('Tijdens slot'))) as Youth;
    expect(storedNames()).toEqual(['Proef', 'Tijdens slot']);
    expect(listYouths(services.context.requireUnlocked().handle.db).find((youth) => youth.lastName === 'Proef')?.alias).toBe('Collega');
    expect(created.lastName).toBe('Tijdens slot');
    lock(services.context);
    await expectLogIntact(services.databasePath);
  });

  it('read-only folder: refused at sign-in in Dutch, no file touched, and all data there once writable again', async () => {
    const { services, firstId, locationId } = await workingOfficer();
    lock(services.context);
    services.close();
    const dir = path.dirname(services.databasePath);
    const before = snapshotFolder(dir);
    const answers = await attemptInReadOnlyFolder(dir, [services.databasePath, officer.name, officer.password, locationId]);
    expect(answers).toEqual([{ ok: false, error: { code: 'DB_READ_ONLY', message: databaseMessages.readOnly } }]);
    expect(snapshotFolder(dir)).toEqual(before);

    await signIn(services, 'officer');
    expect(listYouths(services.context.requireUnlocked().handle.db).map((youth) => youth.id)).toEqual([firstId]);
  });
});

/**
 * Makes the folder and its files read-only and runs one sign-in-and-save there in a child
 * process. Root ignores file modes (CI runs the tests as root), so as root the child runs as
 * `nobody` (uid 65534), for whom the modes hold; otherwise as the test's own user. The modes are
 * put back afterwards.
 */
async function attemptInReadOnlyFolder(dir: string, args: string[]): Promise<unknown[]> {
  const files = fs.readdirSync(dir).map((name) => path.join(dir, name));
  const modes = new Map([dir, ...files].map((file) => [file, fs.statSync(file).mode & 0o777]));
  const asRoot = process.getuid?.() === 0;
  for (const file of files) fs.chmodSync(file, 0o444);
  fs.chmodSync(dir, 0o555);
  // The temp folder above it is 0700: the other user must be able to pass through it.
  const parent = path.dirname(dir);
  const parentMode = fs.statSync(parent).mode & 0o777;
  if (asRoot) fs.chmodSync(parent, 0o755);
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/unlockAndSave.ts', ...args], {
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        env: { ...process.env, HOME: parent },
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
    });
    return stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown);
  } finally {
    fs.chmodSync(dir, modes.get(dir)!);
    for (const file of files) fs.chmodSync(file, modes.get(file)!);
    fs.chmodSync(parent, parentMode);
  }
}
