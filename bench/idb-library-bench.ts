/**
 * The library in a real browser's IndexedDB: idb-library-page.ts bundled with esbuild,
 * served on 127.0.0.1 and run in Debian's Chromium (headless, a persistent temporary
 * profile, because an incognito context keeps IndexedDB in memory). Rows, each a ratio
 * against a baseline measured in the same run:
 *  - a query (findMatches) against a brute-force scan that reads every record and scores
 *    it (goal: at least 50x faster; the other goal, a 20 ms median, is printed);
 *  - adding one article (saveArticle) against putting the same record alone, with no
 *    index and no counts (the goal, 5 ms, is printed);
 *  - filling the library, per article, against the same records written alone, with the
 *    bytes stored per article (navigator.storage.estimate before and after, divided).
 *
 * `npm run bench -- idb` for this suite alone; 100,000 articles unless told otherwise by
 * `--articles=N` or PARALLAX_BENCH_ARTICLES (10,000 takes about a minute).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../scripts/fixture-server';
import { row, type BenchRow } from './harness';
import { bundleForPage } from './page-bundle';
import type { IdbBenchOptions, IdbBenchResult } from './idb-library-page';

const SUITE = 'idb';
const CHROMIUM = '/usr/bin/chromium';
const DEFAULT_ARTICLES = 100_000;

/** `--articles=N`, else PARALLAX_BENCH_ARTICLES, else 100,000. */
export function libraryBenchSize(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): number {
  const arg = argv.find((a) => a.startsWith('--articles='))?.slice('--articles='.length) ?? env.PARALLAX_BENCH_ARTICLES;
  const n = Number(arg);
  return arg !== undefined && Number.isInteger(n) && n > 0 ? n : DEFAULT_ARTICLES;
}

async function bundle(dir: string): Promise<void> {
  await bundleForPage(join(import.meta.dirname, 'idb-library-page.ts'), 'parallaxBench', join(dir, 'bench.js'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Parallax library bench</title><script src="bench.js"></script>\n');
}

async function runInChromium(options: Omit<IdbBenchOptions, 'log'>): Promise<IdbBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-idb-bench-'));
  const profile = await mkdtemp(join(tmpdir(), 'parallax-idb-profile-'));
  try {
    await bundle(dir);
    const server = await startFixtureServer({ root: dir });
    const args = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-gpu'];
    // Chromium refuses to start its sandbox as root (containers, CI).
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (message) => {
        if (message.type() === 'log') process.stderr.write(`  [idb] ${message.text()}\n`);
      });
      await page.goto(`${server.url}/index.html`);
      // A string, not a function: tsx's helpers (__name) would not exist in the page.
      return (await page.evaluate(`parallaxBench.runIdbBench({ ...${JSON.stringify(options)}, log: (line) => console.log(line) })`)) as IdbBenchResult;
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** The rows, from the page's raw figures. */
export function libraryRows(r: IdbBenchResult): BenchRow[] {
  const size = r.articles.toLocaleString('en');
  const ms = (x: number): string => x.toFixed(2);
  const bytes = r.usageBefore !== null && r.usageAfter !== null ? Math.round((r.usageAfter - r.usageBefore) / r.articles) : 'unknown';
  return [
    row(SUITE, `query a ${size}-article IndexedDB library (findMatches, Chromium)`, 'read every record and score it', { medianMs: r.scan.medianMs, runs: r.scan.runs }, { medianMs: r.query.medianMs, runs: r.query.runs }, { max: 0.02, text: '<= 0.02 (50x faster)' }, {
      queryMedianMs: ms(r.query.medianMs),
      queryP95Ms: ms(r.query.p95Ms),
      goalMedianMs: '<= 20',
      scanMedianMs: r.scan.medianMs.toFixed(0),
      listedPerQuery: r.listedPerQuery.toFixed(1),
      coldCountsLoadMs: r.coldStatsMs.toFixed(0),
    }),
    row(SUITE, 'add one article (saveArticle: fingerprint, record, postings, counts)', 'put of the same record alone, no index', { medianMs: r.baselinePut.medianMs, runs: r.baselinePut.runs }, { medianMs: r.add.medianMs, runs: r.add.runs }, undefined, {
      addMedianMs: ms(r.add.medianMs),
      addP95Ms: ms(r.add.p95Ms),
      goalMedianMs: '<= 5',
      fingerprintMedianMs: ms(r.addFingerprint.medianMs),
      putAloneMedianMs: ms(r.baselinePut.medianMs),
    }),
    row(SUITE, `fill ${size} articles, ${r.fillBatch.toLocaleString('en')} a transaction (per article)`, 'the same records written alone', { medianMs: r.baselineFillMsPerArticle, runs: 1 }, { medianMs: r.fillMs / r.articles, runs: 1 }, undefined, {
      fillSeconds: (r.fillMs / 1000).toFixed(0),
      fingerprintSeconds: (r.fillFingerprintMs / 1000).toFixed(0),
      bytesPerArticle: bytes,
      recordJsonBytes: Math.round(r.recordJsonBytes),
      postingsPerArticle: r.postedKeysPerArticle.toFixed(1),
      countedKeysPerArticle: r.countedKeysPerArticle.toFixed(1),
      distinctKeys: r.distinctKeys,
    }),
  ];
}

export async function runIdbLibraryBench(): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`idb: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)\n`);
    return [];
  }
  return libraryRows(await runInChromium({ articles: libraryBenchSize() }));
}
