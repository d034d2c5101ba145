/**
 * The network graph's first render in Chromium, for 60 and 200 entities (with a third more links
 * than entities): from the click on "Grafiek" until every node is in the DOM, and until every
 * node is measured and shown with all links drawn. The real app on the real services through the
 * e2e harness (built renderer, CSP, encrypted database), seeded through the router.
 * Part of `npm run bench`; alone: `npx tsx tests/bench/graphBench.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { NetworkEntity } from '../../preload/contract';
import buildRenderer from '../e2e/buildRenderer';
import { launchApp, type LaunchedApp } from '../e2e/harness';
import { youthIdByName } from '../e2e/pageHelpers';
import { call, entityDetails, linkTypes, ratings } from './fileOpenBench';
import { ms, printTable, times, type Stats } from './measure';
import type { SessionBenchReport } from './sessionBench';

const sizes = [60, 200] as const;
const runs = 9;
const warmup = 2;

/** One youth per size, named after it, so the graph of each is opened from the youth list. */
const youthOf = (size: number) => ({ firstName: 'Graaf', lastName: `Netwerk${size}`, dateOfBirth: '2010-06-06', location: 'Groep Noord' as const });

async function seedNetwork(app: LaunchedApp, youthId: string, size: number): Promise<number> {
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    const entity = (await call(app.services, 'network.saveEntity', { youthId, details: entityDetails(i), source: 'Gesprek met de jongere', atRisk: i % 9 === 0, shareWithPolice: i % 2 === 0 })) as NetworkEntity;
    ids.push(entity.id);
  }
  // Every entity linked to the youth, and a third as many links between entities.
  const between = Math.round(size / 3);
  for (let i = 0; i < size + between; i++) {
    const fromId = i < size ? null : ids[(i * 13) % size]!;
    const toId = ids[i < size ? i : (i * 13 + 1 + (i % 5)) % size]!;
    await call(app.services, 'network.saveLink', { youthId, fromId, toId, type: linkTypes[i % linkTypes.length], rating: ratings[i % ratings.length], source: 'Observatie groepsleiding' });
  }
  return size + between;
}

/**
 * Runs in the page (as a string: no bundler helpers leak in). Clicks "Grafiek" and samples every
 * animation frame: `inDom` when all nodes exist, `drawn` when all are measured and visible and
 * every link is drawn. Frame sampling makes both exact to one frame (~16 ms).
 */
const timeFirstRender = `async ({ nodes, links }) => {
  const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Grafiek');
  const start = performance.now();
  button.click();
  let inDom = 0;
  return new Promise((resolve) => {
    const sample = () => {
      const now = performance.now() - start;
      const found = document.querySelectorAll('.react-flow__node');
      if (!inDom && found.length === nodes) inDom = now;
      const shown = inDom && [...found].every((node) => node.style.visibility === 'visible');
      if (shown && document.querySelectorAll('.react-flow__edge').length === links) resolve({ inDom, drawn: now });
      else requestAnimationFrame(sample);
    };
    sample();
  });
}`;

async function measureSize(page: Page, size: number, links: number): Promise<{ inDom: Stats; drawn: Stats }> {
  await page.getByRole('table', { name: 'Jongeren' }).locator('tbody tr').filter({ hasText: `Netwerk${size}` }).click();
  await page.getByRole('tab', { name: 'Netwerk' }).click();
  const samples = { inDom: [] as number[], drawn: [] as number[] };
  for (let round = 0; round < warmup + runs; round++) {
    const result = (await page.evaluate(`(${timeFirstRender})(${JSON.stringify({ nodes: size + 1, links })})`)) as { inDom: number; drawn: number };
    if (round >= warmup) {
      samples.inDom.push(result.inDom);
      samples.drawn.push(result.drawn);
    }
    // Back to the tables: the graph unmounts, so the next round is a first render again.
    await page.getByRole('button', { name: 'Tabel' }).click();
    await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
  }
  return { inDom: stats(samples.inDom), drawn: stats(samples.drawn) };
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p90: sorted[Math.ceil(0.9 * sorted.length) - 1]!, runs: sorted.length };
}

export async function benchGraph(report: SessionBenchReport): Promise<void> {
  await buildRenderer();
  const app = await launchApp({ start: 'unlocked', as: 'officer', youths: sizes.map(youthOf) });
  try {
    await app.page.setViewportSize({ width: 1366, height: 900 });
    const results = new Map<number, { inDom: Stats; drawn: Stats }>();
    for (const size of sizes) {
      const links = await seedNetwork(app, await youthIdByName(app, `Netwerk${size}`), size);
      await app.page.reload(); // back to the youth list, with the new network
      results.set(size, await measureSize(app.page, size, links));
      report.stat(`graph first render, ${size} entities, ${links} links: all nodes in the DOM`, results.get(size)!.inDom);
      report.stat(`graph first render, ${size} entities, ${links} links: drawn (measured, links in place)`, results.get(size)!.drawn);
    }
    const [small, large] = sizes.map((size) => results.get(size)!);
    report.ratio(`ratio ${sizes[1]} / ${sizes[0]} entities, in the DOM`, large!.inDom.median / small!.inDom.median);
    report.ratio(`ratio ${sizes[1]} / ${sizes[0]} entities, drawn`, large!.drawn.median / small!.drawn.median);
    console.log(`graph benchmark: ${await app.page.evaluate('navigator.userAgent')}`);
    if (app.problems.length) throw new Error(`page problems during the graph benchmark: ${app.problems.join('; ')}`);
  } finally {
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows: string[][] = [];
  await benchGraph({
    stat: (label, s) => rows.push([label, ms(s.median), ms(s.p90), String(s.runs)]),
    ratio: (label, r) => rows.push([`  ${label}`, times(r), '', '']),
  });
  printTable(['measurement', 'median', 'p90', 'runs'], rows);
}
