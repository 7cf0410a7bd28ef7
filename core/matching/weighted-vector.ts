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
import { actionOf } from './event-words';
import type { ScoreTuning } from './tuning';

/** Which list of the fingerprint a key came from. */
export const LIST = { word: 0, name: 1, num: 2 } as const;

/** What a key is as evidence: a topic word, a name (single word or multi-word), a figure, an action (event-words.ts). */
export const KIND = { topic: 0, name: 1, figure: 2, action: 3 } as const;

export interface WeightedVector {
  keys: string[];
  vals: number[];
  list: number[];
  at: number[];
  /** What each key is as evidence (KIND): the learned scorer weighs the shares of the cosine apart. */
  kind: number[];
  index: Map<string, number>;
  norm: number;
  /** The actions the account names (event-words.ts), each by its most central word's weight, and their norm. */
  actions: Map<string, number>;
  actionNorm: number;
  /** Prefixed keys of the figures of the headline and lead, years aside (see figureAgreement). */
  leadFigures: string[];
}

/** The rows of the score's tuning a vector is weighted by (see tuning.ts). */
export type VectorWeights = Pick<ScoreTuning, 'name' | 'phrase' | 'num' | 'event' | 'priorDocs'>;

export function idf(df: number, docCount: number, priorDocs: number): number {
  return Math.log((docCount + priorDocs + 1) / (df + 0.5));
}

function push(v: WeightedVector, keys: readonly string[], from: number, list: FeatureList & { c?: string }, id: number, mult: number, w: VectorWeights, stats: CorpusStats): void {
  for (let i = 0; i < list.k.length; i++) {
    const key = keys[from + i]!;
    const isName = list.c !== undefined && list.c[i] !== '-';
    // Only single words (the list with kinds) can be actions; a name is never one.
    const action = id === LIST.word && !isName ? actionOf(list.k[i]!) : undefined;
    if (action !== undefined && list.w[i]! > (v.actions.get(action) ?? 0)) v.actions.set(action, list.w[i]!);
    const x = mult * (isName ? w.name : action !== undefined ? w.event : 1) * list.w[i]! * idf(stats.df(key), stats.docCount, w.priorDocs);
    if (id === LIST.num && list.w[i]! >= leadWeight && !YEAR_RE.test(list.k[i]!)) v.leadFigures.push(key);
    v.index.set(key, v.keys.length);
    v.keys.push(key);
    v.vals.push(x);
    v.list.push(id);
    v.at.push(i);
    v.kind.push(id === LIST.num ? KIND.figure : isName || id === LIST.name ? KIND.name : action !== undefined ? KIND.action : KIND.topic);
    v.norm += x * x;
  }
}

/** A year says when, not what: two stories of one year share it. */
const YEAR_RE = /^(?:19|20)\d\d$/;
/** A figure first seen in the headline or lead weighs at least the lead's weight (fingerprint.ts). */
const leadWeight = 2;

const cache = new WeakMap<Fingerprint, { stats: CorpusStats; version: number; weights: VectorWeights; vector: WeightedVector }>();
/** Prefixed keys per fingerprint: they never change, while idf weights do. */
const keyCache = new WeakMap<Fingerprint, string[]>();

export function weightedVector(fp: Fingerprint, stats: CorpusStats, w: VectorWeights): WeightedVector {
  const hit = cache.get(fp);
  if (hit && hit.stats === stats && hit.version === stats.version && hit.weights === w) return hit.vector;
  let keys = keyCache.get(fp);
  if (!keys) keyCache.set(fp, (keys = fingerprintKeys(fp)));
  const v: WeightedVector = { keys: [], vals: [], list: [], at: [], kind: [], index: new Map(), norm: 0, actions: new Map(), actionNorm: 0, leadFigures: [] };
  // fingerprintKeys lists words, then names, then numbers.
  push(v, keys, 0, fp.words, LIST.word, 1, w, stats);
  push(v, keys, fp.words.k.length, fp.names, LIST.name, w.phrase, w, stats);
  push(v, keys, fp.words.k.length + fp.names.k.length, fp.nums, LIST.num, w.num, w, stats);
  v.norm = Math.sqrt(v.norm);
  for (const x of v.actions.values()) v.actionNorm += x * x;
  v.actionNorm = Math.sqrt(v.actionNorm);
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

/**
 * How far two accounts' actions agree, 0..1 (a cosine over the actions they name), or
 * null when either names none: then the actions say nothing either way.
 */
export function actionAgreement(q: WeightedVector, c: WeightedVector): number | null {
  if (q.actionNorm === 0 || c.actionNorm === 0) return null;
  let dot = 0;
  for (const [action, x] of q.actions) dot += x * (c.actions.get(action) ?? 0);
  return dot / (q.actionNorm * c.actionNorm);
}

/** Whether two accounts' headline-and-lead figures agree: 1 sharing one, 0 sharing none, null when either gives none. */
export function figureAgreement(q: WeightedVector, c: WeightedVector): number | null {
  if (q.leadFigures.length === 0 || c.leadFigures.length === 0) return null;
  return q.leadFigures.some((key) => c.index.has(key)) ? 1 : 0;
}
