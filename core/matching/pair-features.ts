/**
 * What the learned pair scorer (pair-model.ts) reads of two accounts: the parts of the
 * hand-made score (score.ts) taken apart, so a fit can weigh each on its own. The cosine
 * is split by what the shared keys are (names, figures, actions, topic words: the shares
 * add up to the cosine), beside quotation overlap, whether the two name the same actions
 * and the same headline figures, whether both give names and share few of them, whether
 * both headlines and leads name people and none is the same, how far apart they were
 * published, how much text each has and the hand-made score itself.
 *
 * Every feature is 0 when it is no evidence either way (no shared names, dates unknown,
 * no actions named), so a weight times its feature is what that feature carried: the
 * listing's reasons name the largest (pair-model.ts#carriedBy).
 *
 * Data: one Float64Array per pair, in the order of FEATURE_IDS; the same fingerprints
 * give the same features in the CLI's index and in the IndexedDB library, which hold
 * nothing else a pair is scored on.
 */
import type { Fingerprint } from './fingerprint';
import type { MatchTuning } from './tuning';
import { KIND, type WeightedVector } from './weighted-vector';

export const FEATURE_IDS = [
  'names',
  'figures',
  'actions',
  'topic',
  'quotes',
  'actionsAgree',
  'actionsDiffer',
  'figuresAgree',
  'figuresDiffer',
  'daysApart',
  'short',
  'lengthGap',
  'shortNames',
  'namesDiffer',
  'peopleDiffer',
  'handScore',
  'handLog',
] as const;

export type FeatureId = (typeof FEATURE_IDS)[number];

/** The hand-made score's parts, as score.ts computes them for a pair. */
export interface HandParts {
  qv: WeightedVector;
  cv: WeightedVector;
  /** Positions in qv of the keys both hold. */
  shared: number[];
  /** The idf-weighted cosine's norms' product (0 when either vector is empty). */
  norms: number;
  /** 1 − the chance that no query quotation is in the candidate. */
  quote: number;
  /** actionAgreement and figureAgreement (weighted-vector.ts): null when either side names none. */
  actions: number | null;
  figures: number | null;
  /** The hand-made score, before the learned one. */
  score: number;
}

const DAY_MS = 86_400_000;
/** Past two weeks, days apart add nothing: the index reads no further (index-keys.ts). */
const MAX_DAYS = 14;

/** The weight of a vector's names (the norm of its name keys alone). */
function nameNorm(v: WeightedVector): number {
  let sum = 0;
  for (let i = 0; i < v.keys.length; i++) if (v.kind[i] === KIND.name) sum += v.vals[i]! * v.vals[i]!;
  return Math.sqrt(sum);
}

/** A key first seen in the headline or lead weighs at least the lead's weight (fingerprint.ts). */
const LEAD_WEIGHT = 2;

/** The people a fingerprint names in its headline or lead (keys of single words and multi-word names). */
function leadPeople(fp: Fingerprint): Set<string> {
  const out = new Set<string>();
  for (const list of [fp.words, fp.names]) for (let i = 0; i < list.k.length; i++) if (list.c[i] === 'p' && list.w[i]! >= LEAD_WEIGHT) out.add(list.k[i]!);
  return out;
}

/** The position of `short` in a pair's features: 1 − the shorter account's fill (0 for two full texts). */
const SHORT_AT = FEATURE_IDS.indexOf('short');
export const shortness = (features: Float64Array): number => features[SHORT_AT]!;

/** How full a fingerprint's word list is: 1 for an article, less for a headline and lead. */
const fillOf = (fp: Fingerprint, tuning: MatchTuning): number => Math.min(1, fp.words.k.length / tuning.fingerprint.words);

export function pairFeatures(query: Fingerprint, candidate: Fingerprint, hand: HandParts, tuning: MatchTuning): Float64Array {
  const { qv, cv, shared, norms } = hand;
  // The cosine's dot product by what each shared key is; a word either side calls a name is a name.
  const byKind = [0, 0, 0, 0];
  if (norms > 0) {
    for (const i of shared) {
      const j = cv.index.get(qv.keys[i]!)!;
      const kind = qv.kind[i] === KIND.name || cv.kind[j] === KIND.name ? KIND.name : qv.kind[i]!;
      byKind[kind] = byKind[kind]! + (qv.vals[i]! * cv.vals[j]!) / norms;
    }
  }
  const dated = query.time !== null && candidate.time !== null;
  const days = dated ? Math.abs(query.time! - candidate.time!) / DAY_MS : 0;
  const fillQ = fillOf(query, tuning);
  const fillC = fillOf(candidate, tuning);
  const short = 1 - Math.min(fillQ, fillC);
  const names = byKind[KIND.name]!;
  // Both name people, places or bodies and share few of them: the other star's rehab, the
  // mayor's other story share the kind of event or the person, not the event's own names.
  const qn = nameNorm(qv);
  const cn = nameNorm(cv);
  const namesDiffer = qn > 0 && cn > 0 ? 1 - Math.min(1, (names * norms) / (qn * cn)) : 0;
  // Both headlines and leads say who, and not the same people: one actress's rehab and another actor's.
  const qp = leadPeople(query);
  const cp = leadPeople(candidate);
  const peopleDiffer = qp.size > 0 && cp.size > 0 && ![...qp].some((k) => cp.has(k)) ? 1 : 0;
  return Float64Array.from([
    names,
    byKind[KIND.figure]!,
    byKind[KIND.action]!,
    byKind[KIND.topic]!,
    hand.quote,
    hand.actions ?? 0,
    hand.actions === null ? 0 : 1 - hand.actions,
    hand.figures === 1 ? 1 : 0,
    hand.figures === 0 ? 1 : 0,
    // Days apart only as a cost: no feature says "close" or "dated", since in ECB+'s
    // simulated dates and in a library of one site's roundups nearly every pair published
    // the same day is one event, which a reader's library of the day's news is not.
    dated ? Math.min(days, MAX_DAYS) / 7 : 0,
    short,
    Math.abs(fillQ - fillC),
    short * names,
    namesDiffer,
    peopleDiffer,
    hand.score,
    // Log-odds-like: a pair at 0.4 is not twice the evidence of one at 0.2.
    Math.log(Math.max(hand.score, 0.01) / 0.2),
  ]);
}
