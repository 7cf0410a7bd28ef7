/**
 * Event index benchmarks on a synthetic library of 100,000 articles, all ratios against
 * a baseline run in the same process on the same library:
 *  - query through the inverted index against a brute-force scan that scores every
 *    fingerprint with scoreMatch (goal: at least 50x faster);
 *  - add (fingerprint + postings) against fingerprint alone, with the serialized bytes
 *    and index keys per fingerprint as extras.
 *
 * The library is synthetic-articles.ts's generated news.
 */
import { EventIndex } from '../core/matching/event-index';
import { fingerprint } from '../core/matching/fingerprint';
import { scoreMatch } from '../core/matching/score';
import { measure, row, type BenchRow } from './harness';
import { mulberry32 } from '../scripts/seeded-random';
import { pick, syntheticArticles } from './synthetic-articles';

const SUITE = 'matching';
const LIBRARY_SIZE = 100_000;
const QUERY_SAMPLE = 200;

export async function runMatchingBench(): Promise<BenchRow[]> {
  const index = new EventIndex();
  const ids: string[] = [];
  const tBuild = performance.now();
  for (const a of syntheticArticles(LIBRARY_SIZE)) ids.push(index.add(a));
  const buildS = (performance.now() - tBuild) / 1000;
  const fps = ids.map((id) => index.fingerprintOf(id)!);
  const r = mulberry32(99);
  const queries = Array.from({ length: QUERY_SAMPLE }, () => pick(r, fps));

  let qi = 0;
  let listed = 0;
  const viaIndex = measure(() => (listed += index.query(queries[qi++ % queries.length]!, { limit: 20 }).length), { minMs: 1000 });
  let bi = 0;
  const scan = measure(
    () => {
      const q = queries[bi++ % queries.length]!;
      let best = 0;
      for (const c of fps) if (c !== q) best = Math.max(best, scoreMatch(q, c, index).score);
      return best;
    },
    { minMs: 0, minRuns: 5 },
  );

  // Adding grows the library: articles from another seed under ids never used, so no add is a replacement.
  const fresh = [...syntheticArticles(2_000, 1234)].map((a) => ({ ...a, url: null }));
  let ai = 0;
  let fi = 0;
  const fpOnly = measure(() => fingerprint(fresh[fi++ % fresh.length]!), { minMs: 300 });
  const add = measure(() => index.add({ ...fresh[ai % fresh.length]!, id: `new-${ai++}` }), { minMs: 300 });
  const sample = fps.slice(0, 2_000);
  const bytes = sample.reduce((sum, fp) => sum + new TextEncoder().encode(JSON.stringify(fp)).length, 0) / sample.length;
  const keys = sample.reduce((sum, fp) => sum + fp.words.k.length + fp.names.k.length + fp.nums.k.length + fp.quotes.length, 0) / sample.length;
  const textBytes = fresh.reduce((sum, a) => sum + new TextEncoder().encode(`${a.title}\n${a.text}`).length, 0) / fresh.length;

  return [
    row(SUITE, `query a ${LIBRARY_SIZE.toLocaleString('en')}-article library via the inverted index`, 'scoreMatch on every fingerprint', scan, viaIndex, { max: 0.02, text: '<= 0.02 (50x faster)' }, {
      queryMedianMs: viaIndex.medianMs.toFixed(3),
      scanMedianMs: scan.medianMs.toFixed(1),
      listedPerQuery: (listed / Math.max(1, viaIndex.runs + 2)).toFixed(1),
      buildSeconds: buildS.toFixed(1),
    }),
    row(SUITE, 'add one article (fingerprint + postings)', 'fingerprint alone', fpOnly, add, undefined, {
      addMedianMs: add.medianMs.toFixed(3),
      bytesPerFingerprint: Math.round(bytes),
      keysPerFingerprint: keys.toFixed(1),
      bytesPerArticleText: Math.round(textBytes),
    }),
  ];
}
