import { commonFeedPaths, discoverFeeds } from '../../core/feeds/discover-feeds';
import type { ParsedFeed } from '../../core/feeds/feed-types';
import { originPatternsFor } from '../../core/feeds/outlet';
import { parseFeed } from '../../core/feeds/parse-feed';
import { urlAllowedBy } from '../../core/settings/match-pattern';
import { FEED_FETCH } from './check-outlet';
import { fetchLimited } from './fetch-limited';

/**
 * From what the reader typed to a feed: the address itself when it is a feed; else the
 * feeds its page links to (`<link rel="alternate">`); else the usual paths. Only allowed
 * origins are fetched; a feed found on another origin is reported so the reader can allow it.
 */

export type FoundFeed =
  | { ok: true; feedUrl: string; siteUrl: string; feed: ParsedFeed }
  | { ok: false; error: string; needsOrigins?: string[] };

export interface FindDeps {
  fetch: typeof fetch;
  now(): number;
  granted: readonly string[];
}

export async function findFeed(address: string, deps: FindDeps): Promise<FoundFeed> {
  const allowed = (url: string) => urlAllowedBy(url, deps.granted);
  const host = new URL(address).host;
  if (!allowed(address)) return { ok: false, error: `Allow Parallax to read ${host} first.`, needsOrigins: originPatternsFor([address]) };
  const first = await fetchLimited(address, { fetch: deps.fetch, timeoutMs: FEED_FETCH.timeoutMs, maxBytes: FEED_FETCH.maxFeedBytes, allowed });
  if (!first.ok) return { ok: false, error: first.error.message };
  if (first.status !== 200) return { ok: false, error: `${host} answered without content.` };
  const direct = parseFeed(first.text, first.url, { now: deps.now() });
  if (direct.ok) return { ok: true, feedUrl: first.url, siteUrl: direct.feed.siteUrl ?? new URL(first.url).origin + '/', feed: direct.feed };

  const linked = discoverFeeds(first.text, first.url).map((feed) => feed.url);
  const candidates = [...new Set([...linked, ...(linked.length === 0 ? commonFeedPaths(first.url) : [])])].slice(0, 12);
  const elsewhere = candidates.filter((url) => !allowed(url));
  // What went wrong with a feed the page itself names is worth telling (it redirects off the
  // site, it is a web page); a miss on one of the usual paths is not.
  let linkedProblem: string | null = null;
  for (const url of candidates.filter(allowed)) {
    const response = await fetchLimited(url, { fetch: deps.fetch, timeoutMs: FEED_FETCH.timeoutMs, maxBytes: FEED_FETCH.maxFeedBytes, allowed });
    const isLinked = linked.includes(url);
    if (!response.ok || response.status !== 200) {
      if (isLinked && !response.ok) linkedProblem ??= response.error.message;
      continue;
    }
    const parsed = parseFeed(response.text, response.url, { now: deps.now() });
    if (parsed.ok) return { ok: true, feedUrl: response.url, siteUrl: first.url, feed: parsed.feed };
    if (isLinked) linkedProblem ??= `${host} links a feed, but: ${parsed.message}`;
  }
  if (elsewhere.length > 0) {
    const hosts = [...new Set(elsewhere.map((url) => new URL(url).host))].join(', ');
    return { ok: false, error: `${host} keeps its feed on ${hosts}. Allow Parallax to read it too.`, needsOrigins: originPatternsFor(elsewhere) };
  }
  if (linkedProblem) return { ok: false, error: linkedProblem };
  return { ok: false, error: `No news feed found at ${host}. Try the address of its RSS or Atom feed.` };
}
