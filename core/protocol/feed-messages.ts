import type { Coverage } from '../feeds/coverage';
import { MAX_FOLLOW_SITES, type FollowProgress } from '../feeds/follow-progress';
import { httpUrl, isObject, shortString } from './validate';

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
  | { type: 'feeds:set-interval'; minutes: number }
  /** Follow several sites at once (the starter set), then check them all; the reader granted their origins first. */
  | { type: 'feeds:follow-many'; sites: Array<{ url: string; name: string }> }
  | { type: 'feeds:progress' }
  /** Which followed outlets published around this article's date, and which had an account of it. */
  | { type: 'feeds:coverage'; article: { url: string; siteName: string | null; publishedTime: string | null }; accounts: Array<{ url: string; siteName: string | null }> };

export type FeedResponse =
  | { ok: true; outlets: OutletView[]; intervalMinutes: number }
  | { ok: true; outlet: OutletView }
  | { ok: true; progress: FollowProgress | null }
  | { ok: true; coverage: Coverage }
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
    case 'feeds:follow-many':
      return parseFollowMany(message['sites']);
    case 'feeds:progress':
      return { type: 'feeds:progress' };
    case 'feeds:coverage':
      return parseCoverageRequest(message);
    default:
      return 'unknown feeds request';
  }
}

function parseFollowMany(value: unknown): FeedRequest | string {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_FOLLOW_SITES) return `sites must list 1 to ${MAX_FOLLOW_SITES} sites`;
  const sites: Array<{ url: string; name: string }> = [];
  for (const site of value) {
    const url = isObject(site) ? httpUrl(site['url']) : null;
    if (!url || !isObject(site) || !shortString(site['name'], MAX_NAME)) return 'each site needs an http(s) url and a name';
    sites.push({ url, name: site['name'].trim() || url });
  }
  return { type: 'feeds:follow-many', sites };
}

const MAX_ACCOUNTS = 500;

function parseCoverageRequest(message: Record<string, unknown>): FeedRequest | string {
  const article = account(message['article']);
  const published = isObject(message['article']) ? message['article']['publishedTime'] : undefined;
  if (!article) return 'article needs an http(s) url';
  if (published !== null && published !== undefined && !shortString(published, 100)) return 'publishedTime must be a short string or null';
  const list = message['accounts'];
  if (!Array.isArray(list) || list.length > MAX_ACCOUNTS) return `accounts must be a list of at most ${MAX_ACCOUNTS}`;
  const accounts = list.map(account);
  if (accounts.some((a) => a === null)) return 'each account needs an http(s) url';
  return { type: 'feeds:coverage', article: { ...article, publishedTime: typeof published === 'string' ? published : null }, accounts: accounts as Array<{ url: string; siteName: string | null }> };
}

function account(value: unknown): { url: string; siteName: string | null } | null {
  if (!isObject(value)) return null;
  const url = httpUrl(value['url']);
  if (!url) return null;
  const siteName = value['siteName'];
  return { url, siteName: typeof siteName === 'string' ? siteName.slice(0, MAX_NAME) : null };
}
