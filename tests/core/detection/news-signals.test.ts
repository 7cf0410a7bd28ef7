import { describe, expect, test } from 'vitest';
import { DETECTION_TUNING, NEWS_SIGNALS, newsWeights, reasonSign, withWeights } from '../../../core/detection/news-signals';

/** The detector's tuning table: one row per signal, swept by id, never silently short. */

describe('the tuning table', () => {
  test('names each signal once', () => {
    const ids = NEWS_SIGNALS.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('is read by id', () => {
    const weights = newsWeights(DETECTION_TUNING);
    expect(weights['news-type']).toBe(3);
    expect(weights['front-page']).toBe(-3);
  });

  test('a sweep replaces the weights it names and keeps the rest', () => {
    const swept = withWeights(DETECTION_TUNING, { 'date-under-headline': 0.5, 'byline-under-headline': 0.25 });
    const weights = newsWeights(swept);
    expect(weights['date-under-headline']).toBe(0.5);
    expect(weights['byline-under-headline']).toBe(0.25);
    expect(weights['news-type']).toBe(newsWeights(DETECTION_TUNING)['news-type']);
    // The shipped table is untouched.
    expect(newsWeights(DETECTION_TUNING)['date-under-headline']).not.toBe(0.5);
  });

  test.each([
    ['an unknown id in a sweep', () => withWeights(DETECTION_TUNING, { 'no-such-signal': 1 })],
    ['a table that lacks a row', () => newsWeights({ ...DETECTION_TUNING, signals: NEWS_SIGNALS.filter((row) => row.id !== 'news-type') })],
  ])('%s is an error, not a zero', (_name, run) => {
    expect(run).toThrow(/no-such-signal|news-type/);
  });

  test('a reason is for news when its weight is positive, against it otherwise', () => {
    expect(reasonSign({ id: 'news-type', weight: 3 })).toBe('+ ');
    expect(reasonSign({ id: 'front-page', weight: -3 })).toBe('− ');
  });
});
