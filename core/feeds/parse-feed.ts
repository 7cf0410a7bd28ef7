import { nameFromHost } from '../identity/outlet-name';
import { cleanUrl } from '../identity/story-address';
import { collectItems, type FeedReading } from './collect-items';
import { describeFetchError } from './fetch-errors';
import { parseFeedXml, rootElement, wasClosed } from './feed-xml';
import { FEED_LIMITS, type FeedFailureReason, type FeedFormat, type FeedResult, type ParseFeedOptions } from './feed-types';
import { readAtom } from './read-atom';
import { readJsonFeed } from './read-json-feed';
import { readRss } from './read-rss';

/**
 * A feed's text → its stories, for the background, which has no DOMParser. Never throws:
 * whatever the server sent, the answer is a feed or a reason in plain words.
 *
 * RSS, Atom and RDF go through htmlparser2 in XML mode, which never expands DTD
 * entities; JSON Feed through `JSON.parse`. Each format's reader finds the items, and
 * `collectItems` orders, caps and checks them the same way for all.
 */
export function parseFeed(text: string, feedUrl: string, options: ParseFeedOptions = {}): FeedResult {
  const maxItems = Number.isFinite(options.maxItems) ? Math.max(0, Math.floor(options.maxItems!)) : FEED_LIMITS.maxItems;
  const now = options.now ?? Date.now();
  if (text.length > FEED_LIMITS.inputChars) return failure('too-large');
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) return failure('empty');
  try {
    const read = readAnyFormat(body, feedUrl);
    if (typeof read === 'string') return failure(read);
    const { reading, format } = read;
    const { items, skipped, beyondLimit } = collectItems(reading.sources, maxItems, now);
    const siteUrl = siteAddress(reading.siteUrl);
    return {
      ok: true,
      feed: { format, title: reading.title || fallbackTitle(siteUrl ?? feedUrl), siteUrl, items, skipped, beyondLimit },
    };
  } catch {
    // A safety net, not a path: the readers are written not to throw. If one does, the
    // reader still gets a sentence and the background's loop goes on.
    return failure('not-a-feed');
  }
}

function readAnyFormat(body: string, feedUrl: string): { reading: FeedReading; format: FeedFormat } | FeedFailureReason {
  if (body.startsWith('{') || body.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return 'not-a-feed';
    }
    const reading = readJsonFeed(json, feedUrl);
    return reading ? { reading, format: 'json' } : 'not-a-feed';
  }
  if (!body.startsWith('<')) return 'not-a-feed';
  const root = rootElement(parseFeedXml(body));
  const format = root ? ROOTS.get(root.name) : undefined;
  if (!root || !format) return root?.name === 'html' || HTML_START.test(body.slice(0, 4_000)) ? 'html-page' : 'not-a-feed';
  const reading = format === 'atom' ? readAtom(root, body, feedUrl) : readRss(root, body, feedUrl);
  // Cut off before its first complete item, a feed has nothing to show; with some, they are kept.
  if (!wasClosed(root, body) && !reading.sources.some((source) => source.complete)) return 'broken';
  return { reading, format };
}

const ROOTS: ReadonlyMap<string, FeedFormat> = new Map([
  ['rss', 'rss'],
  ['feed', 'atom'],
  ['rdf:rdf', 'rdf'],
]);

/** A web page where a feed was expected (an error page, a paywall, a moved feed): said as such to the reader. */
const HTML_START = /<!doctype\s+html|<(?:html|head|body)[\s>]/i;

/**
 * The feed's home page, cleaned, within the limit a story's link has: the channel's
 * `<link>` is the feed's word as much as an item's (tests/fuzz found one of 3,201
 * characters kept), and cleaning percent-encodes, so the cleaned address is measured too.
 */
function siteAddress(site: FeedReading['siteUrl']): string | null {
  if (!site || site.href.length > FEED_LIMITS.urlChars) return null;
  const url = cleanUrl(site.href, site.base);
  return url !== null && url.length <= FEED_LIMITS.urlChars ? url : null;
}

function fallbackTitle(url: string): string {
  try {
    const host = new URL(url).hostname;
    return nameFromHost(host) ?? host;
  } catch {
    return '';
  }
}

function failure(reason: FeedFailureReason): FeedResult {
  return { ok: false, reason, message: describeFetchError(reason) };
}
