import { Parser } from 'htmlparser2';
import { cleanUrl } from '../identity/story-address';
import { MAX_DEPTH } from './bounded-parse';
import { FEED_LIMITS, type FeedFormat } from './feed-types';

/**
 * Where an outlet's feeds are: the `<link rel="alternate">` tags in a page's head, and the
 * paths publishing systems put feeds at when a page lists none.
 *
 * The page is read with htmlparser2's streaming parser in HTML mode and reading stops at
 * `</head>` or `<body>`: feed links belong in the head, and a news front page can be
 * megabytes of body the search has no use for.
 */

export interface DiscoveredFeed {
  /** Absolute, cleaned, http(s). */
  url: string;
  format: FeedFormat;
  /** The link's own title ("Ledger » Comments Feed"), when it has one. */
  title: string | null;
}

const FEED_TYPES: ReadonlyMap<string, FeedFormat> = new Map([
  ['application/rss+xml', 'rss'],
  ['application/atom+xml', 'atom'],
  ['application/rdf+xml', 'rdf'],
  ['application/feed+json', 'json'],
]);

/** Pages longer than this are only searched this far; the head is always near the top. */
const MAX_PAGE_CHARS = 2_000_000;
/** WordPress lists a comments feed beside the posts feed; readers follow stories, not comments. */
const COMMENTS = /comment/i;

export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const found = new Map<string, DiscoveredFeed>();
  let base = pageUrl;
  let depth = 0;
  const parser = new Parser({
    onopentag(name, attribs) {
      // Past MAX_DEPTH the parser slows quadratically (see bounded-parse.ts); no head nests that deep.
      if (name === 'body' || ++depth > MAX_DEPTH) parser.pause();
      // A <base href> changes what the relative links after it mean, as it does in a browser.
      if (name === 'base' && attribs['href']) base = cleanUrl(attribs['href'], pageUrl) ?? base;
      if (name !== 'link') return;
      const feed = feedLink(attribs, base);
      if (feed && !found.has(feed.url)) found.set(feed.url, feed);
    },
    onclosetag(name) {
      depth--;
      if (name === 'head') parser.pause();
    },
  });
  parser.end(html.slice(0, MAX_PAGE_CHARS));
  const feeds = [...found.values()];
  const isComments = (feed: DiscoveredFeed) => COMMENTS.test(feed.title ?? '') || COMMENTS.test(feed.url);
  return [...feeds.filter((f) => !isComments(f)), ...feeds.filter(isComments)];
}

function feedLink(attribs: Record<string, string>, base: string): DiscoveredFeed | null {
  const rel = (attribs['rel'] ?? '').toLowerCase().split(/\s+/);
  if (!rel.includes('alternate')) return null;
  const type = (attribs['type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const format = FEED_TYPES.get(type);
  const href = attribs['href']?.trim();
  if (!format || !href || href.length > FEED_LIMITS.urlChars) return null;
  const url = cleanUrl(href, base);
  const title = attribs['title']?.trim().slice(0, FEED_LIMITS.titleChars) || null;
  return url ? { url, format, title } : null;
}

/**
 * Where publishing systems put feeds, to try when a page lists none: WordPress (/feed),
 * Ghost (/rss), Hugo (/index.xml), Jekyll (/feed.xml), Blogger (/feeds/posts/default),
 * and a section's own feed first when the URL is a section ("/world/" → "/world/feed").
 * Only one level deep: under "/2025/03/12/story/", WordPress's /feed is the story's comments.
 */
export function commonFeedPaths(siteUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return [];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
  const origin = `${url.protocol}//${url.host}`;
  const folders = url.pathname.slice(0, url.pathname.lastIndexOf('/')).split('/').filter(Boolean);
  const section = folders.length === 1 ? `/${folders[0]}` : '';
  const paths = ['/feed', '/rss', '/rss.xml', '/feed.xml', '/atom.xml', '/index.xml', '/feed/atom', '/feeds/posts/default', '/?feed=rss2'];
  const sectionPaths = section ? [`${section}/feed`, `${section}/rss`, `${section}/index.xml`] : [];
  return [...new Set([...sectionPaths, ...paths].map((path) => origin + path))];
}
