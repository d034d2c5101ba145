/**
 * Backup of a database of 2,000 youths, each with a photo: the whole `backUp` (VACUUM INTO on the
 * keyed connection, full integrity_check and row counts of the copy, the log's chain against its
 * anchor, key slots and anchor beside it, retention, the log entry) against a plain file copy of
 * the same database in the same run. Run alone with `npx tsx tests/bench/backupBench.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import jpeg from 'jpeg-js';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { findLocationByName } from '../../db/repositories/locations';
import { insertPhoto } from '../../db/repositories/photos';
import { insertYouth } from '../../db/repositories/youths';
import { backUp } from '../../main/backup/backupService';
import { silentLogger } from '../../main/logging/logger';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { copyStaffedDatabase, signIn, staffLocations } from '../support/staff';
import { get, measure, ms, printTable, ratio, times, verdict } from './measure';
import type { SessionBenchReport } from './sessionBench';

const youthCount = 2000;
const distinctPhotos = 16;
const runs = 5;
const warmup = 1;
const targetMs = 5000;
const now = '2026-01-01T12:00:00.000Z';

/** A small photo with detail everywhere (so it does not compress to nothing): about 65 KB at 320×240. */
function photo(seed: number, width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 3 + seed * 40 + ((x * y) % 7) * 9) & 255;
      data[i + 1] = (y * 5 + ((x * y) >> 6)) & 255;
      data[i + 2] = ((x ^ y) + seed * 17) & 255;
      data[i + 3] = 255;
    }
  }
  return jpeg.encode({ data, width, height }, 85).data;
}

/** Youths and photos through the repositories in one transaction: the data, not the app's checks, is what is measured. */
function fill(services: AppServices): { photoBytes: number } {
  const session = services.context.requireUnlocked();
  const images = Array.from({ length: distinctPhotos }, (_, i) => ({ image: photo(i, 320, 240), thumbnail: photo(i, 96, 72) }));
  const by = { userId: session.user.id, now };
  let photoBytes = 0;
  session.handle.transaction(() => {
    const locationIds = staffLocations.map((name) => findLocationByName(session.handle.db, name)!.id);
    for (let i = 0; i < youthCount; i++) {
      const youthId = insertYouth(
        session.handle.db,
        { firstName: `Jongere ${i}`, lastName: `Backupnaam ${(i * 7919) % youthCount}`, dateOfBirth: `${2008 + (i % 8)}-0${1 + (i % 9)}-1${i % 9}`, locationId: locationIds[i % locationIds.length]! },
        by,
      );
      const { image, thumbnail } = images[i % distinctPhotos]!;
      insertPhoto(session.handle.db, { youthId, kind: 'portrait', caption: '', takenOn: '2026-01-02', width: 320, height: 240, image, thumbnail }, by);
      photoBytes += image.length + thumbnail.length;
    }
  });
  return { photoBytes };
}

export async function benchBackup(report: SessionBenchReport): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-bench-backup-'));
  const databasePath = path.join(dir, 'waakzaam.db');
  const folder = path.join(dir, 'backups');
  const copyPath = path.join(dir, 'copy.db');
  fs.mkdirSync(folder);
  let services: AppServices | undefined;
  try {
    await copyStaffedDatabase(databasePath);
    services = createAppServices({ databasePath, migrationsFolder: sourceMigrationsFolder, logger: silentLogger });
    await signIn(services, 'admin');
    const building = performance.now();
    const { photoBytes } = fill(services);
    const session = services.context.requireUnlocked();
    // The copy baseline then holds every page in the main file, as the backup does.
    session.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    console.log(`backup bench: ${youthCount} youths with photos (${(photoBytes / 1024 / 1024).toFixed(1)} MB of JPEG) built in ${ms(performance.now() - building)}`);

    const context = services.context;
    let bytes = 0;
    const r = measure(
      [
        { name: 'backup', run: () => (bytes = backUp(context, { folder, keep: 2 }).bytes) },
        { name: 'copy', run: () => fs.copyFileSync(databasePath, copyPath), after: () => fs.rmSync(copyPath) },
      ],
      runs,
      warmup,
    );
    const [backup, copy] = [get(r, 'backup'), get(r, 'copy')];
    const size = `${(bytes / 1024 / 1024).toFixed(1)} MB; database ${(fs.statSync(databasePath).size / 1024 / 1024).toFixed(1)} MB`;
    report.stat(`backup ${youthCount} youths with photos, verified (${size})`, backup, `< ${targetMs} ms`, backup.median < targetMs);
    report.stat('  baseline: plain file copy of the same database', copy);
    report.ratio('ratio backup / file copy', ratio(backup, copy));
  } finally {
    services?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows: string[][] = [];
  await benchBackup({
    stat: (label, s, goal = '', ok) => rows.push([label, ms(s.median), ms(s.p90), String(s.runs), goal, ok === undefined ? '' : verdict(ok)]),
    ratio: (label, r) => rows.push([`  ${label}`, times(r), '', '', '', '']),
  });
  printTable(['measurement', 'median', 'p90', 'runs', 'target', 'result'], rows);
}
