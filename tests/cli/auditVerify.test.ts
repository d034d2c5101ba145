import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCipher } from '../../db/pragmas';
import { iterateAccessLog } from '../../db/repositories/accessLog';
import * as schema from '../../db/schema';
import { chainEntry } from '../../main/domain/audit/accessEntry';
import { verifyChain } from '../../main/domain/audit/verifyChain';
import { auditAnchorPath } from '../../main/services/audit/auditAnchor';
import { lock, unwrapDataKey } from '../../main/services/sessionService';
import type { EmergencyGrant } from '../../preload/contract';
import { seedYouths, signIn, staff } from '../support/staff';
import { runAdmin, type AdminRun } from '../support/runAdmin';
import { expectOk, staffedServices, tempDir } from '../support/tempDatabase';

/** `npm run admin -- audit-verify` as IT staff would run it, the password on standard input. */
function auditVerify(databasePath: string, password: string = staff.admin.password): Promise<AdminRun> {
  return runAdmin(['audit-verify', '--db', databasePath, '--name', staff.admin.name], `${password}\n`);
}

/** Runs the jobs with at most `limit` at a time (each spawns a process and derives a key). */
async function inBatches<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]!();
      }
    }),
  );
  return results;
}

let base: { dir: string; databasePath: string; dataKey: Buffer; rows: number };

/**
 * A database whose log holds a realistic working day: setup, staff, a youth, a failed login,
 * emergency access with its read, a review and locks.
 */
beforeAll(async () => {
  const services = await staffedServices();
  const [youthId] = await seedYouths(services, [{ firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', location: 'Groep Zuid' }]);
  expect((await services.router('session.unlock', { name: staff.worker.name, password: 'niet-het-goede-1' })).ok).toBe(false);
  await signIn(services, 'worker');
  expectOk(await services.router('youths.list', undefined));
  const grant = expectOk(await services.router('emergency.request', { youthId, reason: 'Vermist sinds vannacht, de politie vraagt het signalement.' })) as EmergencyGrant;
  expectOk(await services.router('youths.open', { id: youthId }));
  lock(services.context);
  await signIn(services, 'officer');
  expectOk(await services.router('emergency.review', { id: grant.id, note: 'Terecht gebruikt.' }));
  lock(services.context);
  services.close();
  // Kept for the whole file (tempDir folders go after each test).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-audit-'));
  copyFolder(path.dirname(services.databasePath), dir);
  const databasePath = path.join(dir, path.basename(services.databasePath));
  const { dataKey } = await unwrapDataKey(databasePath, staff.admin);
  const rows = withDatabase(databasePath, dataKey, (db) => (db.prepare('SELECT count(*) AS n FROM access_log').get() as { n: number }).n);
  base = { dir, databasePath, dataKey, rows };
}, 60_000);

afterAll(() => {
  base.dataKey.fill(0);
  fs.rmSync(base.dir, { recursive: true, force: true });
});

function copyFolder(from: string, to: string): void {
  for (const name of fs.readdirSync(from)) fs.copyFileSync(path.join(from, name), path.join(to, name));
}

function withDatabase<T>(databasePath: string, dataKey: Buffer, work: (db: Database.Database) => T): T {
  const db = new Database(databasePath, { fileMustExist: true });
  try {
    applyCipher(db, dataKey);
    return work(db);
  } finally {
    db.close();
  }
}

/** A fresh copy of the base database, tampered with by someone holding the key: triggers dropped first. */
function tamperedCopy(tamper: (db: Database.Database) => void): string {
  const dir = tempDir();
  copyFolder(base.dir, dir);
  const databasePath = path.join(dir, path.basename(base.databasePath));
  withDatabase(databasePath, base.dataKey, (db) => {
    db.exec('DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete;');
    tamper(db);
  });
  return databasePath;
}

/** One field edit per row, going round every column of the entry (the two hash columns included). */
const edits: { column: string; set: string; problem: string }[] = [
  { column: 'at', set: "strftime('%Y-%m-%dT%H:%M:%fZ', at, '-1 hour')", problem: 'is gewijzigd' },
  { column: 'user_name', set: "'Iemand Anders'", problem: 'is gewijzigd' },
  { column: 'role', set: "CASE WHEN role = 'traffickingOfficer' THEN 'groupWorker' ELSE 'traffickingOfficer' END", problem: 'is gewijzigd' },
  { column: 'action', set: "CASE WHEN action = 'read' THEN 'change' ELSE 'read' END", problem: 'is gewijzigd' },
  { column: 'object_type', set: "CASE WHEN object_type = 'youth' THEN 'session' ELSE 'youth' END", problem: 'is gewijzigd' },
  { column: 'object_id', set: "'ander-object'", problem: 'is gewijzigd' },
  { column: 'youth_id', set: "'andere-jongere'", problem: 'is gewijzigd' },
  { column: 'workstation', set: "'PC-ELDERS'", problem: 'is gewijzigd' },
  { column: 'reason', set: "'achteraf ingevuld'", problem: 'is gewijzigd' },
  { column: 'details', set: "coalesce(details, '') || ' (aangepast)'", problem: 'is gewijzigd' },
  { column: 'user_id', set: "'andere-gebruiker'", problem: 'is gewijzigd' },
  { column: 'prev_hash', set: "'1111111111111111111111111111111111111111111111111111111111111111'", problem: 'verwijst niet naar de regel ervoor' },
  { column: 'hash', set: "'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'", problem: 'is gewijzigd' },
];

function namedRow(run: AdminRun): number | undefined {
  const match = /^Toegangslog BESCHADIGD: regel (\d+)\b/.exec(run.stdout);
  return match ? Number(match[1]) : undefined;
}

describe('npm run admin -- audit-verify', () => {
  it('accepts an intact log of a working day', async () => {
    expect(base.rows).toBeGreaterThanOrEqual(20);
    const run = await auditVerify(base.databasePath);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^Toegangslog in orde: ${base.rows} regels, de hashketen klopt\\. Laatste regel ${base.rows}, hash [0-9a-f]{16}…\\n$`));
  });

  it('names every row whose field was edited directly in the database', async () => {
    const cases = Array.from({ length: base.rows }, (_, i) => ({ seq: i + 1, edit: edits[i % edits.length]! }));
    const runs = await inBatches(
      cases.map(({ seq, edit }) => async () => {
        const databasePath = tamperedCopy((db) => {
          const changed = db.prepare(`UPDATE access_log SET ${edit.column} = ${edit.set} WHERE seq = ?`).run(seq).changes;
          expect(changed).toBe(1);
        });
        return auditVerify(databasePath);
      }),
      3,
    );
    runs.forEach((run, i) => {
      const { seq, edit } = cases[i]!;
      expect({ seq, column: edit.column, code: run.code, named: namedRow(run) }).toEqual({ seq, column: edit.column, code: 1, named: seq });
      expect(run.stdout, `${seq} ${edit.column}`).toContain(edit.problem);
      expect(run.stdout).toContain(`Regels vóór ${seq} zijn in orde.`);
      expect(run.stderr).toBe('');
    });
  }, 300_000);

  it('names every row deleted directly in the database; the newest through the anchor file', async () => {
    const seqs = Array.from({ length: base.rows }, (_, i) => i + 1);
    const runs = await inBatches(
      seqs.map((seq) => async () => auditVerify(tamperedCopy((db) => expect(db.prepare('DELETE FROM access_log WHERE seq = ?').run(seq).changes).toBe(1)))),
      3,
    );
    runs.forEach((run, i) => {
      const seq = seqs[i]!;
      expect({ seq, code: run.code, named: namedRow(run) }).toEqual({ seq, code: 1, named: seq });
      expect(run.stdout, String(seq)).toContain(seq === base.rows ? 'de nieuwste regels zijn verwijderd (het ankerbestand' : 'ontbreekt: de regel is verwijderd');
    });
  }, 300_000);

  it('sees a log rewritten from some row on, hashes recomputed, through the anchor file', async () => {
    const databasePath = tamperedCopy((db) => {
      // Rewrite row 5 and recompute every hash after it, as someone with the key and the code could.
      db.prepare("UPDATE access_log SET user_name = 'Iemand Anders' WHERE seq = 5").run();
    });
    withDatabase(databasePath, base.dataKey, (sqlite) => {
      const rows = [...iterateAccessLog(drizzle({ client: sqlite, schema }))];
      let previous: { seq: number; hash: string } | undefined;
      const update = sqlite.prepare('UPDATE access_log SET prev_hash = ?, hash = ? WHERE seq = ?');
      for (const row of rows) {
        const { seq: _seq, prevHash: _prev, hash: _hash, ...fields } = row;
        const rechained = chainEntry(previous, fields);
        update.run(rechained.prevHash, rechained.hash, row.seq);
        previous = rechained;
      }
      expect(verifyChain([...iterateAccessLog(drizzle({ client: sqlite, schema }))])).toMatchObject({ ok: true });
    });
    const run = await auditVerify(databasePath);
    expect(run.code).toBe(1);
    expect(namedRow(run)).toBe(base.rows);
    expect(run.stdout).toContain('verschilt van de versie in het ankerbestand');
  });

  it('says so when the anchor file is missing, and refuses a wrong password with one line', async () => {
    const dir = tempDir();
    copyFolder(base.dir, dir);
    const databasePath = path.join(dir, path.basename(base.databasePath));
    fs.rmSync(auditAnchorPath(databasePath));
    const [ok, wrong] = await Promise.all([auditVerify(databasePath), auditVerify(databasePath, 'niet-het-wachtwoord')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Geen ankerbestand gevonden');
    expect(wrong).toEqual({ code: 1, stdout: '', stderr: 'Fout: Gebruikersnaam of wachtwoord klopt niet.\n' });
  });
});
