import { bylineNames } from './byline';
import { titledElement, visibleHeadline } from './headline';
import { headlineAboveBody } from './headline-above-body';
import { mastheadSiteName } from './masthead';
import { printedByline } from './printed-byline';
import type { PageMetadata } from './read-metadata';
import { sameName } from './site-name';
import { editorNames, visibleByline } from './visible-byline';
import { addressDate, leadDateline, localiseToPrintedDay, titleDate, visibleDate } from './visible-date';

/**
 * Metadata as a reader of the article sees it, on pages already judged to be news:
 * `readMetadata` reads the head cheaply for every page; this pass reads the page around
 * the headline (byline, printed date, masthead) and so runs only on articles.
 */

export interface ArticleMetadata {
  title: string | null;
  siteName: string | null;
  authors: string[];
  publishedTime: string | null;
}

/** `content` is the extracted article body, when there is one (for a dated lead paragraph). */
export function readArticleMetadata(doc: Document, meta: PageMetadata, content: Element | null = null, now = Date.now()): ArticleMetadata {
  // With no confirmed <h1>, the title's own text on the page (an old table layout's headline cell);
  // failing that, the headline standing above the story's body, whatever the <title> says.
  const confirmed = visibleHeadline(doc, meta.headlines, meta.siteName);
  // A title of one or two words found on the page ("News Article") is a label, not a headline.
  const titled = confirmed || !meta.title || isLabel(meta.title) ? null : titledElement(doc, meta.title);
  const headline = confirmed ?? (titled ? null : headlineAboveBody(doc, content, meta.title));
  const anchor = headline?.element ?? titled ?? doc.querySelector('article h1') ?? doc.querySelector('h1');
  const siteName = mastheadSiteName(doc, { siteName: meta.siteName, from: meta.siteNameFrom, pageUrl: meta.canonicalUrl, headline: anchor });
  // Slashed dates read day first outside the United States' English.
  const dayFirst = !!meta.lang && !/^en(-us)?$/i.test(meta.lang);
  const printed = visibleDate(doc, anchor, dayFirst, true);
  let publishedTime = meta.publishedTime;
  if (publishedTime && printed) publishedTime = localiseToPrintedDay(publishedTime, printed) ?? publishedTime;
  const address = addressDate(meta.canonicalUrl, now);
  // The address's day is fixed when the story first goes up: a later day printed with no structured
  // date beside it is the masthead's "today", an update, or a slashed date read in the wrong order.
  const shown = printed && address && printed.iso.slice(0, 10) > address ? null : printed;
  publishedTime ??= shown?.iso ?? leadDateline(content, dayFirst) ?? titleDate(doc.title || null, dayFirst) ?? address;
  return { title: headline?.text ?? meta.title, siteName, authors: authorsOf(doc, meta, anchor, siteName), publishedTime };
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** One or two words ("News Article", "Home"); in scripts written without spaces, under six characters. */
function isLabel(title: string): boolean {
  const text = title.trim();
  return CJK.test(text) ? text.length < 6 : text.split(/\s+/).length < 3;
}

/**
 * Structured data first, then the byline shown under the headline (marked up, else printed
 * as "By …"), then a meta tag no editor holds. A byline shown that names nobody (an agency,
 * the outlet's desk) leaves the article unsigned unless a meta tag names a person.
 */
function authorsOf(doc: Document, meta: PageMetadata, anchor: Element | null, siteName: string | null): string[] {
  const own = (names: string[]) => names.filter((n) => !sameName(n, siteName) && !sameName(n, meta.siteName));
  if (meta.authorsFrom === 'structured data') return own(meta.authors);
  const shown = visibleByline(doc, anchor, siteName, { wide: true });
  if (own(shown.names).length > 0) return own(shown.names);
  const printed = own(printedByline(anchor, siteName));
  if (printed.length > 0 || meta.authorsFrom !== 'meta tag') return printed;
  const editors = editorNames(doc);
  return own(meta.authors.flatMap((n) => bylineNames(n, siteName))).filter((n) => !editors.some((e) => n.includes(e)));
}
