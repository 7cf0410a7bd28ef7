import { isObject } from '../protocol/validate';
import type { FeedReading } from './collect-items';
import { htmlToText, inlineText, plainText } from './feed-text';
import { FEED_LIMITS } from './feed-types';

/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org). Pages advertise it with
 * `type="application/feed+json"`, so discovery finds it and the background must read it.
 * Every field is untrusted: a wrong type is treated as missing.
 */

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/i;

/** The reading, or null when the JSON is not a JSON Feed (an API's error object, a list). */
export function readJsonFeed(value: unknown, feedUrl: string): FeedReading | null {
  if (!isObject(value) || typeof value['version'] !== 'string' || !VERSION.test(value['version'])) return null;
  const items = Array.isArray(value['items']) ? value['items'] : [];
  const feedAuthor = authorNames(value);
  const home = text(value['home_page_url']);
  return {
    title: inlineText(text(value['title']) ?? '', FEED_LIMITS.titleChars),
    siteUrl: home ? { href: home, base: feedUrl } : null,
    sources: items.map((raw) => {
      const item = isObject(raw) ? raw : {};
      return {
        date: text(item['date_published']) ?? text(item['date_modified']),
        complete: true,
        read: () => ({
          href: text(item['url']) ?? text(item['external_url']),
          base: feedUrl,
          // Ids "should" be strings; some feeds write numbers.
          guid: typeof item['id'] === 'number' ? String(item['id']) : text(item['id']),
          title: inlineText(text(item['title']) ?? '', FEED_LIMITS.titleChars),
          summary: summaryOf(item),
          author: authorNames(item) ?? feedAuthor,
        }),
      };
    }),
  };
}

function summaryOf(item: Record<string, unknown>): string {
  const html = text(item['content_html']);
  const fromHtml = html ? htmlToText(html, FEED_LIMITS.summaryChars) : '';
  if (fromHtml) return fromHtml;
  const plain = text(item['content_text']) ?? text(item['summary']);
  return plain ? plainText(plain, FEED_LIMITS.summaryChars) : '';
}

/** 1.1's `authors` list, or 1.0's single `author`. */
function authorNames(holder: Record<string, unknown>): string | null {
  const list = Array.isArray(holder['authors']) ? holder['authors'] : [holder['author']];
  const names = list
    .map((author) => (isObject(author) ? inlineText(text(author['name']) ?? '', FEED_LIMITS.authorChars) : ''))
    .filter(Boolean);
  return names.length > 0 ? names.join(', ') : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
