/**
 * The flag model's trainer (scripts/flag-model/train-logistic.ts): what its class weight
 * and its mean over shuffles do, on examples written here.
 */
import { expect, test } from 'vitest';
import { trainLogistic, trainLogisticAveraged, type Example } from '../../scripts/flag-model/train-logistic';

const score = (weights: Map<string, number>, features: string[]) => 1 / (1 + Math.exp(-features.reduce((sum, f) => sum + (weights.get(f) ?? 0), 0)));

/** A feature marked in 3 of 10 examples, and one never marked. */
const EXAMPLES: Example[] = [
  ...Array.from({ length: 10 }, (_, i): Example => ({ features: ['bias', 'cue'], label: i < 3 ? 1 : 0 })),
  ...Array.from({ length: 10 }, (): Example => ({ features: ['bias', 'plain'], label: 0 })),
];

test('a class weight for marked examples raises their scores', () => {
  const plain = score(trainLogistic(EXAMPLES, { epochs: 30, minCount: 1 }), ['bias', 'cue']);
  const weighted = score(trainLogistic(EXAMPLES, { epochs: 30, minCount: 1, positiveWeight: 3 }), ['bias', 'cue']);
  expect(plain).toBeLessThan(0.5);
  expect(weighted).toBeGreaterThan(plain + 0.1);
});

test('the mean over shuffle seeds is the mean of each seed’s weights', () => {
  const options = { epochs: 3, minCount: 1 };
  const mean = trainLogisticAveraged(EXAMPLES, options, [7, 11]);
  const [a, b] = [trainLogistic(EXAMPLES, { ...options, seed: 7 }), trainLogistic(EXAMPLES, { ...options, seed: 11 })];
  for (const feature of ['bias', 'cue', 'plain']) expect(mean.get(feature)).toBeCloseTo(((a.get(feature) ?? 0) + (b.get(feature) ?? 0)) / 2, 12);
  expect(a.get('cue')).not.toBe(b.get('cue'));
});
