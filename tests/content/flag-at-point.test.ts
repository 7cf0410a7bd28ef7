import { describe, expect, test } from 'vitest';
import { indexAtPoint } from '../../content/flag-at-point';

/** Flags as [start, end) spans in document order; the point is an offset, compared as Range.comparePoint would. */
function lookup(spans: Array<[number, number]>, point: number): number {
  return indexAtPoint(spans.length, (i) => {
    const [start, end] = spans[i]!;
    return point < start ? -1 : point > end ? 1 : 0;
  });
}

const SPANS: Array<[number, number]> = [
  [10, 20],
  [30, 35],
  [50, 71],
  [80, 81],
  [95, 120],
];

describe('indexAtPoint finds the flag holding the point', () => {
  test.each([
    [10, 0],
    [15, 0],
    [20, 0],
    [33, 1],
    [60, 2],
    [80, 3],
    [81, 3],
    [119, 4],
  ])('offset %i is in flag %i', (point, expected) => {
    expect(lookup(SPANS, point)).toBe(expected);
  });
});

describe('and no flag where there is none', () => {
  test.each([0, 9, 21, 29, 36, 72, 90, 121, 10_000])('offset %i', (point) => {
    expect(lookup(SPANS, point)).toBe(-1);
  });

  test('on a page without flags', () => {
    expect(indexAtPoint(0, () => 0)).toBe(-1);
  });
});

test('looks at a logarithmic number of ranges', () => {
  const spans = Array.from({ length: 1000 }, (_, i): [number, number] => [i * 10, i * 10 + 5]);
  let calls = 0;
  const found = indexAtPoint(spans.length, (i) => {
    calls++;
    const [start, end] = spans[i]!;
    return 7_772 < start ? -1 : 7_772 > end ? 1 : 0;
  });
  expect(found).toBe(777);
  expect(calls).toBeLessThanOrEqual(11);
});
