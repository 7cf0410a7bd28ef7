import { describe, expect, test } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  CHECK_INTERVAL,
  clampInterval,
  conditionalHeaders,
  isDue,
  MAX_BACKOFF_MS,
  nextCheckAt,
} from '../../../core/feeds/fetch-policy';
import { EMPTY_FEED_STATE, type FeedState } from '../../../core/feeds/feed-state';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.parse('2025-03-14T12:00:00Z');

const checked = (overrides: Partial<FeedState>): FeedState => ({ ...EMPTY_FEED_STATE, lastCheck: NOW, lastSuccess: NOW, ...overrides });

describe('clampInterval', () => {
  test.each([
    [30 * MIN, 30 * MIN],
    [MIN, 5 * MIN],
    [7 * 24 * HOUR, 24 * HOUR],
    [NaN, CHECK_INTERVAL.defaultMs],
    ['15', CHECK_INTERVAL.defaultMs],
    [undefined, CHECK_INTERVAL.defaultMs],
  ])('%j → %j', (input, ms) => {
    expect(clampInterval(input)).toBe(ms);
  });
});

describe('nextCheckAt', () => {
  test('a feed never checked is due now', () => {
    expect(nextCheckAt(EMPTY_FEED_STATE, NOW)).toBe(NOW);
    expect(isDue(EMPTY_FEED_STATE, NOW)).toBe(true);
  });

  test('after a success: one interval (30 minutes by default)', () => {
    expect(nextCheckAt(checked({}), NOW)).toBe(NOW + 30 * MIN);
    expect(nextCheckAt(checked({}), NOW, 2 * HOUR)).toBe(NOW + 2 * HOUR);
    expect(isDue(checked({}), NOW + 29 * MIN)).toBe(false);
    expect(isDue(checked({}), NOW + 30 * MIN)).toBe(true);
  });

  test('the interval is clamped: no outlet is checked more often than every 5 minutes', () => {
    expect(nextCheckAt(checked({}), NOW, 10_000)).toBe(NOW + 5 * MIN);
  });

  test.each([
    [1, 1 * HOUR],
    [2, 2 * HOUR],
    [3, 4 * HOUR],
    [5, 16 * HOUR],
    [6, 24 * HOUR],
    [1_000, 24 * HOUR],
  ])('after %i failures in a row: %i ms', (errors, wait) => {
    expect(nextCheckAt(checked({ consecutiveErrors: errors }), NOW, 30 * MIN)).toBe(NOW + wait);
  });

  test('backoff never waits past a day, even from a long interval', () => {
    expect(nextCheckAt(checked({ consecutiveErrors: 3 }), NOW, 24 * HOUR)).toBe(NOW + MAX_BACKOFF_MS);
  });

  test('a last check in the future (clock moved back) counts from now', () => {
    expect(nextCheckAt(checked({ lastCheck: NOW + 10 * HOUR }), NOW)).toBe(NOW + 30 * MIN);
  });
});

describe('conditionalHeaders', () => {
  test('validators become conditional headers', () => {
    expect(conditionalHeaders(checked({ etag: 'W/"abc123"', lastModified: 'Fri, 14 Mar 2025 10:40:00 GMT' }))).toEqual({
      'If-None-Match': 'W/"abc123"',
      'If-Modified-Since': 'Fri, 14 Mar 2025 10:40:00 GMT',
    });
  });

  test('none without validators; none that would make fetch throw', () => {
    expect(conditionalHeaders(EMPTY_FEED_STATE)).toEqual({});
    expect(conditionalHeaders(checked({ etag: '"a"\r\nX-Injected: 1', lastModified: 'Fr, 14 März' }))).toEqual({});
  });
});

describe('state transitions', () => {
  const failing = checked({ etag: '"v1"', lastModified: 'Thu, 13 Mar 2025 10:00:00 GMT', consecutiveErrors: 2, itemCount: 9, lastError: { kind: 'timeout', message: 'slow' } });

  test('a 200 replaces the validators, clears the errors and counts the items', () => {
    expect(afterSuccess(failing, NOW, { etag: '"v2"', lastModified: null, itemCount: 12 })).toEqual({
      etag: '"v2"',
      lastModified: null,
      lastCheck: NOW,
      lastSuccess: NOW,
      consecutiveErrors: 0,
      lastError: null,
      itemCount: 12,
    });
  });

  test('a 304 keeps the validators it did not repeat, and the item count', () => {
    expect(afterSuccess(failing, NOW, { etag: null, lastModified: null, notModified: true, itemCount: 0 })).toMatchObject({
      etag: '"v1"',
      lastModified: 'Thu, 13 Mar 2025 10:00:00 GMT',
      itemCount: 9,
      consecutiveErrors: 0,
    });
  });

  test('a failure counts one more error and keeps the rest', () => {
    const error = { kind: 'http-status', message: 'The site answered 503 (service unavailable).' } as const;
    expect(afterFailure(failing, NOW + HOUR, error)).toEqual({ ...failing, lastCheck: NOW + HOUR, consecutiveErrors: 3, lastError: error });
  });
});
