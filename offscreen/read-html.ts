import type { ArticleReport } from '../core/protocol/messages';
import { analyzeDocument } from '../dom/pipeline/analyze-document';
import { articleReport } from '../dom/pipeline/article-report';
import { PAGE_LIMITS, type PageSize } from '../dom/pipeline/page-size';

/**
 * An article page fetched for a feed story, read with the content script's pipeline.
 * The HTML is parsed into an inert document (DOMParser runs no script and loads nothing)
 * and never enters a live page. Null when the page is not an article; an error, saying
 * so, when it is too large to read (the same guard as on a tab: dom/pipeline/page-size.ts),
 * so that the story keeps its feed's summary instead.
 */
export function readArticleHtml(html: string, url: string, parser: DOMParser = new DOMParser()): ArticleReport | null {
  const doc = parser.parseFromString(html, 'text/html');
  const { verdict, extraction, flags, pieceType, size } = analyzeDocument(doc, url);
  if (size?.tooLarge) throw new Error(`the page is too large to read: ${pastLimits(size).join(' and ')}`);
  if (!verdict.isNews || !extraction) return null;
  return articleReport(extraction.article, url, flags, pieceType);
}

/** What a page has too much of, as the limits say it: the counts themselves stop just past each limit. */
function pastLimits(size: PageSize): string[] {
  const past: string[] = [];
  if (size.textChars > PAGE_LIMITS.textChars) past.push(`more than ${PAGE_LIMITS.textChars} characters of text`);
  if (size.elements > PAGE_LIMITS.elements) past.push(`more than ${PAGE_LIMITS.elements} elements`);
  return past;
}
