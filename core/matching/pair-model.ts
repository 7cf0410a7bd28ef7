/**
 * The learned pair scorer: a logistic regression over pair-features.ts, its weights one
 * small table (pair-weights.ts, written by scripts/train-match.ts). Its output is a score
 * in 0..1 on the hand-made score's footing: the decision threshold chosen in
 * cross-validation is folded into the bias so that it falls at the tuning's threshold,
 * and everything that reads a score (the ranking's rounds, grouping, the CLI's `score`)
 * reads this one unchanged.
 *
 * Explainable by construction: a feature is 0 when it is no evidence, so weight × feature
 * is what it carried, and a listing names the features that carried it most.
 */
import { FEATURE_IDS, type FeatureId } from './pair-features';

/**
 * Below this hand-made score a pair is left as it was: the fit saw no pairs weaker than
 * that (scripts/train-match.ts), and they are far below the grouping's floor anyway.
 */
export const LEARNED_FROM = 0.04;

/** A bias and one weight per feature: the learned rows of the tuning table. */
export type PairWeights = { bias: number } & Record<FeatureId, number>;

/** Evidence a reader can check, in the order the reasons name it; the rest (time unknown, the hand score) only adjust. */
const TOLD: readonly FeatureId[] = ['names', 'quotes', 'figures', 'actions', 'topic', 'actionsAgree', 'figuresAgree'];

export function pairLogit(features: Float64Array, weights: PairWeights): number {
  let z = weights.bias;
  FEATURE_IDS.forEach((id, i) => {
    z += weights[id] * features[i]!;
  });
  return z;
}

export function pairScore(features: Float64Array, weights: PairWeights): number {
  return 1 / (1 + Math.exp(-pairLogit(features, weights)));
}

/** The features that carried a pair, most first: those of TOLD whose weight × value is above `min`, at most three. */
export function carriedBy(features: Float64Array, weights: PairWeights, min = 0.25): FeatureId[] {
  return TOLD.map((id): [FeatureId, number] => [id, weights[id] * features[FEATURE_IDS.indexOf(id)]!])
    .filter(([, part]) => part > min)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id]) => id);
}
