import { describe, expect, test } from 'vitest';
import { fitLogistic, type Sample } from '../../scripts/logistic-fit';
import { mulberry32 } from '../../scripts/seeded-random';

/** Pairs drawn from a known logistic model: what the fit must find again. */
function drawn(bias: number, weights: number[], n: number, seed: number): Sample[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => {
    // Features on different scales, so the fit's standardising is exercised.
    const x = Float64Array.from(weights, (_, j) => rand() * (j + 1) * 2 - j);
    const z = bias + weights.reduce((s, w, j) => s + w * x[j]!, 0);
    return { x, y: rand() < 1 / (1 + Math.exp(-z)) ? 1 : 0, w: 1 };
  });
}

describe('fitLogistic', () => {
  test('finds the weights of the model the samples were drawn from, on the raw features', () => {
    const truth = [1.5, -2, 0.5];
    const fit = fitLogistic(drawn(-0.5, truth, 20_000, 11), 0);
    truth.forEach((w, j) => expect(fit.weights[j]).toBeCloseTo(w, 1));
    expect(fit.bias).toBeCloseTo(-0.5, 0);
  });

  test('a feature that says nothing gets a weight near zero', () => {
    const samples = drawn(0, [2, 0], 20_000, 12);
    const fit = fitLogistic(samples, 0);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(0.1);
    expect(fit.weights[0]).toBeGreaterThan(1.5);
  });

  test('the penalty shrinks the weights', () => {
    const samples = drawn(0, [3, -3], 2_000, 13);
    const free = fitLogistic(samples, 0);
    const held = fitLogistic(samples, 200);
    expect(Math.abs(held.weights[0]!)).toBeLessThan(Math.abs(free.weights[0]!));
    expect(Math.abs(held.weights[1]!)).toBeLessThan(Math.abs(free.weights[1]!));
  });

  test('sample weights count: the same samples weighed toward the positives move the bias up', () => {
    const samples = drawn(0, [1], 5_000, 14);
    const even = fitLogistic(samples, 1);
    const leaning = fitLogistic(samples.map((s) => ({ ...s, w: s.y === 1 ? 3 : 1 })), 1);
    expect(leaning.bias).toBeGreaterThan(even.bias + 0.5);
  });
});
