import { describe, expect, test } from 'vitest';
import { listWords, relativeTime, strengthLabel, timeApart } from '../../components/format';

const READING = '2025-03-13T09:22:00+02:00'; // 07:22 UTC

describe('relativeTime: when the other account was published, from the one being read', () => {
  describe('hours under a day', () => {
    test.each([
      ['2025-03-12T19:11:00-04:00', '8 hours earlier'], // 23:11 UTC the day before
      ['2025-03-13T10:22:00Z', '3 hours later'],
      ['2025-03-13T08:22:00Z', '1 hour later'],
      ['2025-03-14T06:22:00Z', '23 hours later'],
    ])('%s → %s', (other, expected) => {
      expect(relativeTime(other, READING)).toBe(expected);
    });
  });

  describe('days from a day on', () => {
    test.each([
      ['2025-03-14T07:00:00Z', '1 day later'], // 23h38: rounds to 24 hours, said as a day
      ['2025-03-12T07:22:00Z', '1 day earlier'],
      ['2025-03-16T19:00:00Z', '3 days later'],
      ['2025-09-17T14:05:00+03:00', '188 days later'],
    ])('%s → %s', (other, expected) => {
      expect(relativeTime(other, READING)).toBe(expected);
    });
  });

  describe('minutes, and the same moment', () => {
    test.each([
      ['2025-03-13T07:02:00Z', '20 minutes earlier'],
      ['2025-03-13T07:23:00Z', '1 minute later'],
      ['2025-03-13T07:22:30Z', 'at the same time'],
    ])('%s → %s', (other, expected) => {
      expect(relativeTime(other, READING)).toBe(expected);
    });
  });

  describe('a date without a time says days only', () => {
    test.each([
      ['2025-03-13', READING, 'same day'],
      ['2025-03-11', READING, '2 days earlier'],
      ['2025-03-14T23:00:00Z', '2025-03-13', '1 day later'],
    ])('%s from %s → %s', (other, reference, expected) => {
      expect(relativeTime(other, reference)).toBe(expected);
    });
  });

  describe('must say nothing', () => {
    test.each<[string | null, string | null]>([
      [null, READING],
      [READING, null],
      ['yesterday', READING],
      ['2025-03-13', 'soon'],
    ])('%j from %j', (other, reference) => {
      expect(relativeTime(other, reference)).toBeNull();
    });
  });
});

describe('timeApart', () => {
  test.each<[number | null, string | null]>([
    [0, 'published within a day of each other'],
    [1, 'published 1 day apart'],
    [4, 'published 4 days apart'],
    [null, null],
  ])('%j → %j', (days, expected) => {
    expect(timeApart(days)).toBe(expected);
  });
});

describe('small words', () => {
  test.each<[string[], string]>([
    [[], ''],
    [['Voskov'], 'Voskov'],
    [['Voskov', 'Lin'], 'Voskov and Lin'],
    [['Voskov', 'Lin', 'Besik'], 'Voskov, Lin and Besik'],
  ])('listWords(%j) → %s', (items, expected) => {
    expect(listWords(items)).toBe(expected);
  });

  test.each([
    [1, 'strong match'],
    [0.5, 'good match'],
    [0.2, 'possible match'],
  ])('strengthLabel(%d) → %s', (score, label) => {
    expect(strengthLabel(score)).toBe(label);
  });
});
