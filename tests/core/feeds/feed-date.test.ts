import { describe, expect, test } from 'vitest';
import { feedDate } from '../../../core/feeds/feed-date';

const NOW = Date.parse('2025-03-15T12:00:00Z');

describe('feedDate keeps the feed’s offset', () => {
  test.each([
    ['Fri, 14 Mar 2025 06:40:00 -0400', '2025-03-14T06:40:00-04:00'],
    ['Fri, 14 Mar 2025 06:40:00 EDT', '2025-03-14T06:40:00-04:00'],
    ['Fri, 14 Mar 2025 10:40:00 GMT', '2025-03-14T10:40:00Z'],
    ['Fri, 14 Mar 2025 10:40:00 +0000', '2025-03-14T10:40:00Z'],
    ['14 Mar 2025 10:40 +0530', '2025-03-14T10:40:00+05:30'],
    ['Friday, 14 March 2025 10:40:00 CET', '2025-03-14T10:40:00+01:00'],
    ['Fri, 14 Mar 25 10:40:00 UT', '2025-03-14T10:40:00Z'],
    ['Fri, 14 Mar 2025', '2025-03-14'],
    ['Fri, 14 Mar 2025 6:40:00 PST', '2025-03-14T06:40:00-08:00'],
    ['2025-03-14T06:40:00-04:00', '2025-03-14T06:40:00-04:00'],
    ['2025-03-14T10:40:00.123Z', '2025-03-14T10:40:00Z'],
    ['2025-03-14', '2025-03-14'],
    ['  2025-03-14T06:40:00+02:00  ', '2025-03-14T06:40:00+02:00'],
  ])('%s → %s', (raw, iso) => {
    expect(feedDate(raw, NOW)).toBe(iso);
  });
});

describe('feedDate refuses what is unreadable, impossible or absurd', () => {
  test.each([
    [null],
    [''],
    ['yesterday'],
    ['Thu, 01 Jan 1970 00:00:00 +0000'],
    ['Sun, 30 Feb 2025 10:00:00 GMT'],
    ['2025-02-30T10:00:00Z'],
    ['2025-03-13T25:61:00Z'],
    ['Fri, 14 Mar 2025 24:00:00 GMT'],
    ['Fri, 14 Foo 2025 10:00:00 GMT'],
    ['Fri, 14 Mar 2025 10:00:00 XYZ'],
    // More than two days ahead of the clock.
    ['Tue, 18 Mar 2025 12:00:00 GMT'],
    ['March 14, 2025'],
    ['1741948800'],
    ['x'.repeat(100_000)],
  ])('%j', (raw) => {
    expect(feedDate(raw, NOW)).toBeNull();
  });

  test('a day ahead is within the slack (time zones, scheduled posts)', () => {
    expect(feedDate('Sun, 16 Mar 2025 10:00:00 GMT', NOW)).toBe('2025-03-16T10:00:00Z');
  });
});
