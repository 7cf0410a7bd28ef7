import type { ArticleReport } from '../core/protocol/messages';
import { analyzeDocument } from '../dom/analyze-document';
import { articleReport } from '../dom/article-report';

/**
 * An article page fetched for a feed story, read with the content script's pipeline.
 * The HTML is parsed into an inert document (DOMParser runs no script and loads nothing)
 * and never enters a live page. Null when the page is not an article.
 */
export function readArticleHtml(html: string, url: string, parser: DOMParser = new DOMParser()): ArticleReport | null {
  const doc = parser.parseFromString(html, 'text/html');
  const { verdict, extraction, flags, pieceType } = analyzeDocument(doc, url);
  if (!verdict.isNews || !extraction) return null;
  return articleReport(extraction.article, url, flags, pieceType);
}
