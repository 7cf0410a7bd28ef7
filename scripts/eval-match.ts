/**
 * Measures same-event matching on a labelled corpus (ECB+ by default):
 *   npx tsx scripts/eval-match.ts [path/to/corpus.jsonl.gz]
 *
 * For every article it compares the accounts EventIndex lists at the shipped threshold
 * with the true same-cluster set (itself excluded). Variants (see `variants`): full text;
 * headline + first two sentences (what many library entries will hold); short texts with
 * simulated dates (ECB+ has none); small clusters like the held-out set's. It prints a
 * threshold sweep of our scorer, so the shipped threshold can be checked for robustness
 * across variants, and a TF-IDF cosine at its oracle-best threshold as a reference.
 *
 * `--set group.row=value` (repeatable) measures the matcher with rows of its tuning table
 * changed (core/matching/tuning.ts), e.g. `--set score.name=1.25`; the shipped table otherwise.
 */
import { resolve } from 'node:path';
import type { AccountInput } from '../core/matching/account';
import { EventIndex } from '../core/matching/event-index';
import { similarity } from '../core/matching/score';
import { defaultTuning, withRows, type MatchTuning } from '../core/matching/tuning';
import { STOPWORDS } from '../core/matching/lexicon';
import { load, realVariants, variants, type Doc, type Variant } from './match-variants';
import { sharedPath } from './shared-folder';
import { evaluate, f1OfMeans, fmt, type Listed, type Prf } from './match-metrics';

const CONVENTIONS = `Conventions: per article, P = |listed ∩ true| / |listed| (P = 1 when nothing is listed),
R = |listed ∩ true| / |true| (R = 1 when nothing is true), F1 = 2PR/(P+R) (0 when P+R = 0;
so an article with true matches but an empty listing has F1 = 0); the article itself is never
counted; figures are means over all articles (macro). F1(P,R) is the F1 of mean P and mean R,
the way the held-out set of real coverage is reported. URLs are not passed to the index: in
ECB+ three different updates of one live page share a URL and would be merged as one article.
The TF-IDF reference sees text only (no dates) and is scored at its best threshold per variant,
chosen with the answers (an oracle); Parallax is scored at the one threshold it ships.`;


type Scored = Map<string, Array<[string, number]>>;

/** Parallax's sweep: each threshold is a fresh listing, since grouping (event-group.ts) depends on it. */
const THRESHOLDS = Array.from({ length: 16 }, (_, i) => Math.round((0.1 + i * 0.02) * 100) / 100);

/** A plain score sweep: what a score at or above each threshold lists. */
function scoreSweep(docs: Doc[], truth: Map<string, Set<string>>, scored: Scored, thresholds: number[]): Array<[number, Prf]> {
  return thresholds.map((t) => [t, evaluate(docs, truth, new Map([...scored].map(([id, row]) => [id, row.filter(([, s]) => s >= t).map(([other]) => other)])))]);
}

/** TF-IDF cosine of every pair: words of 2+ letters minus our stop list, sublinear tf (1 + ln tf), smoothed idf, L2 norm. */
function tfidfScores(docs: AccountInput[], scored: Set<string>): Scored {
  const vecs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of `${d.title ?? ''}\n${d.text}`.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []) if (!STOPWORDS.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const v of vecs) for (const w of v.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const norm = vecs.map((v) => {
    let s = 0;
    for (const [w, c] of v) {
      const x = (1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(w)!)) + 1);
      v.set(w, x);
      s += x * x;
    }
    return Math.sqrt(s) || 1;
  });
  const out: Scored = new Map();
  docs.forEach((d, i) => {
    if (!scored.has(d.id)) return;
    const row: Array<[string, number]> = [];
    docs.forEach((e, j) => {
      if (i === j) return;
      let dot = 0;
      const [a, b] = vecs[i]!.size < vecs[j]!.size ? [vecs[i]!, vecs[j]!] : [vecs[j]!, vecs[i]!];
      for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
      row.push([e.id, dot / (norm[i]! * norm[j]!)]);
    });
    out.set(d.id, row);
  });
  return out;
}

/** The table measured: the shipped one, or with the rows given by `--set`. */
let tuning: MatchTuning = defaultTuning;

/** What the index lists for each article at `minScore`, as many as grouping allows. */
function indexListings(index: EventIndex, ids: string[], minScore: number): Listed {
  return new Map(ids.map((id) => [id, index.query(id, { limit: tuning.group.groupSize, minScore }).map((m) => m.id)]));
}

/**
 * Pairs the brute-force scan scores at or above the threshold that the index never
 * offered as candidates (grouping may still leave a pair out on purpose; that is not
 * counted): candidate-generation loss.
 */
function missedByIndex(index: EventIndex, ids: string[]): number {
  const fps = ids.map((id) => index.fingerprintOf(id)!);
  let missed = 0;
  fps.forEach((q, i) => {
    const offered = new Set(index.query(ids[i]!, { limit: tuning.group.groupSize, minScore: tuning.group.linkFloor }).map((m) => m.id));
    fps.forEach((c, j) => {
      if (i !== j && !offered.has(c.id) && similarity(q, c, index, tuning) >= tuning.score.threshold) missed++;
    });
  });
  return missed;
}

/** `--quick`: the shipped threshold only, no sweep, no TF-IDF reference. */
let quick = false;

/** `--set group.row=value` pairs, in the order given. */
function tuningRows(args: string[]): Record<string, number> {
  const rows: Record<string, number> = {};
  args.forEach((arg, i) => {
    if (arg !== '--set') return;
    const [path, value] = (args[i + 1] ?? '').split('=');
    if (!path || value === undefined || value.trim() === '') throw new Error(`--set needs group.row=value, got "${args[i + 1] ?? ''}"`);
    rows[path] = Number(value);
  });
  return rows;
}

/** ECB+ and allsides-dev by default; a path given evaluates that corpus alone (simulated variants when it has topics). */
function main(): void {
  const args = process.argv.slice(2);
  quick = args.includes('--quick');
  const rows = tuningRows(args);
  tuning = withRows(defaultTuning, rows);
  const given = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--set');
  const paths = given.length > 0 ? given.map((p) => resolve(p)) : [sharedPath('corpus/ecbplus.jsonl.gz'), sharedPath('corpus/allsides-dev.jsonl.gz')];
  console.log(`${CONVENTIONS}\n`);
  if (Object.keys(rows).length > 0) console.log(`Tuning: the shipped table with ${Object.entries(rows).map(([k, v]) => `${k} = ${v}`).join(', ')}.\n`);
  for (const path of paths) {
    const all = load(path);
    console.log(`Corpus: ${path}\n${all.length} articles, ${new Set(all.map((d) => d.cluster_id)).size} events.\n`);
    report(all.every((d) => d.topic_id) ? variants(all) : realVariants(all));
  }
}

function report(list: Variant[]): void {
  const summary: string[] = [];
  const sweeps: Array<Array<[number, Prf]>> = [];
  for (const [v, { name, docs: pool, inputs, scored }] of list.entries()) {
    const docs = scored ?? pool;
    const clusters = new Map<string, string[]>();
    for (const d of pool) clusters.set(d.cluster_id, [...(clusters.get(d.cluster_id) ?? []), d.id]);
    const truth = new Map(pool.map((d) => [d.id, new Set(clusters.get(d.cluster_id)!.filter((id) => id !== d.id))]));
    const ids = docs.map((d) => d.id);
    const t0 = performance.now();
    const index = new EventIndex(tuning);
    for (const a of inputs) index.add(a);
    const tAdd = performance.now();
    const threshold = tuning.score.threshold;
    const shippedListing = indexListings(index, ids, threshold);
    const tQuery = performance.now();
    const shipped = evaluate(docs, truth, shippedListing);
    if (quick) {
      console.log(`${name.padEnd(46)} ${fmt(shipped)}`);
      continue;
    }
    const ours = THRESHOLDS.map((t): [number, Prf] => [t, evaluate(docs, truth, t === threshold ? shippedListing : indexListings(index, ids, t))]);
    sweeps.push(ours);
    const tf = scoreSweep(docs, truth, tfidfScores(inputs, new Set(ids)), Array.from({ length: 99 }, (_, i) => (i + 1) / 100));
    const [tfT, tfBest] = tf.reduce((a, b) => (b[1].f1 > a[1].f1 ? b : a));
    const [oT, oBest] = ours.reduce((a, b) => (b[1].f1 > a[1].f1 ? b : a));
    console.log(`== ${name} (${docs.length} articles scored, ${new Set(docs.map((d) => d.cluster_id)).size} events; library of ${pool.length}) ==`);
    console.log(`  Parallax @ shipped ${threshold}: ${fmt(shipped)}`);
    console.log(`  Parallax @ its best ${oT.toFixed(2)}:  ${fmt(oBest)}`);
    console.log(`  TF-IDF cosine @ oracle ${tfT.toFixed(2)}: ${fmt(tfBest)}`);
    console.log(`  time: add ${((tAdd - t0) / pool.length).toFixed(2)} ms/article, query ${((tQuery - tAdd) / docs.length).toFixed(2)} ms/article`);
    if (v === 0) console.log(`  pairs >= threshold found by a full scan but not by the index: ${missedByIndex(index, ids)}`);
    summary.push(`${name.padEnd(46)} shipped F1 ${shipped.f1.toFixed(3)} (P,R: ${f1OfMeans(shipped).toFixed(3)})   best ${oBest.f1.toFixed(3)} @ ${oT.toFixed(2)}   TF-IDF oracle ${tfBest.f1.toFixed(3)}`);
  }
  if (quick) return;
  console.log('\nThreshold sweep of Parallax, F1 per variant (columns in the order above):');
  THRESHOLDS.forEach((t, i) => {
    const f1s = sweeps.map((s) => s[i]![1].f1);
    const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
    console.log(`  ${t.toFixed(2)}  ${f1s.map((f) => f.toFixed(3)).join('  ')}   min ${Math.min(...f1s).toFixed(3)}  mean ${mean.toFixed(3)}${t === tuning.score.threshold ? '  <- shipped' : ''}`);
  });
  console.log(`\nSummary\n  ${summary.join('\n  ')}`);
}

main();
