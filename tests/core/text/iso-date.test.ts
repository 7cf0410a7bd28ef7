import { describe, expect, test } from 'vitest';
import { isoToMillis, toIsoDate } from '../../../core/text/iso-date';

describe('toIsoDate keeps the page’s offset', () => {
  test.each([
    ['2024-07-03T19:11:00-04:00', '2024-07-03T19:11:00-04:00'],
    ['2024-07-03T19:11-0400', '2024-07-03T19:11:00-04:00'],
    ['2024-07-04T09:22:00Z', '2024-07-04T09:22:00Z'],
    ['2024-07-04 09:22:00+03:00', '2024-07-04T09:22:00+03:00'],
    ['2024-07-04', '2024-07-04'],
    ['July 4, 2024 09:22 UTC', '2024-07-04T09:22:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  test.each(['yesterday', '2024-13-45', '', '0000-01-01T00:00:00Z', 'x'.repeat(10_000)])('refuses %s', (input) => {
    expect(toIsoDate(input)).toBeNull();
  });

  test('round-trips to the same instant', () => {
    expect(isoToMillis(toIsoDate('2024-07-03T19:11:00-04:00'))).toBe(Date.parse('2024-07-03T23:11:00Z'));
  });
});
