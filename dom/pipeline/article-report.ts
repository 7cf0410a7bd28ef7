import { cleanUrl } from '../../core/identity/story-address';
import type { Flag } from '../../core/protocol/article';
import { summariseFlag } from '../../core/framing/flag-summaries';
import type { ArticleReport } from '../../core/protocol/messages';
import type { PieceType } from '../../core/piece-type/piece-kind';
import type { Extraction } from '../extraction/extract-article';

/** An extracted article as the library stores it, whether read in a tab or for a feed story. */
export function articleReport(article: Extraction['article'], pageUrl: string, flags: readonly Flag[], pieceType: PieceType): ArticleReport {
  return {
    url: article.canonicalUrl ?? cleanUrl(pageUrl) ?? pageUrl,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    lang: article.lang,
    excerpt: article.excerpt,
    text: article.text,
    flags: flags.map(summariseFlag),
    pieceType,
  };
}
