import type { Flag, NewsVerdict } from '../../core/article';
import { classifyPiece, UNKNOWN_PIECE, type PieceType } from '../../core/piece-type';
import { flagText, type FlagOptions } from '../../core/framing';
import { detectNews } from '../detect-news';
import { readPieceSignals } from '../metadata/piece-signals';
import { extractArticle, type Extraction, type ExtractOptions } from '../extraction/extract-article';
import { readMetadata, type PageMetadata } from '../metadata/read-metadata';

export interface PageAnalysis {
  verdict: NewsVerdict;
  metadata: PageMetadata;
  /** Null when the page is not news and extraction was not asked for anyway. */
  extraction: Extraction | null;
  flags: Flag[];
  /** What kind of piece the page says it is (core/piece-type); `unknown` on pages that are not news. */
  pieceType: PieceType;
}

export interface AnalyzeOptions extends ExtractOptions {
  /** Extract and flag even when the page is judged not to be news (the CLI measures both). @default false */
  always?: boolean;
  flags?: FlagOptions;
}

/** The whole page pipeline, headless: detect, then (for news) extract, clean and flag. */
export function analyzeDocument(doc: Document, pageUrl: string | null, options: AnalyzeOptions = {}): PageAnalysis {
  const metadata = readMetadata(doc, pageUrl);
  const verdict = detectNews(doc, pageUrl, metadata);
  if (!verdict.isNews && !options.always) return { verdict, metadata, extraction: null, flags: [], pieceType: UNKNOWN_PIECE };
  // Read before extraction, which may tidy the page's clone but never the page itself.
  const pieceType = classifyPiece(readPieceSignals(doc, metadata.canonicalUrl ?? pageUrl, metadata.title));
  const extraction = extractArticle(doc, metadata, options);
  const flags = flagText(extraction.article.text, options.flags);
  return { verdict, metadata, extraction, flags, pieceType };
}
