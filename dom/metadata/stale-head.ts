import { cleanUrl } from '../../core/identity/story-address';
import { articleText } from '../extraction/article-text';
import { plainField } from './plain-field';
import type { PageMetadata } from './read-metadata';
import { splitSiteTail } from './site-name';

const MAX_FIELD = 1_000;

/**
 * After a single-page navigation the head may still describe the previous article: many
 * apps swap the body and leave <title>, <meta> and JSON-LD as they were. A field that
 * reads the same as it did at the previous address is taken to be stale and dropped, so
 * the visible page (its headline, byline and printed date) and the address speak
 * instead. Fields that belong to the site rather than the article (its name, language,
 * Open Graph type) stay.
 *
 * `previous` is the head as read at the previous address, before this cleaning: a head
 * left stale over several navigations is caught at each of them.
 */
export function withoutStaleHead(doc: Document, meta: PageMetadata, previous: PageMetadata, pageUrl: string): PageMetadata {
  const fresh = meta.headlines.filter((headline) => !previous.headlines.includes(headline));
  // With every title field stale, the page's own first headline is the best word on the new article.
  const headlines = fresh.length > 0 || meta.headlines.length === 0 ? fresh : firstHeading(doc);
  const unchanged = <T>(field: (m: PageMetadata) => T) => JSON.stringify(field(meta)) === JSON.stringify(field(previous));
  const staleAuthors = meta.authors.length > 0 && unchanged((m) => m.authors);
  const here = cleanUrl(pageUrl);
  return {
    ...meta,
    headlines,
    title: headlines[0] ? splitSiteTail(headlines[0], meta.siteName).title : null,
    authors: staleAuthors ? [] : meta.authors,
    authorsFrom: staleAuthors ? null : meta.authorsFrom,
    publishedTime: meta.publishedTime && unchanged((m) => m.publishedTime) ? null : meta.publishedTime,
    modifiedTime: meta.modifiedTime && unchanged((m) => m.modifiedTime) ? null : meta.modifiedTime,
    canonicalUrl: meta.canonicalUrl !== here && unchanged((m) => m.canonicalUrl) ? here : meta.canonicalUrl,
    excerpt: meta.excerpt && unchanged((m) => m.excerpt) ? null : meta.excerpt,
    image: meta.image && unchanged((m) => m.image) ? null : meta.image,
  };
}

/** Its visible text, as headline.ts reads an <h1>: no script or style text, one line, within a field's bound. */
function firstHeading(doc: Document): string[] {
  const h1 = doc.querySelector('article h1') ?? doc.querySelector('h1');
  const text = h1 ? plainField(articleText(h1, { maxChars: MAX_FIELD }).text, MAX_FIELD) : null;
  return text ? [text] : [];
}
