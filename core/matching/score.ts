/**
 * Same event or not: a weighted cosine between two fingerprints, plus quote evidence,
 * scaled by time.
 *
 * Each feature counts `centrality in the article × idf`, times 1.5 when the article uses
 * the word as a name: two earthquakes share "quake", "magnitude" and "rescue", but not the
 * town. Cosine (not a raw sum) keeps scores in 0..1 and comparable between a headline-
 * plus-lead account and a full report, and does not drift with the library's size. A
 * shared quotation adds on its own terms because it is rare by construction. Time is
 * evidence too: unknown dates change nothing, reports within two days of each other gain
 * (the odds that they cover one event are higher), a week apart they lose most.
 */
import type { Fingerprint } from './fingerprint';
import { quoteOverlap } from './quotes';
import { explain, type MatchReasons } from './reasons';
import { idf as idfWith, overlap, weightedVector, type VectorWeights, type WeightedVector } from './weighted-vector';

export type { MatchReasons } from './reasons';

/** Document frequencies of index keys (see fingerprintKeys) over the library. */
export interface CorpusStats {
  docCount: number;
  df(key: string): number;
  /**
   * Changes whenever any df may have changed. When present, weighted vectors are cached
   * per fingerprint until it changes, which makes scoring a candidate a few map lookups.
   */
  version?: number;
}

/**
 * The shipped threshold: listed accounts score at least this. Chosen where F1 holds up
 * across ECB+ full text, headline + two sentences, simulated dates and small clusters
 * (scripts/eval-match.ts prints the sweep), not at the best point of any one of them.
 */
export const MATCH_THRESHOLD = 0.2;

const WEIGHTS: VectorWeights = { name: 1.5, phrase: 1, num: 1.5, priorDocs: 20 };
/** How much one fully shared quotation adds to the score. */
const QUOTE_WEIGHT = 0.25;
const DAY_MS = 86_400_000;
/** Reports this close in time get CLOSE_BOOST; the factor is 1 at about 3.8 days, 0.3 at 7, 0.06 at 14. */
const SAME_EVENT_DAYS = 2;
const DAYS_SCALE = 2.5;
const CLOSE_BOOST = 1.5;

export function idf(df: number, docCount: number): number {
  return idfWith(df, docCount, WEIGHTS.priorDocs);
}

/** The fingerprint as the scorer weighs it: each feature's centrality × idf × name or figure bonus. */
export function featureVector(fp: Fingerprint, stats: CorpusStats): WeightedVector {
  return weightedVector(fp, stats, WEIGHTS);
}

export function timeFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return 1;
  const over = Math.max(0, Math.abs(a - b) / DAY_MS - SAME_EVENT_DAYS) / DAYS_SCALE;
  return CLOSE_BOOST / (1 + over * over);
}

/**
 * Days apart beyond which two dated accounts cannot score `minScore` even with the same
 * words and a shared quotation (time factor × at most 1 + QUOTE_WEIGHT), so an index may
 * leave them out of a query: 9.2 days at the shipped threshold.
 */
export function reachDays(minScore = MATCH_THRESHOLD): number {
  const factor = minScore / (1 + QUOTE_WEIGHT);
  if (factor <= 0) return Infinity;
  return SAME_EVENT_DAYS + DAYS_SCALE * Math.sqrt(Math.max(0, CLOSE_BOOST / factor - 1));
}

interface Parts {
  score: number;
  qv: WeightedVector;
  cv: WeightedVector;
  shared: number[];
  sharedQuotes: string[];
}

function parts(query: Fingerprint, candidate: Fingerprint, stats: CorpusStats): Parts {
  const qv = weightedVector(query, stats, WEIGHTS);
  const cv = weightedVector(candidate, stats, WEIGHTS);
  const { shared, dot } = overlap(qv, cv);
  const cosine = qv.norm > 0 && cv.norm > 0 ? dot / (qv.norm * cv.norm) : 0;

  // Each query quote counts once, by its best counterpart; independent quotes combine like probabilities.
  const sharedQuotes: string[] = [];
  let quoteMiss = 1;
  for (const a of query.quotes) {
    let best = 0;
    for (const b of candidate.quotes) best = Math.max(best, quoteOverlap(a, b));
    if (best > 0) {
      sharedQuotes.push(a.t);
      quoteMiss *= 1 - best;
    }
  }
  const score = Math.min(1, (cosine + QUOTE_WEIGHT * (1 - quoteMiss)) * timeFactor(query.time, candidate.time));
  return { score, qv, cv, shared, sharedQuotes };
}

/** scoreMatch's score alone, without the reasons: what grouping compares candidates by, many pairs a query. */
export function similarity(query: Fingerprint, candidate: Fingerprint, stats: CorpusStats): number {
  return parts(query, candidate, stats).score;
}

export function scoreMatch(query: Fingerprint, candidate: Fingerprint, stats: CorpusStats): { score: number; reasons: MatchReasons } {
  const { score, qv, cv, shared, sharedQuotes } = parts(query, candidate, stats);
  return { score, reasons: explain(query, candidate, qv, cv, shared, sharedQuotes, score) };
}
