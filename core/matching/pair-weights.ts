/**
 * The learned pair scorer's weights (pair-model.ts), written by scripts/train-match.ts
 * (`npx tsx scripts/train-match.ts --write`); how they were fitted and measured is in its
 * output and the README's figures.
 */
import type { PairWeights } from './pair-model';

/** Whether the shipped score is the learned one (1) or the hand-made one (0). */
export const LEARNED_ON = 0;

/** The learned score is used where one account is at least this short (tuning.ts, `learnedShort`). */
export const LEARNED_SHORT = 0;

/** Whether the learned score is multiplied by the time factor past two days (tuning.ts, `learnedTime`). */
export const LEARNED_TIME = 0;

/** How much of the score is the learned one (tuning.ts, `learnedBlend`). */
export const LEARNED_BLEND = 1;

export const PAIR_WEIGHTS: PairWeights = {
  bias: -0.4712,
  names: 3.5739,
  figures: 15.5356,
  actions: 3.9054,
  topic: 15.418,
  quotes: 1.6142,
  actionsAgree: 0.7767,
  actionsDiffer: -0.1812,
  figuresAgree: -0.2595,
  figuresDiffer: -0.319,
  daysApart: -4.9809,
  short: -0.4338,
  lengthGap: 0.717,
  shortNames: 10.4814,
  peopleDiffer: 0,
  namesDiffer: 0,
  handScore: -7.0572,
  handLog: 2.808,
};
