import { httpUrl, isObject } from './messages';

/**
 * What the options page and the popup ask the background about followed outlets, and
 * what it answers. Every request is checked here before the background acts on it; the
 * sender must be an extension page (checked by the background).
 */

/** An outlet as the options page shows it: what the reader set, and how its feeds fare. */
export interface OutletView {
  id: string;
  name: string;
  siteUrl: string;
  feedUrls: string[];
  paused: boolean;
  fetchFullText: boolean;
  addedAt: number;
  /** Last check of any of its feeds, successful or not; null before the first. */
  lastCheck: number | null;
  lastSuccess: number | null;
  /** Stories in its feeds at their last successful checks. */
  itemCount: number;
  /** Articles from its feeds in the library now. */
  articleCount: number;
  /** The last error of any of its feeds, in the reader's words; null when the last checks went well. */
  lastError: string | null;
  /** Parallax may not fetch its feeds: host access for these origins is missing. */
  missingOrigins: string[];
  /** A check is under way. */
  checking: boolean;
}

export type FeedRequest =
  | { type: 'feeds:list' }
  /** Follow the outlet at a site or feed address; the reader granted its origin first. */
  | { type: 'feeds:follow'; url: string; name: string | null; fetchFullText?: boolean }
  | { type: 'feeds:update'; id: string; name?: string; paused?: boolean; fetchFullText?: boolean }
  | { type: 'feeds:remove'; id: string; deleteArticles: boolean }
  /** Check one outlet now, or all when `id` is null. */
  | { type: 'feeds:check-now'; id: string | null }
  | { type: 'feeds:set-interval'; minutes: number };

export type FeedResponse =
  | { ok: true; outlets: OutletView[]; intervalMinutes: number }
  | { ok: true; outlet: OutletView }
  | { ok: true }
  /** `needsOrigins`: the feed lives on another origin the reader must allow first. */
  | { ok: false; error: string; needsOrigins?: string[] };

export const INTERVAL_MINUTES = { min: 5, max: 24 * 60, default: 30 } as const;
const MAX_NAME = 200;
const MAX_ID = 300;

export function isFeedMessage(message: unknown): boolean {
  return isObject(message) && typeof message['type'] === 'string' && message['type'].startsWith('feeds:');
}

/** Parses an untrusted feeds request; returns a reason string when it is refused. */
export function parseFeedRequest(message: unknown): FeedRequest | string {
  if (!isObject(message)) return 'message is not an object';
  switch (message['type']) {
    case 'feeds:list':
      return { type: 'feeds:list' };
    case 'feeds:follow': {
      const url = httpUrl(message['url']);
      if (!url) return 'url must be an http(s) address';
      const name = message['name'];
      if (name !== undefined && name !== null && !shortString(name, MAX_NAME)) return `name must be text of at most ${MAX_NAME} characters`;
      return { type: 'feeds:follow', url, name: typeof name === 'string' && name.trim() ? name.trim() : null, fetchFullText: message['fetchFullText'] === true };
    }
    case 'feeds:update': {
      const id = message['id'];
      if (!shortString(id, MAX_ID)) return 'id must be a short string';
      const request: FeedRequest = { type: 'feeds:update', id };
      const { name, paused, fetchFullText } = message;
      if (name !== undefined) {
        if (!shortString(name, MAX_NAME) || !name.trim()) return `name must be text of 1 to ${MAX_NAME} characters`;
        request.name = name.trim();
      }
      if (paused !== undefined) {
        if (typeof paused !== 'boolean') return 'paused must be true or false';
        request.paused = paused;
      }
      if (fetchFullText !== undefined) {
        if (typeof fetchFullText !== 'boolean') return 'fetchFullText must be true or false';
        request.fetchFullText = fetchFullText;
      }
      return request;
    }
    case 'feeds:remove': {
      const id = message['id'];
      if (!shortString(id, MAX_ID)) return 'id must be a short string';
      return { type: 'feeds:remove', id, deleteArticles: message['deleteArticles'] === true };
    }
    case 'feeds:check-now': {
      const id = message['id'] ?? null;
      if (id !== null && !shortString(id, MAX_ID)) return 'id must be a short string or null';
      return { type: 'feeds:check-now', id };
    }
    case 'feeds:set-interval': {
      const minutes = message['minutes'];
      if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < INTERVAL_MINUTES.min || minutes > INTERVAL_MINUTES.max) {
        return `minutes must be a whole number from ${INTERVAL_MINUTES.min} to ${INTERVAL_MINUTES.max}`;
      }
      return { type: 'feeds:set-interval', minutes };
    }
    default:
      return 'unknown feeds request';
  }
}

function shortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}
