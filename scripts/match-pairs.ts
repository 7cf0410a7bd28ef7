/**
 * The libraries the learned pair scorer is trained and cross-validated on, and their pairs.
 *
 * - allsides-dev's tuning half only (its events by the hash eval-match.ts splits on), in a
 *   library of those accounts alone: the held-apart half is never read here.
 * - ECB+ in the seven variants eval-match.ts measures (full text, headline + lead, dates
 *   simulated, small clusters): each its own library.
 *
 * Folds are by event and never split one: allsides-dev by its event (cluster_id); ECB+ by
 * its topic, so the two events of a kind (the twin rehab admissions) are always on the same
 * side, as a reader's library would hold them.
 */
import type { AccountInput } from '../core/matching/account';
import { EventIndex } from '../core/matching/event-index';
import { fingerprint, type Fingerprint } from '../core/matching/fingerprint';
import { LEARNED_FROM } from '../core/matching/pair-model';
import { shortness } from '../core/matching/pair-features';
import { pairFeaturesOf } from '../core/matching/score';
import type { MatchTuning } from '../core/matching/tuning';
import { fnv1a } from './corpus-split';
import { load, realVariants, variants, type Doc } from './match-variants';
import type { Sample } from './logistic-fit';

export interface Library {
  name: string;
  corpus: 'allsides' | 'ecb';
  /** The accounts scored and held: the whole library. */
  docs: Doc[];
  fps: Fingerprint[];
  /** Each account's fold, by its event (allsides-dev) or topic (ECB+). */
  fold: number[];
  /**
   * Each account's topic: allsides-dev's `story_topic` ("Supreme Court"), ECB+'s topic (the
   * two events of a kind). Two accounts of one topic and different events are the hard
   * negatives a reader's library holds more of than these small libraries do.
   */
  topic: Array<string | null>;
}

export interface Pair extends Sample {
  /** Folds of the two accounts: a pair trains a fold's model only when neither is in it. */
  folds: [number, number];
  library: number;
}

export function libraries(allsidesPath: string, ecbPath: string, folds: number, tuning: MatchTuning): Library[] {
  const out: Library[] = [];
  const add = (name: string, corpus: Library['corpus'], docs: Doc[], inputs: AccountInput[]): void => {
    const fold = docs.map((d) => fnv1a(`fold:${corpus === 'ecb' ? d.topic_id : d.cluster_id}`) % folds);
    const topic = docs.map((d) => (corpus === 'ecb' ? d.topic_id : (d.story_topic ?? null)));
    out.push({ name, corpus, docs, fps: inputs.map((a) => fingerprint(a, tuning)), fold, topic });
  };
  const tuningHalf = load(allsidesPath).filter((d) => fnv1a(d.cluster_id) % 2 === 0);
  const real = realVariants(tuningHalf)[0]!;
  add('allsides-dev tuning half', 'allsides', real.docs, real.inputs);
  for (const v of variants(load(ecbPath))) add(`ECB+ ${v.name}`, 'ecb', v.docs, v.inputs);
  return out;
}

/** A fresh in-memory library of these fingerprints, scored with `tuning`. */
export function indexOf(lib: Library, tuning: MatchTuning): EventIndex {
  const index = new EventIndex(tuning);
  for (const fp of lib.fps) index.add(fp);
  return index;
}

/** Which pairs a fit sees and how much each weighs. */
export interface PairChoice {
  /** A pair of different events on one topic (see Library#topic) weighs this many times a pair. */
  hard: number;
  /** Only pairs the learned score is used for (tuning's `learnedShort`): those where one account is this short. */
  learnedShort: number;
}

/**
 * Every ordered pair of a library whose hand-made score reaches LEARNED_FROM, with its
 * features and whether it is one event; each library's pairs weigh `share` in all.
 */
export function pairsOf(lib: Library, at: number, share: number, tuning: MatchTuning, choice: PairChoice = { hard: 1, learnedShort: 0 }): Pair[] {
  const hand = { ...tuning, score: { ...tuning.score, learned: 0 } };
  const index = indexOf(lib, hand);
  const pairs: Pair[] = [];
  lib.fps.forEach((q, i) => {
    lib.fps.forEach((c, j) => {
      if (i === j) return;
      const { hand: score, features } = pairFeaturesOf(q, c, index, hand);
      if (score < LEARNED_FROM || shortness(features) < choice.learnedShort) return;
      const y = lib.docs[i]!.cluster_id === lib.docs[j]!.cluster_id ? 1 : 0;
      const hard = y === 0 && lib.topic[i] !== null && lib.topic[i] === lib.topic[j];
      pairs.push({ x: features, y, w: hard ? choice.hard : 1, folds: [lib.fold[i]!, lib.fold[j]!], library: at });
    });
  });
  const total = pairs.reduce((sum, p) => sum + p.w, 0);
  for (const p of pairs) p.w = (share * p.w) / total;
  return pairs;
}
