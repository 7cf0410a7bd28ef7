import type { Flag } from '../core/article';
import { cleanUrl } from '../core/clean-url';
import { flagText, type FlagOptions } from '../core/framing';
import type { ArticleReport, PageState } from '../core/messages';
import type { TextRun } from '../dom/article-text';
import { detectNews } from '../dom/detect-news';
import { extractArticle } from '../dom/extract-article';
import { readMetadata } from '../dom/read-metadata';

export interface PageReading {
  state: PageState;
  /** Offsets of the article text on the live page, for highlighting. */
  runs: TextRun[];
}

/**
 * The page pipeline as the content script runs it: the same steps as the CLI's
 * `analyzeDocument`, with a pause between them so the page stays responsive, and a way
 * to give up when the reader has navigated on.
 */
export async function readPage(
  doc: Document,
  pageUrl: string,
  flagOptions: FlagOptions,
  isStale: () => boolean,
): Promise<PageReading | null> {
  const metadata = readMetadata(doc, pageUrl);
  const verdict = detectNews(doc, pageUrl, metadata);
  if (!verdict.isNews) return { state: { status: 'not-news', verdict }, runs: [] };

  await yieldToPage();
  if (isStale()) return null;
  const extraction = extractArticle(doc, metadata, { mapToLive: true });
  await yieldToPage();
  if (isStale()) return null;
  const flags = flagText(extraction.article.text, flagOptions);
  const { article } = extraction;
  const report: ArticleReport = {
    url: article.canonicalUrl ?? cleanUrl(pageUrl) ?? pageUrl,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    lang: article.lang,
    excerpt: article.excerpt,
    text: article.text,
    flags: flags.map(summarise),
  };
  const site = new URL(pageUrl).hostname;
  return {
    state: { status: 'article', verdict, report, flags, warnings: extraction.warnings, site, highlights: true },
    runs: extraction.runs,
  };
}

function summarise(flag: Flag) {
  return { entryId: flag.entryId, category: flag.category, text: flag.text, voice: flag.voice, speaker: flag.speaker };
}

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
