import { cleanUrl } from '../identity/story-address';
import { isoToMillis } from '../text/iso-date';
import { feedDate } from './feed-date';
import { clip } from './feed-text';
import { FEED_LIMITS, type FeedItem, type SkippedItem } from './feed-types';

/**
 * The steps every feed format shares once its items are found: date, order, cap, check.
 *
 * Items are read in two steps so the work stays bounded whatever the feed's size: every
 * item's date is read (cheap) to put the newest first, then only as many items as are
 * kept are read in full (their HTML parsed to text), which is the costly part.
 */

/** What a format reader finds: the feed's own title and home page, and its items, unread. */
export interface FeedReading {
  title: string;
  /** The home page link as written, and what it is relative to. */
  siteUrl: { href: string; base: string } | null;
  sources: ItemSource[];
}

/** One item as a format reader found it, read in full only when `read` is called. */
export interface ItemSource {
  /** The date as written, for ordering. */
  date: string | null;
  /** False when the feed was cut off inside this item. */
  complete: boolean;
  read(): ItemFields;
}

export interface ItemFields {
  /** The link as written, before resolving. */
  href: string | null;
  /** What a relative `href` is resolved against. */
  base: string;
  guid: string | null;
  title: string;
  summary: string;
  author: string | null;
}

export interface CollectedItems {
  items: FeedItem[];
  skipped: SkippedItem[];
  beyondLimit: number;
}

const FALLBACK_TITLE_CHARS = 120;

export function collectItems(sources: readonly ItemSource[], maxItems: number, now: number): CollectedItems {
  const dated = sources.map((source, index) => ({ source, index, published: feedDate(source.date, now) }));
  // Newest first; undated items keep their place after the dated ones (sort is stable).
  dated.sort((a, b) => millis(b.published) - millis(a.published));

  const items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  let position = 0;
  for (; position < dated.length && items.length < maxItems; position++) {
    const { source, index, published } = dated[position]!;
    const built = source.complete ? buildItem(source.read(), published) : 'The feed breaks off in the middle of this story.';
    if (typeof built === 'string') skipped.push({ index, reason: built });
    else items.push(built);
  }
  skipped.sort((a, b) => a.index - b.index);
  return { items, skipped, beyondLimit: dated.length - position };
}

/** The finished item, or why it was left out. */
function buildItem(fields: ItemFields, published: string | null): FeedItem | string {
  const href = fields.href?.trim();
  if (!href) return 'The story has no link.';
  if (href.length > FEED_LIMITS.urlChars) return 'The story’s link is too long to be a real address.';
  const url = cleanUrl(href, fields.base);
  if (!url) {
    // Only the scheme is echoed: the rest of a hostile link has no place in a message.
    const scheme = /^\s*([a-z][a-z0-9+.-]{0,19}):/i.exec(href)?.[1]?.toLowerCase();
    return scheme ? `The story’s link is a “${scheme}:” address, not a web page.` : 'The story’s link is not a web address.';
  }
  // Cleaning percent-encodes spaces and other letters: the address as kept must fit as well.
  if (url.length > FEED_LIMITS.urlChars) return 'The story’s link is too long to be a real address.';
  const summary = fields.summary;
  const title = fields.title || titleFromSummary(summary);
  if (!title) return 'The story has neither a title nor a summary.';
  return {
    url,
    guid: fields.guid ? clip(fields.guid.trim(), FEED_LIMITS.guidChars) || null : null,
    title,
    summary,
    published,
    author: fields.author ? clip(fields.author, FEED_LIMITS.authorChars) || null : null,
  };
}

/** The summary's first paragraph, cut at a word near 120 characters: what a reader would take for a headline. */
export function titleFromSummary(summary: string): string {
  const first = summary.split('\n')[0]?.trim() ?? '';
  if (first.length <= FALLBACK_TITLE_CHARS) return first;
  const cut = first.slice(0, FALLBACK_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > FALLBACK_TITLE_CHARS / 2 ? cut.slice(0, space) : clip(cut, FALLBACK_TITLE_CHARS - 1)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Undated items sort as the oldest. */
function millis(iso: string | null): number {
  return isoToMillis(iso) ?? -Number.MAX_SAFE_INTEGER;
}
