import { checkCase, makeCase, type CaseResult, type FuzzCase } from './fuzz-kinds';
import type { Fault } from './text-checks';

/**
 * Runs a plan of cases through their checkers and adds up what happened, by kind. Shared
 * by the fixed-seed unit test and the long run (scripts/fuzz.ts), which differ only in
 * how many cases they make and what they do with the failures.
 */

export interface FuzzPlan {
  seed: number;
  /** Small cases, cycling through the kinds by weight. */
  count: number;
  /** Huge cases (multi-megabyte, many-thousand-level), taken from HUGE_KINDS in turn. */
  huge: number;
  /** Called after each case, with what it found (the long run saves failures and prints progress). */
  onCase?(c: FuzzCase, result: CaseResult): void;
}

export interface KindTally {
  cases: number;
  /** Cases with at least one fault. */
  failed: number;
  faults: number;
  /** Product time, ms, all cases of the kind. */
  work: number;
  /** Cases whose article text (or feed summaries) was not empty: extraction really ran. */
  withText: number;
  flags: number;
}

export interface Timing {
  kind: string;
  index: number;
  huge: boolean;
  /** The product's time for the case, ms. */
  work: number;
  baseline: number;
}

export interface FuzzSummary {
  cases: number;
  byKind: Record<string, KindTally>;
  /** Faults by invariant. */
  byInvariant: Record<string, number>;
  failures: Array<{ kind: string; index: number; huge: boolean; faults: Fault[] }>;
  timings: Timing[];
}

export function runFuzz(plan: FuzzPlan): FuzzSummary {
  const summary: FuzzSummary = { cases: 0, byKind: {}, byInvariant: {}, failures: [], timings: [] };
  const run = (index: number, huge: boolean) => {
    const c = makeCase(plan.seed, index, huge);
    const result = checkCase(c);
    tally(summary, c, result);
    plan.onCase?.(c, result);
  };
  for (let i = 0; i < plan.huge; i++) run(i, true);
  for (let i = 0; i < plan.count; i++) run(i, false);
  return summary;
}

function tally(summary: FuzzSummary, c: FuzzCase, result: CaseResult): void {
  const name = c.huge ? `${c.kind} (huge)` : c.kind;
  const kind = (summary.byKind[name] ??= { cases: 0, failed: 0, faults: 0, work: 0, withText: 0, flags: 0 });
  const work = result.times.analyze + result.times.account;
  summary.cases++;
  kind.cases++;
  kind.work += work;
  kind.flags += result.flags;
  if (result.textChars > 0) kind.withText++;
  if (result.faults.length > 0) {
    kind.failed++;
    kind.faults += result.faults.length;
    summary.failures.push({ kind: c.kind, index: c.index, huge: c.huge, faults: result.faults });
    for (const fault of result.faults) summary.byInvariant[fault.invariant] = (summary.byInvariant[fault.invariant] ?? 0) + 1;
  }
  summary.timings.push({ kind: c.kind, index: c.index, huge: c.huge, work, baseline: result.baseline });
}

/** Below a millisecond a baseline is mostly timer noise: ratios are taken against at least this. */
export const BASELINE_FLOOR_MS = 1;

export function ratio(t: Timing): number {
  return t.work / Math.max(t.baseline, BASELINE_FLOOR_MS);
}
