/**
 * Same event or not: a weighted cosine between two fingerprints, plus quote evidence,
 * scaled by time.
 *
 * Each feature counts `centrality in the article × idf`, times a bonus when the article
 * uses the word as a name: two earthquakes share "quake", "magnitude" and "rescue", but
 * not the town. Cosine (not a raw sum) keeps scores in 0..1 and comparable between a headline-
 * plus-lead account and a full report, and does not drift with the library's size. A
 * shared quotation adds on its own terms because it is rare by construction. Time is
 * evidence too: unknown dates change nothing, reports within two days of each other gain
 * (the odds that they cover one event are higher), a week apart they lose most.
 *
 * Every weight and limit comes from a MatchTuning (tuning.ts), the shipped one by default.
 * With its `score.learned` row on, a logistic regression over this score's parts
 * (pair-features.ts, pair-model.ts), on the same footing and threshold, takes a share of
 * the score (`learnedBlend`) where one account is short (`learnedShort`), times the time
 * factor past two days (`learnedTime`).
 */
import type { Fingerprint } from './fingerprint';
import { quoteOverlap } from './quotes';
import { explain, type MatchReasons } from './reasons';
import { pairFeatures, shortness, type HandParts } from './pair-features';
import { carriedBy, LEARNED_FROM, pairScore } from './pair-model';
import { defaultTuning, type MatchTuning } from './tuning';
import { actionAgreement, figureAgreement, idf as idfWith, overlap, weightedVector, type WeightedVector } from './weighted-vector';

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

/** The shipped threshold: listed accounts score at least this (its reason in tuning.ts). */
export const MATCH_THRESHOLD = defaultTuning.score.threshold;

const DAY_MS = 86_400_000;

export function idf(df: number, docCount: number, tuning: MatchTuning = defaultTuning): number {
  return idfWith(df, docCount, tuning.score.priorDocs);
}

/** The fingerprint as the scorer weighs it: each feature's centrality × idf × name or figure bonus. */
export function featureVector(fp: Fingerprint, stats: CorpusStats, tuning: MatchTuning = defaultTuning): WeightedVector {
  return weightedVector(fp, stats, tuning.score);
}

export function timeFactor(a: number | null, b: number | null, tuning: MatchTuning = defaultTuning): number {
  if (a === null || b === null) return 1;
  const { sameEventDays, daysScale, closeBoost } = tuning.score;
  const over = Math.max(0, Math.abs(a - b) / DAY_MS - sameEventDays) / daysScale;
  return closeBoost / (1 + over * over);
}

/**
 * Days apart beyond which two dated accounts cannot score `minScore` even with the same
 * words and a shared quotation (time factor × at most 1 + quoteWeight), so an index may
 * leave them out of a query: 9.2 days at the shipped threshold.
 */
export function reachDays(minScore?: number, tuning: MatchTuning = defaultTuning): number {
  const { quoteWeight, sameEventDays, daysScale, closeBoost, threshold } = tuning.score;
  const factor = (minScore ?? threshold) / ((1 + quoteWeight) * (1 + Math.max(0, tuning.score.shortPair)));
  if (factor <= 0) return Infinity;
  return sameEventDays + daysScale * Math.sqrt(Math.max(0, closeBoost / factor - 1));
}

interface Parts extends HandParts {
  sharedQuotes: string[];
}

/** The hand-made score and its parts (the learned scorer's inputs). */
function handParts(query: Fingerprint, candidate: Fingerprint, stats: CorpusStats, tuning: MatchTuning): Parts {
  const qv = weightedVector(query, stats, tuning.score);
  const cv = weightedVector(candidate, stats, tuning.score);
  const { shared, dot } = overlap(qv, cv);
  const norms = qv.norm * cv.norm;
  const cosine = norms > 0 ? dot / norms : 0;

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
  const actions = actionAgreement(qv, cv);
  const figures = figureAgreement(qv, cv);
  const eventFactor = (actions === null ? 1 : 1 - tuning.score.eventMiss * (1 - actions)) * (figures === null ? 1 : 1 - tuning.score.numMiss * (1 - figures));
  const fill = Math.min(1, Math.min(query.words.k.length, candidate.words.k.length) / tuning.fingerprint.words);
  const lengthFactor = 1 + tuning.score.shortPair * (1 - fill);
  const score = Math.min(1, lengthFactor * (cosine + tuning.score.quoteWeight * (1 - quoteMiss)) * timeFactor(query.time, candidate.time, tuning) * eventFactor);
  return { score, qv, cv, shared, norms, quote: 1 - quoteMiss, actions, figures, sharedQuotes };
}

/** The score as shipped: the learned scorer over the hand-made score's parts, or the hand-made score alone (`score.learned` 0). */
function parts(query: Fingerprint, candidate: Fingerprint, stats: CorpusStats, tuning: MatchTuning): Parts & { features: Float64Array | null } {
  const hand = handParts(query, candidate, stats, tuning);
  if (tuning.score.learned === 0 || hand.score < LEARNED_FROM) return { ...hand, features: null };
  const features = pairFeatures(query, candidate, hand, tuning);
  // Two full texts are where the hand-made score is already right (ECB+ full text); the
  // learned one is for pairs where one account is only a headline and lead.
  if (shortness(features) < tuning.score.learnedShort) return { ...hand, features: null };
  const time = tuning.score.learnedTime === 0 ? 1 : Math.min(1, timeFactor(query.time, candidate.time, tuning) / tuning.score.closeBoost);
  const learned = pairScore(features, tuning.model) * time;
  return { ...hand, score: hand.score + tuning.score.learnedBlend * (learned - hand.score), features };
}

/** scoreMatch's score alone, without the reasons: what grouping compares candidates by, many pairs a query. */
export function similarity(query: Fingerprint, candidate: Fingerprint, stats: CorpusStats, tuning: MatchTuning = defaultTuning): number {
  return parts(query, candidate, stats, tuning).score;
}

export function scoreMatch(query: Fingerprint, candidate: Fingerprint, stats: CorpusStats, tuning: MatchTuning = defaultTuning): { score: number; reasons: MatchReasons } {
  const { score, qv, cv, shared, sharedQuotes, features } = parts(query, candidate, stats, tuning);
  const reasons = explain(query, candidate, qv, cv, shared, sharedQuotes, score);
  return { score, reasons: { ...reasons, carriedBy: features === null ? [] : carriedBy(features, tuning.model) } };
}

/** The learned scorer's features of a pair and the hand-made score, for training it (scripts/train-match.ts). */
export function pairFeaturesOf(query: Fingerprint, candidate: Fingerprint, stats: CorpusStats, tuning: MatchTuning = defaultTuning): { hand: number; features: Float64Array } {
  const hand = handParts(query, candidate, stats, tuning);
  return { hand: hand.score, features: pairFeatures(query, candidate, hand, tuning) };
}
