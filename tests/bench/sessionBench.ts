/**
 * The accounts issue's figures: unlocking (key derivation included) and what the access log adds
 * to opening a youth's file. Both on a copy of the staffed test database (tests/support/staff.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { silentLogger } from '../../main/logging/logger';
import { deriveKey, newScryptParams } from '../../main/security/kdf';
import { createAppServices } from '../../main/services/appServices';
import { lock } from '../../main/services/sessionService';
import { openYouthFile, readYouthFile } from '../../main/services/youthService';
import { copyStaffedDatabase, seedYouths, signIn, staff, type TestYouth } from '../support/staff';
import { get, measure, ratio, type Stats } from './measure';

export interface SessionBenchReport {
  stat: (label: string, s: Stats, goal?: string, ok?: boolean) => void;
  ratio: (label: string, r: number, limit?: number) => void;
}

const target = { unlockMinMs: 300, unlockMaxMs: 1000, loggingOverhead: 1.2 };
const unlockRuns = 7;
const youthsPerRun = 200;

async function medianOf(runs: number, run: () => Promise<unknown>): Promise<Stats> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p90: times[Math.ceil(0.9 * times.length) - 1]!, runs };
}

export async function benchSession(report: SessionBenchReport): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-bench-session-'));
  const databasePath = path.join(dir, 'waakzaam.db');
  try {
    await copyStaffedDatabase(databasePath);
    const services = createAppServices({ databasePath, migrationsFolder: sourceMigrationsFolder, logger: silentLogger });
    const youths: TestYouth[] = Array.from({ length: 1000 }, (_, i) => ({
      firstName: `Jongere ${i}`,
      lastName: `Testnaam ${(i * 7919) % 1000}`,
      dateOfBirth: `${2008 + (i % 8)}-0${1 + (i % 9)}-1${i % 9}`,
      location: 'Groep Noord',
    }));
    const ids = await seedYouths(services, youths);

    // Unlock through the router, as the renderer does: key slot (scrypt, 128 MiB), open, quick
    // check, the login entry in the access log.
    const { name, password } = staff.worker;
    const unlock = await medianOf(unlockRuns, async () => {
      const result = await services.router('session.unlock', { name, password });
      if (!result.ok) throw new Error(result.error.message);
      lock(services.context);
    });
    report.stat('unlock incl. KDF (scrypt N=2^17, r=8)', unlock, `${target.unlockMinMs}–${target.unlockMaxMs} ms`, unlock.median >= target.unlockMinMs && unlock.median <= target.unlockMaxMs);
    const params = newScryptParams();
    report.stat('  for scale: the KDF alone', await medianOf(unlockRuns, async () => (await deriveKey(password, params)).fill(0)));

    // Opening a youth's file: the same access check and read, with and without its log entry.
    await signIn(services, 'worker');
    const context = services.context;
    const session = context.requireUnlocked();
    const db = session.handle.db;
    let next = 0;
    const batch = () => ids.slice((next = (next + youthsPerRun) % ids.length), next + youthsPerRun);
    const r = measure(
      [
        { name: 'logged', run: () => batch().map((id) => openYouthFile(context, id)) },
        { name: 'unlogged', run: () => batch().map((id) => db.transaction(() => readYouthFile(context, db, session, id))) },
      ],
      30,
      5,
    );
    const [logged, unlogged] = [get(r, 'logged'), get(r, 'unlogged')];
    const perFile = (s: Stats): Stats => ({ ...s, median: s.median / youthsPerRun, p90: s.p90 / youthsPerRun });
    report.stat('open youth file, with access-log entry', perFile(logged));
    report.stat('open youth file, same read without logging', perFile(unlogged));
    report.ratio('ratio logged / unlogged', ratio(logged, unlogged), target.loggingOverhead);
    services.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
