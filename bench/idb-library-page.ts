/**
 * The IndexedDB library bench, as it runs inside a browser page (bundled by
 * idb-library-bench.ts; it also runs in Node on fake-indexeddb for its test). It uses the
 * extension's own db/ modules on a library of synthetic news (synthetic-articles.ts, long
 * bodies) and reports raw figures; the Node side turns them into ratio rows.
 */
import { countedKeys } from '../core/matching/index-keys';
import { scoreMatch } from '../core/matching/score';
import type { ArticleReport } from '../core/protocol/messages';
import { mulberry32 } from '../scripts/seeded-random';
import { findMatches } from '../db/find-matches';
import { indexEntry } from '../db/index-entry';
import { openLibrary, saveArticle } from '../db/library-db';
import { corpusStats } from '../db/library-queries';
import { writeArticles } from '../db/library-writes';
import { type DfMeta, LIBRARY_DB_VERSION, LIBRARY_STORES, type LibraryDb, type LibrarySchema, type StoredArticle } from '../db/library-schema';
import { compactStats, DF_META_KEY } from '../db/library-stats';
import { openDB } from 'idb';
import { median, quantile } from './quantiles';
import { pick, syntheticArticles } from './synthetic-articles';

export interface IdbBenchOptions {
  articles: number;
  /** Stored articles queried, each once after a warm-up. @default 200 */
  queries?: number;
  /** Fresh articles saved one by one. @default 200 */
  adds?: number;
  /** Brute-force scans timed. @default 3 */
  scanRuns?: number;
  /** Articles per transaction while filling. @default 1000 */
  fillBatch?: number;
  /** Articles written without index or counts, for the fill baseline. @default min(10,000, articles / 10) */
  baselineArticles?: number;
  /** Database name prefix, so runs in one profile do not meet. @default 'parallax-bench' */
  name?: string;
  log?: (line: string) => void;
}

export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

export interface IdbBenchResult {
  articles: number;
  fillBatch: number;
  fillMs: number;
  fillFingerprintMs: number;
  /** Records alone (no postings, no counts), per article. */
  baselineFillMsPerArticle: number;
  usageBefore: number | null;
  usageAfter: number | null;
  quota: number | null;
  recordJsonBytes: number;
  postedKeysPerArticle: number;
  countedKeysPerArticle: number;
  distinctKeys: number;
  coldStatsMs: number;
  query: Timing;
  listedPerQuery: number;
  scan: Timing;
  add: Timing;
  addFingerprint: Timing;
  baselinePut: Timing;
}

function timing(times: number[]): Timing {
  return { medianMs: median(times), p95Ms: quantile(times, 0.95), runs: times.length };
}

/** Synthetic news as the content script would report it, one at a time (100,000 texts never sit in memory at once). */
function* reports(count: number, seed: number): Generator<ArticleReport> {
  for (const a of syntheticArticles(count, seed, { long: true })) {
    yield { url: a.url!, title: a.title, siteName: a.outlet, byline: null, publishedTime: a.date, lang: 'en', excerpt: null, text: a.text, flags: [] };
  }
}

async function estimate(): Promise<{ usage: number | null; quota: number | null }> {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<{ usage?: number; quota?: number }> } } }).navigator?.storage;
  const e = storage?.estimate ? await storage.estimate() : {};
  return { usage: e.usage ?? null, quota: e.quota ?? null };
}

/** Writes `reports` in transactions of `batch`, fingerprints computed before each. */
async function fill(db: LibraryDb, reports: Iterable<ArticleReport>, batch: number, now: number, onBatch: (n: number) => void): Promise<{ fingerprintMs: number }> {
  let fingerprintMs = 0;
  let pending: ArticleReport[] = [];
  let written = 0;
  const flush = async (): Promise<void> => {
    const t0 = performance.now();
    const entries = pending.map(indexEntry);
    fingerprintMs += performance.now() - t0;
    const tx = db.transaction(LIBRARY_STORES, 'readwrite');
    await writeArticles(
      tx,
      pending.map((report, i) => ({
        url: report.url,
        build: (existing) => ({ ...report, fingerprint: entries[i]!.fingerprint, keys: [], firstSeen: existing?.firstSeen ?? now, lastSeen: now + written + i, savedByHand: false }),
      })),
    );
    await tx.done;
    await compactStats(db);
    written += pending.length;
    pending = [];
    onBatch(written);
  };
  for (const report of reports) {
    pending.push(report);
    if (pending.length >= batch) await flush();
  }
  if (pending.length > 0) await flush();
  return { fingerprintMs };
}

export async function runIdbBench(options: IdbBenchOptions): Promise<IdbBenchResult> {
  const { articles: n, queries = 200, adds = 200, scanRuns = 3, fillBatch = 1_000, name = 'parallax-bench' } = options;
  const baselineArticles = options.baselineArticles ?? Math.max(1, Math.min(10_000, Math.floor(n / 10)));
  const log = options.log ?? (() => undefined);
  const now = Date.UTC(2025, 0, 1);
  const db = await openLibrary(`${name}-library`);
  const before = await estimate();

  log(`filling ${n} articles…`);
  const t0 = performance.now();
  const { fingerprintMs } = await fill(db, reports(n, 7), fillBatch, now, (done) => {
    if (done % 10_000 === 0) log(`  ${done} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  });
  const fillMs = performance.now() - t0;
  await compactStats(db, true);
  const after = await estimate();

  // A new connection loads the counts as the background does after it wakes.
  const cold = await openDB<LibrarySchema>(`${name}-library`, LIBRARY_DB_VERSION);
  const tCold = performance.now();
  await corpusStats(cold);
  const coldStatsMs = performance.now() - tCold;
  cold.close();
  const meta = (await db.get('meta', DF_META_KEY)) as DfMeta | undefined;
  const chunkRows = await Promise.all(Array.from({ length: meta?.chunks ?? 0 }, (_, i) => db.get('meta', `df:${i}`)));
  const distinctKeys = chunkRows.reduce((sum, row) => sum + ((row as { h?: Float64Array } | undefined)?.h?.length ?? 0), 0);

  log('querying…');
  const r = mulberry32(99);
  // Queried articles, drawn from every seventh of the first 20,000 URLs in key order.
  const sample = (await db.getAllKeys('articles', null, Math.min(n, 20_000))).filter((_, i) => i % 7 === 0);
  const queryUrls = Array.from({ length: queries }, () => pick(r, sample));
  for (const url of queryUrls.slice(0, 5)) await findMatches(db, url);
  let listed = 0;
  const queryTimes: number[] = [];
  for (const url of queryUrls) {
    const tq = performance.now();
    listed += (await findMatches(db, url)).length;
    queryTimes.push(performance.now() - tq);
  }

  // What a record holds, on the first 5,000 in key order.
  const records = await db.getAll('articles', null, Math.min(n, 5_000));
  const perRecord = (f: (c: StoredArticle) => number): number => records.reduce((sum, c) => sum + f(c), 0) / records.length;
  const recordJsonBytes = perRecord((c) => JSON.stringify(c).length);
  const postedKeysPerArticle = perRecord((c) => c.keys.length);
  const countedKeysPerArticle = perRecord((c) => countedKeys(c.fingerprint).length);

  log('scanning…');
  const scanTimes: number[] = [];
  for (let run = 0; run < scanRuns; run++) {
    const query = (await db.get('articles', pick(r, sample)))!;
    const ts = performance.now();
    const stats = await corpusStats(db);
    let best = 0;
    let after: string | null = null;
    for (;;) {
      const batch: StoredArticle[] = await db.getAll('articles', after === null ? null : IDBKeyRange.lowerBound(after, true), 2_000);
      for (const c of batch) if (c.url !== query.url) best = Math.max(best, scoreMatch(query.fingerprint, c.fingerprint, stats).score);
      if (batch.length < 2_000) break;
      after = batch[batch.length - 1]!.url;
    }
    scanTimes.push(performance.now() - ts);
    if (best < 0) throw new Error('unreachable'); // keeps the scoring from being optimised away
  }

  log('adding…');
  const fresh = [...reports(adds, 1234)].map((report, i) => ({ ...report, url: `https://fresh.example/news/${i}` }));
  const fpTimes: number[] = [];
  for (const report of fresh) {
    const tf = performance.now();
    indexEntry(report);
    fpTimes.push(performance.now() - tf);
  }
  const addTimes: number[] = [];
  for (const [i, report] of fresh.entries()) {
    const ta = performance.now();
    await saveArticle(db, report, now + n + i);
    addTimes.push(performance.now() - ta);
  }

  log('baselines…');
  // The same records put with no index and no counts: the floor of what storing costs.
  const baseline = await openDB(`${name}-baseline`, 1, { upgrade: (b) => void b.createObjectStore('articles', { keyPath: 'url' }) });
  const stored = await Promise.all(fresh.map((report) => db.get('articles', report.url)));
  const putTimes: number[] = [];
  for (const record of stored) {
    const tp = performance.now();
    await baseline.put('articles', { ...record!, url: `${record!.url}#baseline` });
    putTimes.push(performance.now() - tp);
  }
  const tb = performance.now();
  const plain = [...reports(baselineArticles, 7)];
  for (let i = 0; i < plain.length; i += fillBatch) {
    const chunk = plain.slice(i, i + fillBatch);
    const entries = chunk.map(indexEntry);
    const tx = baseline.transaction('articles', 'readwrite');
    await Promise.all(chunk.map((report, j) => tx.store.put({ ...report, fingerprint: entries[j]!.fingerprint, keys: [], firstSeen: now, lastSeen: now, savedByHand: false })));
    await tx.done;
  }
  const baselineFillMsPerArticle = (performance.now() - tb) / plain.length;
  baseline.close();

  return {
    articles: n,
    fillBatch,
    fillMs,
    fillFingerprintMs: fingerprintMs,
    baselineFillMsPerArticle,
    usageBefore: before.usage,
    usageAfter: after.usage,
    quota: after.quota,
    recordJsonBytes,
    postedKeysPerArticle,
    countedKeysPerArticle,
    distinctKeys,
    coldStatsMs,
    query: timing(queryTimes),
    listedPerQuery: listed / queries,
    scan: timing(scanTimes),
    add: timing(addTimes),
    addFingerprint: timing(fpTimes),
    baselinePut: timing(putTimes),
  };
}
