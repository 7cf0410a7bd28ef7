import type { Element } from 'domhandler';
import type { FeedReading } from './collect-items';
import { baseUrlOf, childElements, childText, firstChild, textOf, wasClosed } from './feed-xml';
import { alternateLink } from './read-atom';
import { htmlToText, inlineText, plainText } from './feed-text';
import { FEED_LIMITS } from './feed-types';

/**
 * RSS 2.0 and 0.9x (`<rss><channel><item>`), and RSS 1.0 / RDF, whose items sit beside
 * the channel under `<rdf:RDF>` rather than inside it. Element names arrive canonical
 * (see feed-xml.ts): `dc:date`, `content:encoded`, `atom:link` whatever the feed's prefixes.
 */
export function readRss(root: Element, xml: string, feedUrl: string): FeedReading {
  const channel = firstChild(root, 'channel') ?? root;
  const items = channel === root ? childElements(root, 'item') : [...childElements(channel, 'item'), ...childElements(root, 'item')];
  const siteLink = childText(channel, 'link');
  const atomSite = siteLink ? null : alternateLink(channel, 'atom:link');
  const siteHref = siteLink ?? atomSite?.attribs['href'] ?? null;
  return {
    title: inlineText(childText(channel, 'title') ?? '', FEED_LIMITS.titleChars),
    siteUrl: siteHref ? { href: siteHref, base: baseUrlOf(atomSite ?? channel, feedUrl) } : null,
    sources: items.map((item) => ({
      date: childText(item, 'pubdate', 'dc:date', 'atom:published', 'atom:updated', 'dcterms:issued', 'dcterms:created'),
      complete: wasClosed(item, xml),
      read: () => {
        const link = itemLink(item);
        return {
          href: link.href,
          base: baseUrlOf(link.element, feedUrl),
          guid: childText(item, 'guid') ?? item.attribs['rdf:about']?.trim() ?? null,
          title: inlineText(childText(item, 'title', 'dc:title', 'media:title') ?? '', FEED_LIMITS.titleChars),
          summary: itemSummary(item),
          author: itemAuthor(item),
        };
      },
    })),
  };
}

/**
 * Feedburner's original link before its redirecting one; then `<link>`; then an Atom
 * alternate link; then a permalink guid (RSS 2.0: a guid is a permalink unless it says not).
 */
function itemLink(item: Element): { href: string | null; element: Element } {
  for (const name of ['feedburner:origlink', 'link']) {
    const el = childElements(item, name).find((e) => textOf(e).trim());
    if (el) return { href: textOf(el).trim(), element: el };
  }
  const atom = alternateLink(item, 'atom:link');
  if (atom) return { href: atom.attribs['href']!, element: atom };
  const guid = firstChild(item, 'guid');
  const guidText = guid ? textOf(guid).trim() : '';
  if (guid && guid.attribs['ispermalink']?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guidText)) {
    return { href: guidText, element: guid };
  }
  const about = item.attribs['rdf:about']?.trim();
  if (about && /^https?:\/\//i.test(about)) return { href: about, element: item };
  return { href: null, element: item };
}

/** The fullest text the item carries: `content:encoded` before the description, which is often a teaser. */
function itemSummary(item: Element): string {
  for (const name of ['content:encoded', 'description', 'atom:content', 'atom:summary']) {
    const html = childText(item, name);
    if (html) {
      const text = htmlToText(html, FEED_LIMITS.summaryChars);
      if (text) return text;
    }
  }
  // Video and podcast feeds describe the item in Media RSS, sometimes grouped per rendition.
  const group = firstChild(item, 'media:group');
  const media = childText(item, 'media:description') ?? (group ? childText(group, 'media:description') : null);
  return media ? plainText(media, FEED_LIMITS.summaryChars) : '';
}

/** Dublin Core creators by name; else RSS `<author>`, which is an email with the name in brackets. */
function itemAuthor(item: Element): string | null {
  const creators = childElements(item, 'dc:creator')
    .map((el) => inlineText(textOf(el), FEED_LIMITS.authorChars))
    .filter(Boolean);
  if (creators.length > 0) return creators.join(', ');
  const author = inlineText(childText(item, 'author') ?? '', FEED_LIMITS.authorChars);
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(author)?.[1] ?? /^(.+?)\s*<\S+@\S+>$/.exec(author)?.[1];
  if (named) return named.trim();
  // A bare address is not a byline.
  return author && !/^\S+@\S+$/.test(author) ? author : null;
}
