import { mkdirSync, writeFileSync } from 'node:fs';
import type { BenchRow } from './harness';

/**
 * `npm run bench [suite…] [--articles=N]`: every figure a ratio against a baseline run in
 * this process (`--articles` sizes the IndexedDB library of the idb suite; `--build=DIR`
 * and `--readings=N` are the long-tasks suite's).
 * Prints a table and writes bench-results/latest.json. Never fails on a missed goal; it
 * reports it, because timings are not tests.
 */
const SUITES: Record<string, () => Promise<BenchRow[]>> = {
  pipeline: () => import('./pipeline-bench').then((m) => m.runPipelineBench()),
  detection: () => import('./pipeline-bench').then((m) => m.runDetectionBench()),
  'detection-browser': () => import('./detection-browser-bench').then((m) => m.runDetectionBrowserBench()),
  framing: () => import('./framing-bench').then((m) => m.runFramingBench()),
  'flag-model': () => import('./flag-model-bench').then((m) => m.runFlagModelBench()),
  matching: () => import('./matching-bench').then((m) => m.runMatchingBench()),
  idb: () => import('./idb-library-bench').then((m) => m.runIdbLibraryBench()),
  scripts: () => import('./reader-load-bench').then((m) => m.runReaderLoadBench()),
  starter: () => import('./starter-bench').then((m) => m.runStarterBench()),
  'starter-browser': () => import('./starter-browser-bench').then((m) => m.runStarterBrowserBench()),
  'long-tasks': () => import('./long-tasks-bench').then((m) => m.runLongTasksBench()),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const rows: BenchRow[] = [];
  for (const [name, suite] of Object.entries(SUITES)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    process.stderr.write(`running ${name}…\n`);
    rows.push(...(await suite()));
  }
  for (const r of rows) {
    const goal = r.goal ? `  goal ${r.goal}: ${r.pass ? 'met' : 'MISSED'}` : '';
    const extra = r.extra ? '  ' + Object.entries(r.extra).map(([k, v]) => `${k}=${v}`).join(' ') : '';
    const unit = r.unit ?? 'ms';
    console.log(`[${r.suite}] ${r.name}\n    ${r.candidateMs.toFixed(3)} ${unit} vs ${r.baselineMs.toFixed(3)} ${unit} (${r.baseline}): ratio ${r.ratio.toFixed(3)}${goal}${extra}`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify(rows, null, 2));
}

void main();
