import { isObject } from '../protocol/validate';
import { describeFetchError, FETCH_ERROR_KINDS, type FetchError, type FetchErrorKind } from './fetch-errors';

/**
 * What the background remembers about one feed between checks: the server's validators
 * for conditional requests, and how the last checks went. Parsed defensively like the
 * settings: a corrupt record reads as a feed never checked, which only costs one full fetch.
 */

export interface FeedState {
  /** The last `ETag` the server sent, for `If-None-Match`. */
  etag: string | null;
  /** The last `Last-Modified` the server sent, for `If-Modified-Since`. */
  lastModified: string | null;
  /** When the feed was last checked, successfully or not; ms since the epoch. */
  lastCheck: number | null;
  lastSuccess: number | null;
  /** Failed checks since the last success; drives the backoff. */
  consecutiveErrors: number;
  lastError: FetchError | null;
  /** Stories in the feed at the last successful check. */
  itemCount: number;
}

export const EMPTY_FEED_STATE: FeedState = {
  etag: null,
  lastModified: null,
  lastCheck: null,
  lastSuccess: null,
  consecutiveErrors: 0,
  lastError: null,
  itemCount: 0,
};

/**
 * What `fetch` accepts in a header value. A validator with a line break or a non-Latin-1
 * character would make `fetch` throw, and then the feed could never be checked again.
 */
const HEADER_VALUE = /^[\x20-\x7e\t]{1,1000}$/;
const MAX_ERRORS = 1_000;

export function parseFeedState(value: unknown): FeedState {
  if (!isObject(value)) return { ...EMPTY_FEED_STATE };
  return {
    etag: headerValue(value['etag']),
    lastModified: headerValue(value['lastModified']),
    lastCheck: time(value['lastCheck']),
    lastSuccess: time(value['lastSuccess']),
    consecutiveErrors: count(value['consecutiveErrors'], MAX_ERRORS),
    lastError: fetchError(value['lastError']),
    itemCount: count(value['itemCount'], 100_000),
  };
}

/** A header value `fetch` will send, or null. */
export function headerValue(value: unknown): string | null {
  return typeof value === 'string' && HEADER_VALUE.test(value.trim()) ? value.trim() : null;
}

function fetchError(value: unknown): FetchError | null {
  if (!isObject(value) || !(FETCH_ERROR_KINDS as readonly unknown[]).includes(value['kind'])) return null;
  const kind = value['kind'] as FetchErrorKind;
  const message = value['message'];
  return { kind, message: typeof message === 'string' && message.trim() ? message.slice(0, 500) : describeFetchError(kind) };
}

function time(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function count(value: unknown, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, max) : 0;
}
