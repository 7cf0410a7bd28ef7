/**
 * A fingerprint as the sparse vector the scorer compares, weights already multiplied by
 * idf, so comparing two articles is one pass over the shorter key list with map lookups.
 *
 * Data: flat parallel arrays (prefixed key, weight, which feature list and position it
 * came from, for explaining a match) plus a key → position map and the vector's norm.
 * Vectors are cached per fingerprint object while the library's `version` and the weights
 * object are unchanged; without a version (plain stats objects in tests) they are rebuilt
 * on every call.
 */
import { fingerprintKeys, type FeatureList, type Fingerprint } from './fingerprint';
import type { CorpusStats } from './score';
import type { ScoreTuning } from './tuning';

/** Which list of the fingerprint a key came from. */
export const LIST = { word: 0, name: 1, num: 2 } as const;

export interface WeightedVector {
  keys: string[];
  vals: number[];
  list: number[];
  at: number[];
  index: Map<string, number>;
  norm: number;
}

/** The rows of the score's tuning a vector is weighted by (see tuning.ts). */
export type VectorWeights = Pick<ScoreTuning, 'name' | 'phrase' | 'num' | 'priorDocs'>;

export function idf(df: number, docCount: number, priorDocs: number): number {
  return Math.log((docCount + priorDocs + 1) / (df + 0.5));
}

function push(v: WeightedVector, keys: readonly string[], from: number, list: FeatureList & { c?: string }, id: number, mult: number, w: VectorWeights, stats: CorpusStats): void {
  for (let i = 0; i < list.k.length; i++) {
    const key = keys[from + i]!;
    const name = list.c !== undefined && list.c[i] !== '-' ? w.name : 1;
    const x = mult * name * list.w[i]! * idf(stats.df(key), stats.docCount, w.priorDocs);
    v.index.set(key, v.keys.length);
    v.keys.push(key);
    v.vals.push(x);
    v.list.push(id);
    v.at.push(i);
    v.norm += x * x;
  }
}

const cache = new WeakMap<Fingerprint, { stats: CorpusStats; version: number; weights: VectorWeights; vector: WeightedVector }>();
/** Prefixed keys per fingerprint: they never change, while idf weights do. */
const keyCache = new WeakMap<Fingerprint, string[]>();

export function weightedVector(fp: Fingerprint, stats: CorpusStats, w: VectorWeights): WeightedVector {
  const hit = cache.get(fp);
  if (hit && hit.stats === stats && hit.version === stats.version && hit.weights === w) return hit.vector;
  let keys = keyCache.get(fp);
  if (!keys) keyCache.set(fp, (keys = fingerprintKeys(fp)));
  const v: WeightedVector = { keys: [], vals: [], list: [], at: [], index: new Map(), norm: 0 };
  // fingerprintKeys lists words, then names, then numbers.
  push(v, keys, 0, fp.words, LIST.word, 1, w, stats);
  push(v, keys, fp.words.k.length, fp.names, LIST.name, w.phrase, w, stats);
  push(v, keys, fp.words.k.length + fp.names.k.length, fp.nums, LIST.num, w.num, w, stats);
  v.norm = Math.sqrt(v.norm);
  if (stats.version !== undefined) cache.set(fp, { stats, version: stats.version, weights: w, vector: v });
  return v;
}

/** Positions in `q` of the keys both vectors hold, and the dot product. */
export function overlap(q: WeightedVector, c: WeightedVector): { shared: number[]; dot: number } {
  const shared: number[] = [];
  let dot = 0;
  // Walk the shorter vector, look up in the longer one.
  const [walk, look] = q.keys.length <= c.keys.length ? [q, c] : [c, q];
  for (let i = 0; i < walk.keys.length; i++) {
    const j = look.index.get(walk.keys[i]!);
    if (j === undefined) continue;
    dot += walk.vals[i]! * look.vals[j]!;
    shared.push(walk === q ? i : j);
  }
  return { shared, dot };
}
