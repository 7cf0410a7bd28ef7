import type { FetchError } from './fetch-errors';
import { headerValue, type FeedState } from './feed-state';

/**
 * When to check a feed, what to send, and what to remember afterwards: pure functions of
 * the feed's state and the clock, so the background's alarm handler only wires them up.
 *
 * A feed that keeps failing is checked less and less often (the interval doubles with
 * each failure, up to a day), so a site that is down is not hammered, and a feed that
 * recovers is back on its interval after one success.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const CHECK_INTERVAL = {
  /** @default 30 minutes */
  defaultMs: 30 * MINUTE,
  /** Politeness: no outlet needs checking more often than this. */
  minMs: 5 * MINUTE,
  maxMs: 24 * HOUR,
} as const;

/** The longest a failing feed waits between checks. */
export const MAX_BACKOFF_MS = 24 * HOUR;

/** The reader's chosen interval, within bounds; anything that is not a number is the default. */
export function clampInterval(ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return CHECK_INTERVAL.defaultMs;
  return Math.min(CHECK_INTERVAL.maxMs, Math.max(CHECK_INTERVAL.minMs, Math.round(ms)));
}

/** When the feed should next be checked, in ms since the epoch; `now` for a feed never checked. */
export function nextCheckAt(state: FeedState, now: number, intervalMs: number = CHECK_INTERVAL.defaultMs): number {
  if (state.lastCheck === null) return now;
  const interval = clampInterval(intervalMs);
  // A last check "in the future" means the clock was moved back; count from now instead.
  const last = Math.min(state.lastCheck, now);
  const wait = Math.min(MAX_BACKOFF_MS, interval * 2 ** Math.min(state.consecutiveErrors, 20));
  return last + Math.max(interval, wait);
}

export function isDue(state: FeedState, now: number, intervalMs?: number): boolean {
  return nextCheckAt(state, now, intervalMs) <= now;
}

/** Headers that let the server answer 304 Not Modified when nothing changed. */
export function conditionalHeaders(state: FeedState): Record<string, string> {
  const headers: Record<string, string> = {};
  const etag = headerValue(state.etag);
  const lastModified = headerValue(state.lastModified);
  if (etag) headers['If-None-Match'] = etag;
  if (lastModified) headers['If-Modified-Since'] = lastModified;
  return headers;
}

export interface CheckResponse {
  /** The response's `ETag` and `Last-Modified` headers, as received (null when absent). */
  etag: string | null;
  lastModified: string | null;
  /** The server answered 304: the feed is as it was, and so is its item count. */
  notModified?: boolean;
  /** Stories read from the feed; ignored when `notModified`. */
  itemCount?: number;
}

/** The state after a check that worked (a feed read, or 304 Not Modified). */
export function afterSuccess(state: FeedState, now: number, response: CheckResponse): FeedState {
  const etag = headerValue(response.etag);
  const lastModified = headerValue(response.lastModified);
  return {
    // A 304 may omit the validators; the ones that produced it still hold. A 200 replaces them.
    etag: response.notModified ? (etag ?? state.etag) : etag,
    lastModified: response.notModified ? (lastModified ?? state.lastModified) : lastModified,
    lastCheck: now,
    lastSuccess: now,
    consecutiveErrors: 0,
    lastError: null,
    itemCount: response.notModified ? state.itemCount : countOf(response.itemCount),
  };
}

function countOf(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}

/** The state after a failed check: validators and item count kept, one more error counted. */
export function afterFailure(state: FeedState, now: number, error: FetchError): FeedState {
  return { ...state, lastCheck: now, consecutiveErrors: state.consecutiveErrors + 1, lastError: error };
}
