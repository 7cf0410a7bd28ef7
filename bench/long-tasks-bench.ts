/**
 * `npm run bench -- long-tasks [--build=DIR]… [--readings=N]` (after `npx wxt build`):
 * the long-task trace of tests/e2e/long-tasks.e2e.test.ts as figures. The built
 * extension in Debian's Chromium reads the 180-paragraph article on 127.0.0.1 under a
 * trace; each kind of Parallax's tasks (the detector's and the reader's start-ups, each
 * step) is measured by the main thread's CPU time, its longest in each reading.
 *
 * Baseline, in the same tab right after each reading: a calibration script of known
 * cost, evaluated by the page as a `<script>` (compiling 120 kB of source, then a fixed
 * computation), its task found in the same trace by its mark. A ratio is a task's CPU
 * time over the calibration's, so it says how much work Parallax does, in units the
 * machine's load stretches alike.
 *
 * With two or more `--build=` folders (an older build copied aside, the current one),
 * readings alternate between them, one browser each, and each kind is also compared
 * build against build (the first given is the baseline): an old-versus-new comparison
 * in one run, never two runs at different loads. The first reading in each browser runs
 * cold code and is left out of the medians.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION, startHarness, type Harness } from '../tests/e2e/extension';
import { longestCpu, parallaxTasks, readLongArticle, startUps, type Reading } from '../tests/e2e/long-task-readings';
import type { BenchRow } from './harness';
import { median } from './quantiles';

const SUITE = 'long-tasks';
const CHROMIUM = '/usr/bin/chromium';
const PARAGRAPHS = 180;
const DEFAULT_READINGS = 6;
const CALIBRATION_MARK = 'parallax-bench-calibration';
const STEPS = ['detect', 'extract', 'lexicon', 'flag', 'kind', 'highlight'] as const;
const KINDS = ['detector start-up', 'reader start-up', ...STEPS] as const;
type Kind = (typeof KINDS)[number];

/**
 * The calibration script: a comment that differs each time (so no compilation cache
 * serves it), 120 kB of functions and an array literal to compile, and a fixed
 * computation (a seeded generator's numbers sorted, then written and read as JSON).
 */
function calibrationSource(nonce: number): string {
  const functions = Array.from({ length: 600 }, (_, i) => `function f${i}(a){var s=0;for(var k=0;k<a.length;k++){s+=a[k]*${i + 1}%7;}return s+${i};}`).join('\n');
  const table = `var table=[${Array.from({ length: 6_000 }, (_, i) => (i * 7919) % 10_007).join(',')}];`;
  const work =
    'var x=1,a=[];for(var i=0;i<60000;i++){x=(x*1103515245+12345)%2147483648;a.push(x);}' +
    'a.sort(function(p,q){return p-q;});var o=JSON.parse(JSON.stringify(a.slice(0,20000)));' +
    'document.documentElement.dataset.parallaxBenchCalibration=String(o.length+f599(table));';
  return `/* ${nonce} */\nconsole.timeStamp(${JSON.stringify(CALIBRATION_MARK)});\n${functions}\n${table}\n${work}\n`;
}

let nonce = 0;

/** The calibration task's CPU time in a reading's trace, ms. */
function calibrationCpu(reading: Reading): number {
  const { events, mainThread } = reading.trace;
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === CALIBRATION_MARK);
  if (!mark) throw new Error('the trace holds no calibration mark');
  const task = events.find((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined && e.ts <= mark.ts && mark.ts <= e.ts + e.dur);
  if (!task || mark.pid !== mainThread.pid) throw new Error('the calibration mark is in no task of the page’s main thread');
  return (task.tdur ?? task.dur!) / 1000;
}

interface BuildFigures {
  build: string;
  calibration: number[];
  byKind: Record<Kind, number[]>;
  /** The same tasks' wall time: what a reader feels, stretched by the machine's load. */
  wallByKind: Record<Kind, number[]>;
  /** Readings whose steps could not all be placed in the trace's tasks. */
  leftOut: number;
  /** The first reading's figures (cold code), reported beside the medians. */
  cold?: ReturnType<typeof figuresOf>;
}

function figuresOf(reading: Reading): { calibration: number; byKind: Record<Kind, number>; wallByKind: Record<Kind, number> } {
  const { detector, reader } = startUps(reading);
  const byKind = { 'detector start-up': detector?.cpuMs ?? 0, 'reader start-up': reader?.cpuMs ?? 0 } as Record<Kind, number>;
  const wallByKind = { 'detector start-up': detector?.wallMs ?? 0, 'reader start-up': reader?.wallMs ?? 0 } as Record<Kind, number>;
  for (const step of STEPS) {
    byKind[step] = longestCpu(reading, step);
    wallByKind[step] = Math.max(0, ...parallaxTasks(reading).filter((t) => t.steps.includes(step)).map((t) => t.wallMs));
  }
  return { calibration: calibrationCpu(reading), byKind, wallByKind };
}

function options(): { builds: string[]; readings: number } {
  const builds = process.argv.filter((a) => a.startsWith('--build=')).map((a) => resolve(a.slice('--build='.length)));
  const readings = Number(/^--readings=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--readings=')) ?? '')?.[1] ?? DEFAULT_READINGS);
  return { builds: builds.length > 0 ? builds : [EXTENSION], readings: Math.max(2, readings) };
}

async function readAll(builds: readonly string[], readings: number): Promise<BuildFigures[]> {
  const harnesses: Harness[] = [];
  try {
    for (const build of builds) harnesses.push(await startHarness({ extensionPath: build }));
    const figures: BuildFigures[] = builds.map((build) => ({ build, leftOut: 0, calibration: [], byKind: Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, number[]>, wallByKind: Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, number[]> }));
    for (let i = 0; i < readings; i++) {
      // Alternate which build goes first, so neither always reads right after the other.
      const order = builds.map((_, b) => b);
      if (i % 2 === 1) order.reverse();
      for (const b of order) {
        const reading = await readLongArticle(harnesses[b]!, `reading ${i + 1}`, PARAGRAPHS, async (page) => {
          await page.addScriptTag({ content: calibrationSource(nonce++) });
        });
        if (reading.unplaced.length > 0) {
          // A trace whose clock could not be lined up with the page's: its tasks cannot be told apart.
          process.stderr.write(`long-tasks: reading ${i + 1} of ${short(builds[b]!)} left out, ${reading.unplaced.length} steps found in no task\n`);
          figures[b]!.leftOut++;
          continue;
        }
        const one = figuresOf(reading);
        if (i === 0) {
          figures[b]!.cold = one; // cold code: beside the medians, not in them
          continue;
        }
        figures[b]!.calibration.push(one.calibration);
        for (const kind of KINDS) {
          figures[b]!.byKind[kind].push(one.byKind[kind]);
          figures[b]!.wallByKind[kind].push(one.wallByKind[kind]);
        }
      }
    }
    return figures;
  } finally {
    for (const harness of harnesses) await harness.close();
  }
}

const short = (build: string): string => build.replace(`${resolve('.')}/`, '');

export async function runLongTasksBench(): Promise<BenchRow[]> {
  const { builds, readings } = options();
  const missing = builds.filter((build) => !existsSync(resolve(build, 'manifest.json')));
  if (missing.length > 0 || !existsSync(CHROMIUM)) {
    process.stderr.write(`long-tasks: skipped, ${missing.length > 0 ? `no build in ${missing.join(', ')} (npx wxt build)` : `no Chromium at ${CHROMIUM}`}\n`);
    return [];
  }
  const figures = await readAll(builds, readings);
  const rows: BenchRow[] = [];
  for (const { build, calibration, byKind, wallByKind, cold, leftOut } of figures) {
    const base = median(calibration);
    for (const kind of KINDS) {
      const ms = median(byKind[kind]);
      const perReading = byKind[kind].map((v, i) => (v / calibration[i]!).toFixed(2)).join(' ');
      rows.push({
        suite: SUITE,
        name: `${kind}, longest task's CPU, ${PARAGRAPHS}-paragraph article (${short(build)}, median of ${byKind[kind].length} warm readings)`,
        baseline: 'calibration script in the same tab',
        baselineMs: base,
        candidateMs: ms,
        ratio: ms / Math.max(base, 1e-9),
        ...(kind === 'reader start-up' ? { goal: '< 35 ms CPU', pass: ms < 35 } : { goal: '< 50 ms CPU', pass: ms < 50 }),
        extra: {
          ratioPerReading: perReading,
          msPerReading: byKind[kind].map((v) => v.toFixed(1)).join(' '),
          wallMedianMs: median(wallByKind[kind]).toFixed(1),
          coldMs: cold ? cold.byKind[kind].toFixed(1) : '-',
          coldRatio: cold ? (cold.byKind[kind] / cold.calibration).toFixed(2) : '-',
          leftOut,
        },
      });
    }
  }
  const [first, ...others] = figures;
  for (const other of others) {
    for (const kind of KINDS) {
      const a = median(first!.byKind[kind]);
      const b = median(other.byKind[kind]);
      const normalised = median(other.byKind[kind].map((v, i) => v / other.calibration[i]!)) / Math.max(median(first!.byKind[kind].map((v, i) => v / first!.calibration[i]!)), 1e-9);
      rows.push({
        suite: SUITE,
        name: `${kind}: ${short(other.build)} against ${short(first!.build)}, readings alternating`,
        baseline: short(first!.build),
        baselineMs: a,
        candidateMs: b,
        ratio: b / Math.max(a, 1e-9),
        extra: { ratioOfCalibrated: normalised.toFixed(3), wallMedianMs: `${median(first!.wallByKind[kind]).toFixed(1)} -> ${median(other.wallByKind[kind]).toFixed(1)}` },
      });
    }
  }
  return rows;
}
