import type { Flag, NewsVerdict } from '../../core/protocol/article';
import type { FlagOptions } from '../../core/framing';
import { UNKNOWN_PIECE, type PieceType } from '../../core/piece-type';
import type { Extraction, ExtractOptions } from '../extraction/extract-article';
import type { PageMetadata } from '../metadata/read-metadata';
import { detectPage } from './detect-page';
import { oneStep, runStraight, type PageSteps } from './page-step';
import type { PageSize } from './page-size';
import { givenFlagOptions, readArticleSteps } from './read-article-steps';

export interface PageAnalysis {
  verdict: NewsVerdict;
  metadata: PageMetadata;
  /** Null when the page is not news, or too large to read, and extraction was not asked for anyway. */
  extraction: Extraction | null;
  flags: Flag[];
  /** What kind of piece the page says it is (core/piece-type); `unknown` on pages that are not read. */
  pieceType: PieceType;
  /** The page's size, measured on news pages only (see page-size.ts); null on the others. */
  size: PageSize | null;
}

export interface AnalyzeOptions extends ExtractOptions {
  /** Extract and flag even when the page is judged not to be news, or too large (the CLI measures both). @default false */
  always?: boolean;
  flags?: FlagOptions;
}

/**
 * The whole page pipeline as steps: the detector's step (head, verdict, size), then for
 * an article the reader's (read-article-steps.ts). The content script runs the same two
 * parts, apart because its reader is a script loaded only for articles.
 */
export function* pageSteps(doc: Document, pageUrl: string | null, options: AnalyzeOptions = {}): PageSteps<PageAnalysis> {
  const { verdict, metadata, size, settled } = yield* oneStep('detect', false, () => detectPage(doc, pageUrl));
  if (settled && !options.always) return { verdict, metadata, extraction: null, flags: [], pieceType: UNKNOWN_PIECE, size };
  const reading = yield* readArticleSteps(doc, pageUrl, metadata, { ...options, flagOptions: givenFlagOptions(options.flags) });
  return { verdict, metadata, ...reading, size };
}

/** The whole page pipeline, headless and straight through (the CLI, the evaluations, the offscreen reader). */
export function analyzeDocument(doc: Document, pageUrl: string | null, options: AnalyzeOptions = {}): PageAnalysis {
  return runStraight(pageSteps(doc, pageUrl, options));
}
