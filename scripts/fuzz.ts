import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, type CaseResult, type FuzzCase } from '../tests/fuzz/fuzz-kinds';
import { isKnown, KNOWN_FAULTS } from '../tests/fuzz/known-faults';
import { ratio, runFuzz, type FuzzSummary, type Timing } from '../tests/fuzz/run-fuzz';

/**
 * The long fuzz run: `tsx scripts/fuzz.ts --seed=N --count=M [--huge=H] [--allow-known]`.
 * Makes M small cases of every kind and H huge ones from seed N (a new seed each run when
 * none is given), checks each as the fixed-seed unit test does (tests/fuzz), and prints
 * what it made by kind, the faults by invariant, and each case's time against a baseline
 * taken in the same process on the same input (linkedom's parse of a page, a structured
 * clone of a message, a lower-casing of a feed or a text). Failing and extremely slow cases
 * are written to test-results/fuzz/ with what it takes to make them again. Exits 1 on any
 * fault; `--allow-known` lets the faults listed in tests/fuzz/known-faults.ts pass.
 */

const OUT = 'test-results/fuzz';
/** Cases kept on disk per invariant (a huge case is megabytes). */
const KEEP_PER_INVARIANT = 10;
/** A case is flagged slow when its time is this many times its baseline... */
const EXTREME_RATIO = 100;
/** ...and long enough for a reader to notice. */
const NOTICEABLE_MS = 250;

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function main(): number {
  const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
  const count = Number(option('count') ?? 10_000);
  const huge = Number(option('huge') ?? 10);
  const allowKnown = process.argv.includes('--allow-known');
  if (![seed, count, huge].every(Number.isSafeInteger)) {
    console.error('usage: tsx scripts/fuzz.ts --seed=N --count=M [--huge=H] [--allow-known]');
    return 2;
  }
  mkdirSync(OUT, { recursive: true });
  const kept = new Map<string, number>();
  const started = performance.now();
  let done = 0;
  const summary = runFuzz({
    seed,
    count,
    huge,
    onCase(c, result) {
      if (++done % 500 === 0) process.stderr.write(`${done} of ${count + huge} cases, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      const slow = isSlow({ work: result.times.analyze + result.times.account, baseline: result.baseline });
      for (const name of [...new Set(result.faults.map((f) => f.invariant)), ...(slow ? ['slow'] : [])]) {
        const n = kept.get(name) ?? 0;
        if (n >= KEEP_PER_INVARIANT) continue;
        kept.set(name, n + 1);
        save(c, result);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  report(summary, seed, seconds);
  const fresh = Object.keys(summary.byInvariant).filter((invariant) => !isKnown(invariant));
  const known = Object.keys(summary.byInvariant).filter(isKnown);
  return fresh.length > 0 || (known.length > 0 && !allowKnown) ? 1 : 0;
}

function isSlow(t: Pick<Timing, 'work' | 'baseline'>): boolean {
  return t.work >= NOTICEABLE_MS && ratio(t as Timing) >= EXTREME_RATIO;
}

/** The case's input as a file of its own kind, and beside it what went wrong and how to make it again. */
function save(c: FuzzCase, result: CaseResult): void {
  const name = `${c.seed}-${c.huge ? 'huge-' : ''}${c.index}-${c.kind}`;
  const input = c.input;
  const [ext, body] =
    'page' in input ? ['html', input.page.html] : 'feed' in input ? ['feed', input.feed.text] : 'text' in input ? ['txt', input.text] : ['json', safeJson(input.message)];
  writeFileSync(join(OUT, `${name}.${ext}`), body);
  const url = 'page' in input ? input.page.url : 'feed' in input ? input.feed.url : null;
  const again = `makeCase(${c.seed}, ${c.index}, ${c.huge}) in tests/fuzz/fuzz-kinds.ts`;
  writeFileSync(join(OUT, `${name}.json`), JSON.stringify({ kind: c.kind, seed: c.seed, index: c.index, huge: c.huge, url, again, times: result.times, baseline: result.baseline, faults: result.faults }, null, 2));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? 'undefined';
  } catch {
    return String(value);
  }
}

function report(summary: FuzzSummary, seed: number, seconds: number): void {
  const line = (...cells: Array<string | number>) => console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(32) : String(c).padStart(9))).join(''));
  console.log(`\nParallax fuzz: seed ${seed}, ${summary.cases} documents in ${seconds.toFixed(0)} s\n`);
  line('kind', 'cases', 'failed', 'faults', 'ms mean', 'ms max', 'text', 'flags');
  const timings = new Map<string, number[]>();
  for (const t of summary.timings) {
    const name = t.huge ? `${t.kind} (huge)` : t.kind;
    timings.set(name, [...(timings.get(name) ?? []), t.work]);
  }
  for (const [name, k] of Object.entries(summary.byKind)) {
    const times = timings.get(name) ?? [0];
    line(name, k.cases, k.failed, k.faults, (k.work / k.cases).toFixed(1), Math.max(...times).toFixed(0), `${Math.round((100 * k.withText) / k.cases)}%`, k.flags);
  }
  const kinds = Object.keys(KINDS).filter((kind) => !summary.byKind[kind]);
  if (kinds.length > 0) console.log(`(not run: ${kinds.join(', ')})`);

  console.log('\nFaults by invariant');
  const invariants = Object.entries(summary.byInvariant);
  if (invariants.length === 0) console.log('  none');
  for (const [invariant, n] of invariants) console.log(`  ${String(n).padStart(6)}  ${invariant}${isKnown(invariant) ? `  (known: ${KNOWN_FAULTS[invariant]})` : '  NEW'}`);
  for (const failure of summary.failures.filter((f) => f.faults.some((x) => !isKnown(x.invariant))).slice(0, 20)) {
    const first = failure.faults.find((x) => !isKnown(x.invariant))!;
    console.log(`  ${failure.kind} #${failure.index}${failure.huge ? ' (huge)' : ''}: ${first.invariant}: ${first.detail}`);
  }

  const ratios = summary.timings.map((t) => ({ t, r: ratio(t) })).sort((a, b) => b.r - a.r);
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(ratios.length * q))]?.r ?? 0;
  console.log(`\nTime against the baseline (work ÷ max(baseline, 1 ms)): max ${at(0).toFixed(1)}, p99 ${at(0.01).toFixed(1)}, p50 ${at(0.5).toFixed(1)}`);
  const slow = ratios.filter(({ t }) => isSlow(t));
  console.log(`Extreme (≥ ${EXTREME_RATIO}× and ≥ ${NOTICEABLE_MS} ms): ${slow.length}`);
  for (const { t, r } of slow.slice(0, 15)) console.log(`  ${t.kind} #${t.index}${t.huge ? ' (huge)' : ''}: ${t.work.toFixed(0)} ms, ${r.toFixed(0)}× its ${t.baseline.toFixed(1)} ms baseline`);
  console.log(`\nFailing and extreme cases written to ${OUT}/ (at most ${KEEP_PER_INVARIANT} per invariant).`);
}

process.exitCode = main();
