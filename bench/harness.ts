/**
 * A tiny benchmark harness. Every figure is a ratio against a baseline measured in the
 * same process on the same input, so results travel between machines; absolute times
 * are printed for context only.
 */

import { median } from './quantiles';

export interface Measurement {
  /** Median wall time of one call, in milliseconds. */
  medianMs: number;
  runs: number;
}

export interface BenchRow {
  suite: string;
  name: string;
  /** What the candidate is compared against, e.g. "Readability.parse alone". */
  baseline: string;
  baselineMs: number;
  candidateMs: number;
  /** candidate / baseline: below 1 means the candidate is faster. */
  ratio: number;
  /** The goal the ratio must meet, as text ("<= 1.3"), when there is one. */
  goal?: string;
  pass?: boolean;
  /** Extra figures (throughput, sizes) worth printing. */
  extra?: Record<string, number | string>;
  /** What `baselineMs` and `candidateMs` count when not milliseconds (a size in kB). @default 'ms' */
  unit?: string;
}

/** Runs `fn` until `minMs` has passed (and at least `minRuns` times) and returns the median. */
export function measure(fn: () => unknown, { minMs = 300, minRuns = 5, maxRuns = 10_000 } = {}): Measurement {
  for (let i = 0; i < 2; i++) fn(); // warm-up: JIT and caches
  const times: number[] = [];
  const begin = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - begin < minMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), runs: times.length };
}

/**
 * Two functions measured call by call in turn, `a` then `b` then `a`…, until `minMs` has
 * passed: a busy machine's slow seconds fall on both alike, where two blocks measured
 * one after the other can each meet a different load.
 */
export function measureInterleaved(a: () => unknown, b: () => unknown, { minMs = 1000, minRuns = 20 } = {}): [Measurement, Measurement] {
  for (let i = 0; i < 2; i++) {
    a();
    b();
  }
  const times: [number[], number[]] = [[], []];
  const begin = performance.now();
  while (times[0].length < minRuns || performance.now() - begin < minMs) {
    for (const [k, fn] of [a, b].entries()) {
      const t0 = performance.now();
      fn();
      times[k]!.push(performance.now() - t0);
    }
  }
  return [
    { medianMs: median(times[0]), runs: times[0].length },
    { medianMs: median(times[1]), runs: times[1].length },
  ];
}

export async function measureAsync(
  fn: () => Promise<unknown>,
  { minMs = 300, minRuns = 5, maxRuns = 10_000 } = {},
): Promise<Measurement> {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  const begin = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - begin < minMs)) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), runs: times.length };
}

export function row(
  suite: string,
  name: string,
  baseline: string,
  base: Measurement,
  candidate: Measurement,
  goal?: { max?: number; min?: number; text: string },
  extra?: BenchRow['extra'],
): BenchRow {
  const ratio = candidate.medianMs / Math.max(base.medianMs, 1e-9);
  const pass = goal ? (goal.max === undefined || ratio <= goal.max) && (goal.min === undefined || ratio >= goal.min) : undefined;
  return {
    suite,
    name,
    baseline,
    baselineMs: base.medianMs,
    candidateMs: candidate.medianMs,
    ratio,
    goal: goal?.text,
    pass,
    extra,
  };
}
