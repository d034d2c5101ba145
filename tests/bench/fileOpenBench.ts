/**
 * Opening a full youth file through the router, as the renderer does: 10 photos (thumbnails),
 * 60 network entities with 80 links, 3 safety plan versions, its access-log entry. An empty file
 * opened in the same rounds is the baseline. Seeded through the real services.
 * Part of `npm run bench`; alone: `npx tsx tests/bench/fileOpenBench.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import jpeg from 'jpeg-js';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { silentLogger } from '../../main/logging/logger';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import type { EntityDetails, LinkRating, LinkType, NetworkEntity } from '../../preload/contract';
import { copyStaffedDatabase, seedYouths, signIn } from '../support/staff';
import { ms, printTable, times, verdict, type Stats } from './measure';
import type { SessionBenchReport } from './sessionBench';

const size = { photos: 10, entities: 60, links: 80, planVersions: 3 };
const runs = 60;
const warmup = 10;
const targetMs = 200;

export async function call(services: AppServices, channel: string, input: unknown): Promise<unknown> {
  const result = await services.router(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value;
}

/** A camera-sized JPEG with enough detail that re-encoding and thumbnails cost what real photos do. */
function photoBase64(seed: number): string {
  const [width, height] = [1200, 900];
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 3 + seed * 40) & 255;
      data[i + 1] = (y * 5 + ((x * y) >> 7)) & 255;
      data[i + 2] = ((x ^ y) + seed * 17) & 255;
      data[i + 3] = 255;
    }
  }
  return jpeg.encode({ data, width, height }, 85).data.toString('base64');
}

export function entityDetails(i: number): EntityDetails {
  switch (i % 5) {
    case 0:
      return { kind: 'person', role: 'friend', name: `Persoon ${i}`, alias: `P${i}`, description: 'Lang, donker haar, rode jas.' };
    case 1:
      return { kind: 'place', placeType: 'hangout', name: `Hangplek ${i}`, address: `Teststraat ${i}`, postcode: '1234 AB', city: 'Oefenstad', residents: '', riskNote: 'Wordt vaak gezien met oudere jongens.' };
    case 2:
      return { kind: 'vehicle', vehicleType: 'scooter', plate: `TS-${100 + i}-X`, make: 'Testmerk', colour: 'zwart' };
    case 3:
      return { kind: 'phone', number: `06 1234 ${5000 + i}` };
    default:
      return { kind: 'account', platform: 'Instagram', handle: `test_account_${i}` };
  }
}

export const linkTypes: LinkType[] = ['friendship', 'supplies', 'transports', 'recruits', 'usesVehicle'];
export const ratings: LinkRating[] = ['protective', 'neutral', 'worrying', 'danger'];

async function fillFile(services: AppServices, youthId: string): Promise<void> {
  for (let i = 0; i < size.photos; i++) {
    await call(services, 'photos.add', { youthId, kind: i < 4 ? 'portrait' : 'mark', caption: i < 4 ? '' : `Tatoeage ${i}`, takenOn: `2026-0${1 + (i % 9)}-1${i % 9}`, imageBase64: photoBase64(i) });
  }
  const entities: NetworkEntity[] = [];
  for (let i = 0; i < size.entities; i++) {
    entities.push((await call(services, 'network.saveEntity', { youthId, details: entityDetails(i), source: 'Gesprek met de jongere', observedOn: '2026-03-01', notes: 'Genoemd in het mentorgesprek.', atRisk: i % 7 === 0, shareWithPolice: i % 2 === 0 })) as NetworkEntity);
  }
  for (let i = 0; i < size.links; i++) {
    // Every entity linked to the youth, the rest between two different entities (4i + 3 is never 0 mod 60).
    const fromId = i < size.entities ? null : entities[(i * 7) % size.entities]!.id;
    const toId = entities[i < size.entities ? i : (i * 11 + 3) % size.entities]!.id;
    await call(services, 'network.saveLink', { youthId, fromId, toId, type: linkTypes[i % linkTypes.length], rating: ratings[i % ratings.length], source: 'Observatie groepsleiding', observedOn: '2026-03-02' });
  }
  for (let version = 1; version <= size.planVersions; version++) {
    const text = `Afspraak ${version}: om 22:00 binnen, telefoon 's nachts bij de groepsleiding. `.repeat(20);
    await call(services, 'safetyPlan.save', {
      youthId,
      basedOnVersion: version === 1 ? null : version - 1,
      content: {
        participants: [{ name: 'Mentor', role: 'Groepsleiding' }, { name: 'Moeder', role: 'Ouder' }],
        agreements: text,
        riskSituations: text,
        actionsWhenUnsafe: text,
        callWhenUnsafe: [{ name: 'Dienstdoende teamleider', role: 'Teamleider', phone: '06 12345678' }],
        socialMedia: text,
        reviewDate: '2027-01-15',
      },
    });
  }
}

interface FileOpenResult {
  full: Stats;
  empty: Stats;
  payloadBytes: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p90: sorted[Math.ceil(0.9 * sorted.length) - 1]!, runs: sorted.length };
}

/** Full and empty file alternate in each round (order flipped every round), so drift hits both alike. */
async function measureOpens(services: AppServices, ids: { full: string; empty: string }): Promise<FileOpenResult> {
  const samples = { full: [] as number[], empty: [] as number[] };
  for (let round = 0; round < warmup + runs; round++) {
    const order = round % 2 ? (['full', 'empty'] as const) : (['empty', 'full'] as const);
    for (const which of order) {
      const start = performance.now();
      await call(services, 'youths.open', { id: ids[which] });
      const elapsed = performance.now() - start;
      if (round >= warmup) samples[which].push(elapsed);
    }
  }
  const payloadBytes = Buffer.byteLength(JSON.stringify(await call(services, 'youths.open', { id: ids.full })));
  return { full: stats(samples.full), empty: stats(samples.empty), payloadBytes };
}

export async function benchFileOpen(report: SessionBenchReport): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-bench-file-'));
  const databasePath = path.join(dir, 'waakzaam.db');
  let services: AppServices | undefined;
  try {
    await copyStaffedDatabase(databasePath);
    services = createAppServices({ databasePath, migrationsFolder: sourceMigrationsFolder, logger: silentLogger });
    const [full, empty] = (await seedYouths(services, [
      { firstName: 'Vol', lastName: 'Dossier', alias: '', dateOfBirth: '2010-04-04', location: 'Groep Noord' },
      { firstName: 'Leeg', lastName: 'Dossier', alias: '', dateOfBirth: '2011-05-05', location: 'Groep Noord' },
    ])) as [string, string];
    await signIn(services, 'worker');
    await fillFile(services, full);
    const result = await measureOpens(services, { full, empty });
    report.stat(`open full file via router (${size.photos} photos, ${size.entities} entities, ${size.links} links, ${size.planVersions} plans)`, result.full, `< ${targetMs} ms`, result.full.median < targetMs);
    report.stat('  baseline: open an empty file via router', result.empty);
    report.ratio('ratio full / empty file', result.full.median / result.empty.median);
    console.log(`full file as sent to the renderer: ${(result.payloadBytes / 1024).toFixed(0)} KB of JSON`);
  } finally {
    services?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows: string[][] = [];
  await benchFileOpen({
    stat: (label, s, goal = '', ok) => rows.push([label, ms(s.median), ms(s.p90), String(s.runs), goal, ok === undefined ? '' : verdict(ok)]),
    ratio: (label, r) => rows.push([`  ${label}`, times(r), '', '', '', '']),
  });
  printTable(['measurement', 'median', 'p90', 'runs', 'target', 'result'], rows);
}
