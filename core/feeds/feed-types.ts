/**
 * What a parsed feed is, whatever it was written in. Plain data only, so it crosses
 * messages and storage. Every string in it is text, never markup.
 */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** Absolute http(s) URL, resolved against xml:base or the feed URL and cleaned with `cleanUrl`. */
  url: string;
  /** The feed's own identifier for the story (RSS guid, Atom id, RDF about, JSON id), or null. */
  guid: string | null;
  title: string;
  /** Plain text; paragraphs separated by one blank line. */
  summary: string;
  /** ISO 8601 with the feed's own offset when it gave one; null when missing, invalid or absurd. */
  published: string | null;
  author: string | null;
}

/** An item the feed listed but Parallax left out, and why, in plain words. */
export interface SkippedItem {
  /** Position among the feed's items, in document order, from 0. */
  index: number;
  reason: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  siteUrl: string | null;
  /** Newest first; undated items after the dated ones, in the feed's order. */
  items: FeedItem[];
  skipped: SkippedItem[];
  /** How many items were past `maxItems` and not read at all. */
  beyondLimit: number;
}

/** Why a response is not a feed Parallax can read. A subset of `FetchErrorKind`, so it can be stored as one. */
export type FeedFailureReason = 'empty' | 'too-large' | 'html-page' | 'not-a-feed' | 'broken';

export type FeedResult =
  | { ok: true; feed: ParsedFeed }
  | { ok: false; reason: FeedFailureReason; message: string };

/** Bounds on what a feed can put into the library, whatever it sends. */
export const FEED_LIMITS = {
  /** Longer input is refused outright; the fetcher enforces its own byte cap before this. */
  inputChars: 10_000_000,
  /** @default 100 */
  maxItems: 100,
  titleChars: 500,
  summaryChars: 20_000,
  authorChars: 200,
  guidChars: 1_000,
  urlChars: 2_048,
} as const;

export interface ParseFeedOptions {
  /** Items kept, newest first. @default 100 */
  maxItems?: number;
  /** The clock for refusing dates in the future. @default Date.now() */
  now?: number;
}
