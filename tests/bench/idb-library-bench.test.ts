import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { libraryBenchSize, libraryRows } from '../../bench/idb-library-bench';
import { runIdbBench } from '../../bench/idb-library-page';
import { POSTED_KEYS } from '../../core/matching/index-keys';

/** The library bench's page code on fake-indexeddb, small: it runs, and its figures are sane (no timing is asserted). */

describe('libraryBenchSize', () => {
  test.each([
    [['--articles=5000'], {}, 5_000],
    [[], { PARALLAX_BENCH_ARTICLES: '2500' }, 2_500],
    [['--articles=7'], { PARALLAX_BENCH_ARTICLES: '2500' }, 7],
    [[], {}, 100_000],
    [['--articles=lots'], {}, 100_000],
    [['--articles=-3'], {}, 100_000],
  ])('%j %j → %d', (argv, env, n) => {
    expect(libraryBenchSize(argv, env)).toBe(n);
  });
});

test('a small run fills, queries, scans, adds and reports three ratio rows', async () => {
  const lines: string[] = [];
  const result = await runIdbBench({ articles: 300, queries: 12, adds: 6, scanRuns: 1, fillBatch: 100, baselineArticles: 50, name: 'bench-test', log: (l) => lines.push(l) });
  expect(result).toMatchObject({ articles: 300, usageBefore: null, usageAfter: null });
  expect(result.query.runs).toBe(12);
  expect(result.add.runs).toBe(6);
  expect(result.listedPerQuery).toBeGreaterThan(0);
  expect(result.postedKeysPerArticle).toBeLessThanOrEqual(POSTED_KEYS);
  expect(result.countedKeysPerArticle).toBeGreaterThan(result.postedKeysPerArticle);
  expect(result.distinctKeys).toBeGreaterThan(100);
  expect(lines[0]).toMatch(/filling 300/);

  const rows = libraryRows(result);
  expect(rows.map((r) => [r.suite, r.name])).toEqual([
    ['idb', 'query a 300-article IndexedDB library (findMatches, Chromium)'],
    ['idb', 'add one article (saveArticle: fingerprint, record, postings, counts)'],
    ['idb', 'fill 300 articles, 100 a transaction (per article)'],
  ]);
  for (const r of rows) expect(Number.isFinite(r.ratio)).toBe(true);
  expect(rows[2]!.extra).toMatchObject({ bytesPerArticle: 'unknown' });
}, 600_000);
