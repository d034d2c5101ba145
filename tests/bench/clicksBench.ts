/**
 * The night shift's path: from the start screen to the police packet's PDF for a youth of the
 * worker's own group. Counts the clicks (target ≤ 4) and times the machine's share of the path,
 * from the first click until the saved PDF is on disk and the screen says where (typing and
 * reading time excluded: the path needs no typing; the harness's save dialog answers at once). The real app on the real services through the e2e harness, in Chromium.
 * Part of `npm run bench`; alone: `npx tsx tests/bench/clicksBench.ts`.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Locator } from 'playwright-core';
import buildRenderer from '../e2e/buildRenderer';
import { launchApp, type LaunchedApp } from '../e2e/harness';
import type { TestYouth } from '../support/staff';
import { ms, printTable, stats } from './measure';
import type { SessionBenchReport } from './sessionBench';

const runs = 7;
const warmup = 1;
const targetClicks = 4;

export interface ClicksBenchReport extends SessionBenchReport {
  count: (label: string, value: number, goal: string, ok: boolean) => void;
}

/** One youth per run: a youth already missing cannot be reported again. */
const youthOf = (run: number): TestYouth => ({ firstName: 'Meting', lastName: `Nachtdienst${run}`, dateOfBirth: '2010-02-14', location: 'Groep Noord' });

/** One report, clicked as a worker would; returns the clicks and the time from the first click to the saved PDF. */
async function reportOnce(app: LaunchedApp, run: number): Promise<{ clicks: number; ms: number; bytes: number }> {
  const { page } = app;
  let clicks = 0;
  const click = async (target: Locator) => {
    clicks++;
    await target.click();
  };
  await page.getByRole('heading', { level: 1, name: 'Jongeren' }).waitFor();
  const start = performance.now();
  await click(page.getByRole('button', { name: 'Vermissing melden' }));
  const dialog = page.getByRole('dialog', { name: 'Vermissing melden' });
  await click(dialog.getByRole('button', { name: new RegExp(`Meting Nachtdienst${run}\\b`) }));
  await click(dialog.getByRole('button', { name: 'Vermissing vastleggen' }));
  await click(page.getByRole('button', { name: 'Politiedossier opslaan als PDF' }));
  await page.getByRole('status').filter({ hasText: 'Politiedossier opgeslagen: ' }).waitFor();
  const pdf = fs.readFileSync(app.saved.at(-1)!.path);
  const elapsed = performance.now() - start;
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the saved file is not a PDF');
  if (app.saved.length !== run + 1) throw new Error(`expected ${run + 1} saved packets, found ${app.saved.length}`);
  // Back to the start screen for the next run (neither counted nor timed).
  await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
  return { clicks, ms: elapsed, bytes: pdf.length };
}

/** `rendererBuilt`: the caller built the renderer already (bench.ts, after the graph benchmark). */
export async function benchClicks(report: ClicksBenchReport, { rendererBuilt = false } = {}): Promise<void> {
  if (!rendererBuilt) await buildRenderer();
  const app = await launchApp({ start: 'unlocked', as: 'worker', youths: Array.from({ length: warmup + runs }, (_, run) => youthOf(run)) });
  try {
    await app.page.setViewportSize({ width: 1366, height: 900 });
    const results = [];
    for (let run = 0; run < warmup + runs; run++) {
      const result = await reportOnce(app, run);
      if (run >= warmup) results.push(result);
    }
    const clicks = Math.max(...results.map((result) => result.clicks));
    report.count('clicks from the start screen to the packet PDF (own group)', clicks, `≤ ${targetClicks}`, clicks <= targetClicks);
    report.stat(`report missing, ${clicks} clicks: first click to the saved PDF (${Math.round(results[0]!.bytes / 1024)} kB)`, stats(results.map((result) => result.ms)));
    if (app.problems.length) throw new Error(`page problems during the clicks benchmark: ${app.problems.join('; ')}`);
  } finally {
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows: string[][] = [];
  await benchClicks({
    stat: (label, s) => rows.push([label, ms(s.median), ms(s.p90), String(s.runs), '', '']),
    ratio: () => undefined,
    count: (label, value, goal, ok) => rows.push([label, String(value), '', '', goal, ok ? 'PASS' : 'FAIL']),
  });
  printTable(['measurement', 'median', 'p90', 'runs', 'target', 'result'], rows);
}
