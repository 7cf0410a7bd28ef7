import { describe, expect, test } from 'vitest';
import { median, quantile } from '../../bench/quantiles';

describe('bench quantiles', () => {
  test('the value at a share of the sorted list, never interpolated', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3); // the upper middle of an even count
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95)).toBe(20);
    expect(quantile([3, 1, 2], 1)).toBe(3);
  });

  test('no values give 0, and the input is left unsorted', () => {
    expect(median([])).toBe(0);
    const times = [3, 1, 2];
    median(times);
    expect(times).toEqual([3, 1, 2]);
  });
});
