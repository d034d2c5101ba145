/**
 * Benchmark: open + key check, insert and list of 10,000 youths through the app's db layer versus
 * raw better-sqlite3 on the same encrypted file, and encrypted versus plain SQLite; then unlocking
 * (KDF included) and the access log's cost on opening a youth's file (sessionBench.ts), a full youth
 * file through the router (fileOpenBench.ts), the police packet's PDF, cold and warm (packetBench.ts), the network
 * graph's first render in Chromium (graphBench.ts) and the clicks and time from the start screen to
 * the police packet's PDF (clicksBench.ts), and a verified backup of 2,000 youths with photos (backupBench.ts).
 * Run with `npm run bench`. Prints a table; exits 0 whatever the verdicts (only a crash fails).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openDatabase, type DatabaseHandle } from '../../db/client';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { applyCipher, readConnectionSettings } from '../../db/pragmas';
import { listYouths } from '../../db/repositories/youths';
import * as schema from '../../db/schema';
import {
  copyRows, insertYouthsDbLayer, insertYouthsRaw, listSql, openRaw, removeDatabaseFiles, seedDbLayer, seedRaw, youthCount, type Seed,
} from './fixtures';
import { get, measure, ms, printTable, ratio, times, verdict, type Stats } from './measure';
import { benchBackup } from './backupBench';
import { benchClicks } from './clicksBench';
import { benchFileOpen } from './fileOpenBench';
import { benchGraph } from './graphBench';
import { benchPacket } from './packetBench';
import { benchSession } from './sessionBench';

const runs = { open: 25, insert: 15, list: 30 };
const warmup = { open: 3, insert: 2, list: 5 };
const target = { openMs: 150, dbLayerVsRaw: 1.2, encryptedVsPlain: 1.3 };

// A raw 256-bit key, as the app passes after unlocking its key slot: no KDF in the open time.
const keyHex = randomBytes(32).toString('hex');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-bench-'));
const encryptedPath = path.join(dir, 'encrypted.db');
const plainPath = path.join(dir, 'plain.db');
const open = (file: string, create = false) =>
  openDatabase({ path: file, dataKey: Buffer.from(keyHex, 'hex'), migrationsFolder: sourceMigrationsFolder, create });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function memory(label: string): void {
  const m = process.memoryUsage();
  console.log(`memory ${label}: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)} / total ${mb(m.heapTotal)}, external ${mb(m.external)}`);
}

const rows: string[][] = [];
const statRow = (label: string, s: Stats, goal = '', ok?: boolean) =>
  rows.push([label, ms(s.median), ms(s.p90), String(s.runs), goal, ok === undefined ? '' : verdict(ok)]);
const ratioRow = (label: string, r: number, limit?: number) =>
  rows.push([`  ${label}`, times(r), '', '', limit ? `< ${limit}×` : '', limit ? verdict(r < limit) : '']);
const countRow = (label: string, value: number, goal: string, ok: boolean) => rows.push([label, String(value), '', '', goal, verdict(ok)]);

let sqliteVersions = '';
function setUp(): void {
  // The list file: 10,000 youths through the db layer, then the same rows copied into a plain file.
  const handle = open(encryptedPath, true);
  insertYouthsDbLayer(handle, seedDbLayer(handle));
  const plain = openRaw(plainPath, null);
  copyRows(handle.sqlite, plain);
  sqliteVersions = handle.sqlite.prepare(`SELECT sqlite_version() || ', ' || sqlite3mc_version()`).pluck().get() as string;

  // Only the encryption may differ between the two files: compare every setting read back.
  const encrypted = readConnectionSettings(handle.sqlite);
  const unencrypted = readConnectionSettings(plain);
  const differ = Object.keys(encrypted).filter((k) => !['cipher', 'legacy'].includes(k) && encrypted[k] !== unencrypted[k]);
  if (differ.length) throw new Error(`plain file settings differ: ${differ.join(', ')}`);
  console.log('settings read back, encrypted:', JSON.stringify(encrypted));
  console.log('settings read back, plain:    ', JSON.stringify(unencrypted), '(no key given, so not encrypted)');
  for (const [name, c] of [['encrypted', handle.sqlite], ['plain', plain]] as const) {
    console.log(`${name} file: page_size ${c.pragma('page_size', { simple: true })}, pages ${c.pragma('page_count', { simple: true })}, cache_size ${c.pragma('cache_size', { simple: true })}`);
  }
  handle.close();
  plain.close(); // closing the last connection checkpoints the WAL into the file
  const header = (file: string) => fs.readFileSync(file).subarray(0, 15).toString('latin1');
  if (header(encryptedPath) === 'SQLite format 3' || header(plainPath) !== 'SQLite format 3') {
    throw new Error('encrypted file is readable as plain SQLite, or plain file is not');
  }
}

function benchOpen(): void {
  // No other connection is open, as at app start. The raw variant shows what quick_check,
  // settings and the migration check add on top of keying and reading page 1.
  let handle: DatabaseHandle | undefined;
  let raw: Database.Database | undefined;
  const r = measure(
    [
      { name: 'db', run: () => (handle = open(encryptedPath)), after: () => handle?.close() },
      {
        name: 'raw',
        run: () => {
          raw = new Database(encryptedPath, { fileMustExist: true });
          applyCipher(raw, Buffer.from(keyHex, 'hex'));
          return raw.prepare('SELECT count(*) FROM sqlite_master').get();
        },
        after: () => raw?.close(),
      },
    ],
    runs.open,
    warmup.open,
  );
  const db = get(r, 'db');
  statRow('open + key check: openDatabase (10k youths)', db, `< ${target.openMs} ms`, db.median < target.openMs);
  statRow('  for scale: raw open, key, read page 1 only', get(r, 'raw'));
}

function benchInsert(): void {
  // Every run gets a fresh file with the user and locations already in place; only the
  // transaction of 10,000 inserts is timed.
  let n = 0;
  const fresh = () => path.join(dir, `insert-${n++}.db`);
  let handle: DatabaseHandle | undefined;
  let connection: Database.Database | undefined;
  let file = '';
  let seed: Seed = { userId: '', locationIds: [] };
  const rawVariant = (name: string, key: string | null) => ({
    name,
    before: () => {
      file = fresh();
      connection = openRaw(file, key);
      seed = seedRaw(connection);
    },
    run: () => connection && insertYouthsRaw(connection, seed),
    after: () => {
      connection?.close();
      removeDatabaseFiles(file);
    },
  });
  const r = measure(
    [
      {
        name: 'db',
        before: () => {
          file = fresh();
          handle = open(file, true);
          seed = seedDbLayer(handle);
        },
        run: () => handle && insertYouthsDbLayer(handle, seed),
        after: () => {
          handle?.close();
          removeDatabaseFiles(file);
        },
      },
      rawVariant('raw', keyHex),
      rawVariant('plain', null),
    ],
    runs.insert,
    warmup.insert,
  );
  const [db, raw, plain] = [get(r, 'db'), get(r, 'raw'), get(r, 'plain')];
  statRow('insert 10k, 1 tx: db layer (insertYouth)', db);
  statRow('insert 10k, 1 tx: raw prepared INSERT', raw);
  ratioRow('ratio db layer / raw', ratio(db, raw));
  statRow('insert 10k, 1 tx: raw, plain file', plain);
  ratioRow('ratio encrypted / plain (raw)', ratio(raw, plain));
}

function benchList(): void {
  const handle = open(encryptedPath);
  const plain = openRaw(plainPath, null);
  const plainDb = drizzle({ client: plain, schema });
  const rawList = handle.sqlite.prepare(listSql);
  const rawListArrays = handle.sqlite.prepare(listSql).raw(true);
  const plainList = plain.prepare(listSql);

  // The figures only mean something if all variants return the same rows.
  const expected = JSON.stringify(listYouths(handle.db));
  for (const other of [rawList.all(), listYouths(plainDb), plainList.all()]) {
    if (JSON.stringify(other) !== expected) throw new Error('list variants return different rows');
  }
  if ((rawList.all() as unknown[]).length !== youthCount) throw new Error('list does not return every youth');

  const variants = [
    { name: 'db', run: () => listYouths(handle.db) },
    { name: 'raw', run: () => rawList.all() },
    { name: 'plain db', run: () => listYouths(plainDb) },
    { name: 'plain raw', run: () => plainList.all() },
  ];
  // Warm: the 16 MB page cache holds the whole file after the first list, so pages are not
  // decrypted again; this is the app's repeated list on its long-lived connection.
  // Cold: shrink_memory empties the page cache first (untimed), so every page is read from the OS
  // cache and decrypted + HMAC-checked: the first list after unlock, and where encryption costs.
  // Raw arrays (.raw(true), what drizzle fetches before mapping rows to objects) splits the db layer.
  const warm = measure([...variants, { name: 'raw arrays', run: () => rawListArrays.all() }], runs.list, warmup.list);
  const dropCache = () => {
    handle.sqlite.pragma('shrink_memory');
    plain.pragma('shrink_memory');
  };
  const cold = measure(variants.map((v) => ({ ...v, before: dropCache })), runs.list, warmup.list);

  for (const [label, r] of [['warm cache', warm], ['cold cache', cold]] as const) {
    const [db, raw, plainDbL, plainRaw] = ['db', 'raw', 'plain db', 'plain raw'].map((n) => get(r, n)) as [Stats, Stats, Stats, Stats];
    statRow(`list 10k (${label}): db layer listYouths`, db);
    statRow(`list 10k (${label}): raw prepared .all()`, raw);
    if (r.has('raw arrays')) {
      const arrays = get(r, 'raw arrays');
      statRow(`list 10k (${label}): raw .raw(true) arrays`, arrays);
      // drizzle's all() is exactly that fetch followed by mapResultRow on each row.
      rows.push(['  db layer minus raw arrays (row mapping)', ms(db.median - arrays.median), '', '', '', '']);
    }
    ratioRow('ratio db layer / raw, same file', ratio(db, raw), target.dbLayerVsRaw);
    statRow(`list 10k (${label}): db layer, plain file`, plainDbL);
    statRow(`list 10k (${label}): raw, plain file`, plainRaw);
    ratioRow('ratio encrypted / plain, db layer', ratio(db, plainDbL), target.encryptedVsPlain);
    ratioRow('ratio encrypted / plain, raw', ratio(raw, plainRaw), target.encryptedVsPlain);
  }
  handle.close();
  plain.close();
}

try {
  console.log(`Waakzaam db benchmark: Node ${process.version} (${process.platform}-${process.arch}), ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`);
  memory('before');
  setUp();
  console.log(`SQLite ${sqliteVersions}; ${youthCount} youths; temp dir ${dir}`);
  benchOpen();
  benchInsert();
  benchList();
  await benchSession({ stat: statRow, ratio: ratioRow });
  await benchFileOpen({ stat: statRow, ratio: ratioRow });
  await benchPacket({ stat: statRow, ratio: ratioRow });
  await benchGraph({ stat: statRow, ratio: ratioRow });
  await benchBackup({ stat: statRow, ratio: ratioRow });
  await benchClicks({ stat: statRow, ratio: ratioRow, count: countRow }, { rendererBuilt: true });
  console.log('\nTimes per run; targets judged on the median, ratios are ratios of medians.\n');
  printTable(['measurement', 'median', 'p90', 'runs', 'target', 'result'], rows);
  console.log();
  memory('after');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
