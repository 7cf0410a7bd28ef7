import type { Element } from 'domhandler';
import type { FeedReading } from './collect-items';
import { baseUrlOf, childElements, childText, firstChild, textOf, wasClosed } from './feed-xml';
import { htmlToText, inlineText, nodesToText, plainText } from './feed-text';
import { FEED_LIMITS } from './feed-types';

/** Atom 1.0 (and the old 0.3, whose dates are named `issued`/`modified`). */
export function readAtom(feed: Element, xml: string, feedUrl: string): FeedReading {
  const feedAuthor = authorNames(feed);
  const site = alternateLink(feed, 'link');
  return {
    title: textConstruct(firstChild(feed, 'title'), FEED_LIMITS.titleChars, true),
    siteUrl: site ? { href: site.attribs['href']!, base: baseUrlOf(site, feedUrl) } : null,
    sources: childElements(feed, 'entry').map((entry) => ({
      date: childText(entry, 'published', 'issued', 'updated', 'modified', 'created'),
      complete: wasClosed(entry, xml),
      read: () => {
        const link = alternateLink(entry, 'link');
        return {
          href: link?.attribs['href'] ?? null,
          base: baseUrlOf(link ?? entry, feedUrl),
          guid: childText(entry, 'id'),
          title: textConstruct(firstChild(entry, 'title'), FEED_LIMITS.titleChars, true),
          summary: textConstruct(readableContent(entry) ?? firstChild(entry, 'summary'), FEED_LIMITS.summaryChars, false),
          // An entry without an author inherits its source's, then the feed's (RFC 4287 §4.2.1).
          author: authorNames(entry) ?? authorNames(firstChild(entry, 'source')) ?? feedAuthor,
        };
      },
    })),
  };
}

/**
 * The `<link>` to the web page: `rel="alternate"` (or no rel, which means the same),
 * HTML before other types. Not `self`, `edit`, `enclosure` or `related`.
 */
export function alternateLink(el: Element, name: 'link' | 'atom:link'): Element | null {
  const alternates = childElements(el, name).filter((link) => {
    const rel = (link.attribs['rel'] ?? 'alternate').trim().toLowerCase();
    return rel === 'alternate' && link.attribs['href']?.trim();
  });
  const isHtml = (link: Element) => /^(text\/html|application\/xhtml\+xml)?$/i.test((link.attribs['type'] ?? '').trim());
  return alternates.find(isHtml) ?? alternates[0] ?? null;
}

/** `<content>` when it holds text here: not a `src` pointer elsewhere, not base64 media. */
function readableContent(entry: Element): Element | null {
  const content = firstChild(entry, 'content');
  if (!content || content.attribs['src'] !== undefined) return null;
  return kindOf(content) === 'other' ? null : content;
}

/** An Atom text construct (title, summary, content) as text; `oneLine` for titles. */
function textConstruct(el: Element | null, maxChars: number, oneLine: boolean): string {
  if (!el) return '';
  const kind = kindOf(el);
  const text =
    kind === 'html'
      ? htmlToText(textOf(el), maxChars)
      : kind === 'xhtml'
        ? nodesToText(el.children, maxChars)
        : oneLine
          ? inlineText(textOf(el), maxChars)
          : plainText(textOf(el), maxChars);
  return oneLine ? text.replace(/\s+/g, ' ') : text;
}

function kindOf(el: Element): 'text' | 'html' | 'xhtml' | 'other' {
  // Atom 0.3 wrote `mode="escaped"` for what 1.0 calls type="html".
  if ((el.attribs['mode'] ?? '').toLowerCase() === 'escaped') return 'html';
  const type = (el.attribs['type'] ?? 'text').trim().toLowerCase();
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type.endsWith('+xml') || type.endsWith('/xml')) return 'xhtml';
  return type === 'text' || type.startsWith('text/') ? 'text' : 'other';
}

function authorNames(el: Element | null): string | null {
  if (!el) return null;
  const names = childElements(el, 'author')
    .map((author) => inlineText(childText(author, 'name') ?? '', FEED_LIMITS.authorChars))
    .filter(Boolean);
  return names.length > 0 ? names.join(', ') : null;
}
