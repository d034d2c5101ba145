import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { findLocationByName } from '../../db/repositories/locations';
import { listYouths } from '../../db/repositories/youths';
import { verifyAccessLog } from '../../main/services/audit/verifyAccessLog';
import { unwrapDataKey } from '../../main/services/sessionService';
import { staff } from '../support/staff';
import { migrationsFolder, staffedServices } from '../support/tempDatabase';
import { seededRandom, testSeed } from '../support/seededRandom';

const kills = 50;
/** After the child's first confirmed write: long enough for many commits, short enough for 50 kills. */
const killWindowMs = { from: 50, to: 400 };


interface KilledRun {
  /** Ids the child printed on whole lines: writes confirmed to the user. */
  confirmed: string[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * A writer process, started ahead: it loads the app's modules (most of its start-up time) while
 * the previous writer is still running, and touches the database only once `run` gives it the key.
 */
function startWriter(args: string[]): { run(dataKeyHex: string, delayMs: number): Promise<KilledRun>; stop(): void } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crashingWriter.ts', ...args]);
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<NodeJS.Signals | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve(signal));
  });
  return {
    async run(dataKeyHex, delayMs) {
      let timer: NodeJS.Timeout | undefined;
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        // Kill `delayMs` after the first confirmed write.
        if (!timer && stdout.includes('\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      });
      child.stdin.end(dataKeyHex);
      const signal = await closed;
      clearTimeout(timer);
      // A line cut off by the kill was never confirmed.
      return { confirmed: stdout.split('\n').slice(0, -1), signal, stderr };
    },
    stop: () => child.kill('SIGKILL'),
  };
}

describe('a writer killed at random moments', () => {
  it(`loses no confirmed youth and leaves an intact database, ${kills} kills in a row`, { timeout: 150_000 }, async () => {
    const seed = testSeed('WAAKZAAM_CRASH_SEED', 'tests/db/crashKill.test.ts');
    const random = seededRandom(seed);

    const services = await staffedServices();
    services.close();
    const { databasePath } = services;
    const { dataKey, slot } = await unwrapDataKey(databasePath, { name: staff.officer.name, password: staff.officer.password });
    const dataKeyHex = dataKey.toString('hex');
    const openLikeTheApp = () => openDatabase({ path: databasePath, dataKey, migrationsFolder });

    const setup = openLikeTheApp();
    const locationId = findLocationByName(setup.db, 'Groep West')!.id;
    setup.close();
    const args = [databasePath, slot.userId, staff.officer.name, locationId];

    const confirmed = new Set<string>();
    let stored = 0;
    let next = startWriter(args);
    try {
      for (let kill = 1; kill <= kills; kill++) {
        const writer = next;
        if (kill < kills) next = startWriter(args);
        const delayMs = Math.round(killWindowMs.from + random() * (killWindowMs.to - killWindowMs.from));
        const run = await writer.run(dataKeyHex, delayMs);
        const where = `kill ${kill} of ${kills} after ${delayMs} ms (seed ${seed})`;
        expect(run.signal, `${where}: ${run.stderr}`).toBe('SIGKILL');
        expect(run.confirmed.length, where).toBeGreaterThan(0);
        for (const id of run.confirmed) confirmed.add(id);

        const handle = openLikeTheApp();
        try {
          expect(handle.sqlite.pragma('integrity_check', { simple: true }), where).toBe('ok');
          const ids = new Set(listYouths(handle.db).map((youth) => youth.id));
          expect([...confirmed].filter((id) => !ids.has(id)), `${where}: confirmed but missing`).toEqual([]);
          // At most the one write that committed just before the kill can be stored unconfirmed.
          expect(ids.size - stored - run.confirmed.length, where).toBeLessThanOrEqual(1);
          stored = ids.size;
        } finally {
          handle.close();
        }
      }
    } finally {
      // A failed expectation leaves the writer started ahead waiting: it must not outlive the test.
      next.stop();
    }
    dataKey.fill(0);

    expect(confirmed.size).toBeGreaterThan(kills);
    const log = await verifyAccessLog(databasePath, migrationsFolder, { name: staff.officer.name, password: staff.officer.password });
    expect(log.verdict).toMatchObject({ ok: true });
    console.log(`crash test: ${kills} kills, ${confirmed.size} confirmed youths, ${stored} stored`);
  });
});
