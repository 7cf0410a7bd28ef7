import { cutText } from '../../core/text/cut-text';
import type { ArticleReport, FlagSummary } from '../../core/protocol/messages';
import { conditionalHeaders, afterFailure, afterSuccess } from '../../core/feeds/fetch-policy';
import { EMPTY_FEED_STATE, type FeedState } from '../../core/feeds/feed-state';
import type { FeedItem } from '../../core/feeds/feed-types';
import type { FetchError } from '../../core/feeds/fetch-errors';
import type { Outlet } from '../../core/feeds/outlet';
import { parseFeed } from '../../core/feeds/parse-feed';
import { dayOf } from '../../core/matching/index-keys';
import { urlAllowedBy } from '../../core/settings/match-pattern';
import { fetchLimited } from './fetch-limited';

/**
 * One check of one outlet: each of its feeds fetched conditionally, read, its new stories
 * (not in the library, not seen under another address or GUID) turned into articles and
 * saved. A feed that fails leaves the others, and everything already in the library, as
 * they were; its state records the error for the options page and the backoff.
 */

export const FEED_FETCH = { timeoutMs: 20_000, maxFeedBytes: 5_000_000, maxPageBytes: 5_000_000, maxItems: 100 } as const;

export interface CheckDeps {
  fetch: typeof fetch;
  now(): number;
  /** Match patterns the browser grants now. */
  grantedOrigins(): Promise<string[]>;
  /** Whether the library already holds an article at this address. */
  inLibrary(url: string): Promise<boolean>;
  save(report: ArticleReport, outletId: string): Promise<void>;
  /** The framing flags of a text, as stored with an article. */
  flag(text: string): FlagSummary[];
  /** Reads an article page's HTML with the content script's pipeline; null when it is not an article. */
  extract?(html: string, url: string): Promise<ArticleReport | null>;
  signal?: AbortSignal;
}

export interface FeedCheck {
  feedUrl: string;
  state: FeedState;
  /** Addresses of the stories saved to the library in this check. */
  added: string[];
  /** The day (UTC, days since the epoch) each of those stories was published, else the day it was found. */
  addedDays: number[];
  skipped: number;
}

export interface OutletCheck {
  feeds: FeedCheck[];
  added: string[];
  addedDays: number[];
}

export async function checkOutlet(
  outlet: Outlet,
  states: Readonly<Record<string, FeedState>>,
  seenGuids: Set<string>,
  deps: CheckDeps,
): Promise<OutletCheck> {
  const granted = await deps.grantedOrigins();
  const allowed = (url: string) => urlAllowedBy(url, granted);
  const seenUrls = new Set<string>();
  const feeds: FeedCheck[] = [];
  for (const feedUrl of outlet.feedUrls) {
    const before = states[feedUrl] ?? EMPTY_FEED_STATE;
    feeds.push(await checkFeed(outlet, feedUrl, before, { allowed, seenUrls, seenGuids }, deps));
  }
  return { feeds, added: feeds.flatMap((feed) => feed.added), addedDays: feeds.flatMap((feed) => feed.addedDays) };
}

interface Seen {
  allowed(url: string): boolean;
  seenUrls: Set<string>;
  seenGuids: Set<string>;
}

async function checkFeed(outlet: Outlet, feedUrl: string, before: FeedState, seen: Seen, deps: CheckDeps): Promise<FeedCheck> {
  const failed = (error: FetchError): FeedCheck => ({ feedUrl, state: afterFailure(before, deps.now(), error), added: [], addedDays: [], skipped: 0 });
  const response = await fetchLimited(feedUrl, {
    fetch: deps.fetch,
    timeoutMs: FEED_FETCH.timeoutMs,
    maxBytes: FEED_FETCH.maxFeedBytes,
    headers: conditionalHeaders(before),
    allowed: seen.allowed,
    signal: deps.signal,
  });
  if (!response.ok) return failed(response.error);
  if (response.status === 304) {
    return { feedUrl, state: afterSuccess(before, deps.now(), { etag: response.etag, lastModified: response.lastModified, notModified: true }), added: [], addedDays: [], skipped: 0 };
  }
  const parsed = parseFeed(response.text, response.url, { maxItems: FEED_FETCH.maxItems, now: deps.now() });
  if (!parsed.ok) return failed({ kind: parsed.reason, message: parsed.message });

  const added: string[] = [];
  const addedDays: number[] = [];
  let skipped = parsed.feed.skipped.length;
  for (const item of parsed.feed.items) {
    if (deps.signal?.aborted) break;
    if (!(await isNew(item, seen, deps))) continue;
    // A story on a site the reader did not allow is not fetched, and not kept either: the
    // feed may list anything, and the library holds what the reader chose to follow.
    // Its GUID is not remembered, so it is taken once the reader allows that site.
    if (!seen.allowed(item.url)) {
      skipped++;
      continue;
    }
    const report = await articleFor(item, outlet, seen, deps);
    try {
      await deps.save(report, outlet.id);
      added.push(report.url);
      addedDays.push(storyDay(report.publishedTime, deps.now()));
      remember(item, seen);
    } catch (error) {
      // One story the library refused (quota) does not stop the others, and is tried again next time.
      console.warn('Parallax: a story from a feed could not be saved', report.url, error);
      skipped++;
    }
  }
  const state = afterSuccess(before, deps.now(), { etag: response.etag, lastModified: response.lastModified, itemCount: parsed.feed.items.length });
  return { feedUrl, state, added, addedDays, skipped };
}

/** The day a story counts under for coverage: its publication day, else the day it was found. */
function storyDay(published: string | null, now: number): number {
  const time = published === null ? NaN : Date.parse(published);
  return dayOf(Number.isFinite(time) ? time : now);
}

/**
 * Not seen in this check or an earlier one, under its address or its GUID, nor in the
 * library. Its address counts as seen for the rest of this check whatever happens next;
 * its GUID is remembered across checks only once the story is in the library.
 */
async function isNew(item: FeedItem, seen: Seen, deps: CheckDeps): Promise<boolean> {
  if (seen.seenUrls.has(item.url) || (item.guid !== null && seen.seenGuids.has(item.guid))) return false;
  seen.seenUrls.add(item.url);
  if (!(await deps.inLibrary(item.url))) return true;
  remember(item, seen);
  return false;
}

function remember(item: FeedItem, seen: Seen): void {
  if (item.guid !== null) seen.seenGuids.add(item.guid);
}

/** The story as an article: its page's full text where the reader asked for it and it reads, else the feed's summary. */
async function articleFor(item: FeedItem, outlet: Outlet, seen: Seen, deps: CheckDeps): Promise<ArticleReport> {
  const fromFeed = feedArticle(item, outlet, deps);
  if (!outlet.fetchFullText || !deps.extract) return fromFeed;
  const page = await fetchLimited(item.url, {
    fetch: deps.fetch,
    timeoutMs: FEED_FETCH.timeoutMs,
    maxBytes: FEED_FETCH.maxPageBytes,
    allowed: seen.allowed,
    signal: deps.signal,
  });
  if (!page.ok || page.status !== 200) return fromFeed;
  const extracted = await deps.extract(page.text, page.url).catch(() => null);
  if (!extracted || extracted.text.length <= fromFeed.text.length) return fromFeed;
  return {
    ...extracted,
    // The feed's address and dates are the outlet's own word for the story; the page fills in the rest.
    url: item.url,
    title: extracted.title ?? fromFeed.title,
    siteName: extracted.siteName ?? outlet.name,
    byline: extracted.byline ?? fromFeed.byline,
    publishedTime: extracted.publishedTime ?? fromFeed.publishedTime,
  };
}

export function feedArticle(item: FeedItem, outlet: Outlet, deps: Pick<CheckDeps, 'flag'>): ArticleReport {
  const text = item.summary || item.title;
  return {
    url: item.url,
    title: item.title || null,
    siteName: outlet.name,
    byline: item.author,
    publishedTime: item.published,
    lang: null,
    excerpt: item.summary ? cutText(item.summary, 300) : null,
    text,
    flags: deps.flag(text),
  };
}
