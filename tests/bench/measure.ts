/** Timing and table helpers for the benchmark: interleaved runs, median / p90, a plain-text table. */
import v8 from 'node:v8';
import vm from 'node:vm';

// `npm run bench` starts Node without --expose-gc; this turns it on at run time.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

export interface Variant {
  name: string;
  /** Untimed preparation for one run (fresh file, dropped page cache, …). */
  before?: () => void;
  run: () => unknown;
  /** Untimed clean-up after one run. */
  after?: () => void;
}

export interface Stats {
  median: number;
  p90: number;
  runs: number;
}

// Results go here so no run's work can be optimised away.
export let sink: unknown;

/**
 * Runs all variants `warmup + runs` rounds. Within a round every variant runs once, in a fresh
 * random order, so drift on a noisy 2-core machine (other jobs, CPU clocks) hits every variant
 * alike. A full GC before each run (untimed) keeps one variant from paying for the garbage of the
 * one before it: a list of 10,000 rows leaves ~10 MB of it.
 */
export function measure(variants: Variant[], runs: number, warmup: number): Map<string, Stats> {
  const times = new Map(variants.map((v) => [v.name, [] as number[]]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const variant of shuffled(variants)) {
      variant.before?.();
      collectGarbage();
      const start = performance.now();
      sink = variant.run();
      const ms = performance.now() - start;
      variant.after?.();
      if (round >= warmup) times.get(variant.name)?.push(ms);
    }
  }
  return new Map([...times].map(([name, t]) => [name, stats(t)]));
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Median and p90 of timed runs. */
export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? at(0.5) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { median, p90: at(0.9), runs: sorted.length };
}

export function get(results: Map<string, Stats>, name: string): Stats {
  const found = results.get(name);
  if (!found) throw new Error(`no measurement named ${name}`);
  return found;
}

/** Ratio of medians: the median is robust to the odd slow run, a mean of ratios is not. */
export function ratio(a: Stats, b: Stats): number {
  return a.median / b.median;
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
export const times = (n: number) => `${n.toFixed(2)}×`;
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** Prints rows as left-aligned columns under a header. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
