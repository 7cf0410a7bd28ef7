/**
 * The learned pair scorer's weights (pair-model.ts), written by scripts/train-match.ts
 * (`npx tsx scripts/train-match.ts --write`); how they were fitted and measured is in its
 * output and the README's figures.
 */
import type { PairWeights } from './pair-model';

/** Whether the shipped score is the learned one (1) or the hand-made one (0). */
export const LEARNED_ON = 0;

/** The learned score is used where one account is at least this short (tuning.ts, `learnedShort`). */
export const LEARNED_SHORT = 0.45;

/** Whether the learned score is multiplied by the time factor past two days (tuning.ts, `learnedTime`). */
export const LEARNED_TIME = 1;

/** How much of the score is the learned one (tuning.ts, `learnedBlend`). */
export const LEARNED_BLEND = 0.3;

export const PAIR_WEIGHTS: PairWeights = {
  bias: 0.6241,
  names: -2.8564,
  figures: 26.0244,
  actions: 9.9479,
  topic: 7.2596,
  quotes: 3.4015,
  actionsAgree: 0.6319,
  actionsDiffer: -0.53,
  figuresAgree: -0.8409,
  figuresDiffer: -0.5064,
  daysApart: -3.3585,
  short: -1.7,
  lengthGap: 0.1503,
  shortNames: 12.5048,
  namesDiffer: -0.5544,
  peopleDiffer: -0.092,
  handScore: -3.0002,
  handLog: 2.0684,
};
