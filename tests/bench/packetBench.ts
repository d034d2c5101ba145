/**
 * The police packet (issue 5): a youth with a 2 MB photo and 60 network entities (80 links), a
 * safety plan and an episode with its facts, urgency and timeline, made as a PDF through the real
 * service (gathering, rendering, saving through a save port that writes at once as if the user
 * chose the folder, disclosure record and access-log entry included). Warm: repeated
 * in one process, with a bare youth's packet (no photo, no network) in the same rounds as the
 * baseline. Cold: the first packet in a fresh process, loading pdfmake and its fonts included.
 * Part of `npm run bench`; alone: `npx tsx tests/bench/packetBench.ts`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jpeg from 'jpeg-js';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { insertPhoto } from '../../db/repositories/photos';
import { silentLogger } from '../../main/logging/logger';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { makeMissingPacket } from '../../main/services/missingPacketService';
import type { EpisodeView, NetworkEntity, PacketResult } from '../../preload/contract';
import { copyStaffedDatabase, seedYouths, signIn } from '../support/staff';
import { call, entityDetails, linkTypes, ratings } from './fileOpenBench';
import { ms, printTable, times, verdict, type Stats } from './measure';
import type { SessionBenchReport } from './sessionBench';

const size = { entities: 60, links: 80 };
const runs = 20;
const warmup = 3;
const coldRuns = 5;
const target = { coldMs: 1000, warmMs: 300 };

/** A 1600 × 1200 JPEG of noise over a gradient, about 2 MB: what the re-encoder keeps of a camera photo at most. */
function twoMegabyteJpeg(): Buffer {
  const [width, height] = [1600, 1200];
  const data = Buffer.alloc(width * height * 4);
  let seed = 1;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 90;
  for (let i = 0; i < width * height; i++) {
    const n = noise();
    data.set([(i % width) / 8 + n, n * 2, 255 - n, 255], i * 4);
  }
  return jpeg.encode({ data, width, height }, 85).data;
}

const facts = (discoveredAt: string) => ({
  discoveredAt,
  lastSeenAt: discoveredAt,
  lastSeenWhere: 'Bushalte bij het station',
  lastSeenWith: 'Twee onbekende jongens',
  clothing: 'Zwarte jas, grijze joggingbroek, witte sneakers',
  belongings: { phone: 'yes', money: 'unknown', idDocument: 'no', bankCard: 'yes', other: 'Rugzak' },
  direction: 'Met de bus richting centrum',
});

async function fillFull(services: AppServices, youthId: string): Promise<number> {
  const session = services.context.requireUnlocked();
  const image = twoMegabyteJpeg();
  // Through the repository: the photo service would re-encode it smaller, and the point is a photo this large.
  insertPhoto(session.handle.db, { youthId, kind: 'portrait', caption: '', takenOn: '2026-01-15', width: 1600, height: 1200, image, thumbnail: image.subarray(0, 0) }, { userId: session.user.id, now: services.context.nowIso() });
  const entities: NetworkEntity[] = [];
  for (let i = 0; i < size.entities; i++) {
    const details = i % 10 === 0 ? { kind: 'person' as const, role: 'suspectedExploiter' as const, name: `Verdachte ${i}`, alias: `V${i}`, description: 'Lang, donker haar, rode jas.' } : entityDetails(i);
    entities.push((await call(services, 'network.saveEntity', { youthId, details, source: 'Gesprek met de jongere', observedOn: '2026-03-01', atRisk: i % 7 === 0, shareWithPolice: i % 2 === 0 })) as NetworkEntity);
  }
  for (let i = 0; i < size.links; i++) {
    const fromId = i < size.entities ? null : entities[(i * 7) % size.entities]!.id;
    const toId = entities[i < size.entities ? i : (i * 11 + 3) % size.entities]!.id;
    await call(services, 'network.saveLink', { youthId, fromId, toId, type: linkTypes[i % linkTypes.length], rating: ratings[i % ratings.length], source: 'Observatie groepsleiding', observedOn: '2026-03-02' });
  }
  const text = 'Om 22:00 binnen, telefoon bij de groepsleiding, niet naar het station zonder begeleiding. '.repeat(6);
  await call(services, 'safetyPlan.save', {
    youthId,
    basedOnVersion: null,
    content: { agreements: text, riskSituations: text, socialMedia: text, callWhenUnsafe: [{ name: 'Dienstdoende teamleider', role: 'Teamleider', phone: '06 12345678' }], reviewDate: '2027-01-15' },
  });
  return image.length;
}

async function reportMissing(services: AppServices, youthId: string, withUrgency: boolean): Promise<string> {
  const urgency = withUrgency ? { criminalCompany: { applies: true, evidence: 'Gezien met een volwassen man die haar ronselt.' }, intellectualDisability: { applies: true, evidence: 'LVB vastgesteld.' } } : {};
  const view = (await call(services, 'missing.report', { youthId, facts: facts('2026-03-12T22:15:00.000Z'), urgency })) as EpisodeView;
  for (let i = 0; i < 5; i++) await call(services, 'missing.addEvent', { episodeId: view.episode.id, at: '2026-03-12T22:30:00.000Z', kind: 'searchAction', text: `Zoekactie ${i + 1}: omgeving afgezocht.` });
  return view.episode.id;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p90: sorted[Math.ceil(0.9 * sorted.length) - 1]!, runs: sorted.length };
}

/** Packets are saved beside the database, in the temp folder removed at the end. */
const openServices = (databasePath: string) =>
  createAppServices({
    databasePath,
    migrationsFolder: sourceMigrationsFolder,
    logger: silentLogger,
    savePdf: async (pdf, suggestedName) => {
      const target = path.join(path.dirname(databasePath), suggestedName);
      fs.writeFileSync(target, pdf);
      return target;
    },
  });

async function timedPacket(services: AppServices, episodeId: string): Promise<{ ms: number; packet: PacketResult }> {
  const start = performance.now();
  const packet = await makeMissingPacket(services.context, { episodeId, output: 'save' });
  return { ms: performance.now() - start, packet };
}

/** In a fresh process: sign in (not timed), then time the first packet. Prints its time as JSON. */
async function coldChild(databasePath: string, episodeId: string): Promise<void> {
  const services = openServices(databasePath);
  try {
    await signIn(services, 'worker');
    const { ms: elapsed } = await timedPacket(services, episodeId);
    process.stdout.write(JSON.stringify({ ms: elapsed }));
  } finally {
    services.close();
  }
}

function coldFirstPackets(databasePath: string, episodeId: string): number[] {
  const script = fileURLToPath(import.meta.url);
  return Array.from({ length: coldRuns }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--cold', databasePath, episodeId], { encoding: 'utf8' });
    return (JSON.parse(out) as { ms: number }).ms;
  });
}

export async function benchPacket(report: SessionBenchReport): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-bench-packet-'));
  const databasePath = path.join(dir, 'waakzaam.db');
  try {
    await copyStaffedDatabase(databasePath);
    let services = openServices(databasePath);
    const [full, bare] = (await seedYouths(services, [
      { firstName: 'Vol', lastName: 'Dossier', alias: 'Vollie', dateOfBirth: '2010-04-04', location: 'Groep Noord' },
      { firstName: 'Leeg', lastName: 'Dossier', alias: '', dateOfBirth: '2011-05-05', location: 'Groep Noord' },
    ])) as [string, string];
    await signIn(services, 'worker');
    const photoBytes = await fillFull(services, full);
    const episodes = { full: await reportMissing(services, full, true), bare: await reportMissing(services, bare, false) };
    services.close();

    const cold = stats(coldFirstPackets(databasePath, episodes.full));

    services = openServices(databasePath);
    await signIn(services, 'worker');
    const samples = { full: [] as number[], bare: [] as number[] };
    let last: PacketResult | undefined;
    for (let round = 0; round < warmup + runs; round++) {
      const order = round % 2 ? (['full', 'bare'] as const) : (['bare', 'full'] as const);
      for (const which of order) {
        const { ms: elapsed, packet } = await timedPacket(services, episodes[which]);
        if (round >= warmup) samples[which].push(elapsed);
        if (which === 'full') last = packet;
      }
    }
    services.close();

    const [warmFull, warmBare] = [stats(samples.full), stats(samples.bare)];
    report.stat(`police packet, cold: first in a fresh process (${(photoBytes / 1024 / 1024).toFixed(1)} MB photo, ${size.entities} entities)`, cold, `< ${target.coldMs} ms`, cold.median < target.coldMs);
    report.stat('police packet, warm: same youth again', warmFull, `< ${target.warmMs} ms`, warmFull.median < target.warmMs);
    report.stat('  baseline: packet of a bare youth (no photo, no network)', warmBare);
    report.ratio('ratio full / bare packet', warmFull.median / warmBare.median);
    if (last?.outcome === 'saved') console.log(`police packet: ${last.pageCount} pages, ${(fs.statSync(last.savedTo).size / 1024 / 1024).toFixed(2)} MB PDF`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const isEntry = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isEntry && process.argv[2] === '--cold') {
  await coldChild(process.argv[3]!, process.argv[4]!);
} else if (isEntry) {
  const rows: string[][] = [];
  await benchPacket({
    stat: (label, s, goal = '', ok) => rows.push([label, ms(s.median), ms(s.p90), String(s.runs), goal, ok === undefined ? '' : verdict(ok)]),
    ratio: (label, r) => rows.push([`  ${label}`, times(r), '', '', '', '']),
  });
  printTable(['measurement', 'median', 'p90', 'runs', 'target', 'result'], rows);
}
