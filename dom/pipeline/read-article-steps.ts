import type { Flag } from '../../core/protocol/article';
import type { FlagOptions } from '../../core/framing';
import { classifyPiece, type PieceType } from '../../core/piece-type';
import { extractArticleSteps, type Extraction, type ExtractOptions } from '../extraction/extract-article';
import { readPieceSignals } from '../metadata/piece-signals';
import type { PageMetadata } from '../metadata/read-metadata';
import { flagInSlices } from './flag-in-slices';
import { stepsOf, oneStep, type PageSteps } from './page-step';

export interface ArticleReading {
  extraction: Extraction;
  flags: Flag[];
  /** What kind of piece the page says it is (core/piece-type). */
  pieceType: PieceType;
}

export interface ReadArticleOptions extends ExtractOptions {
  /**
   * The framing options, as steps: the content script compiles the reader's lexicon a
   * batch of entries per step (content/flag-options.ts); the CLI has them at once.
   */
  flagOptions: Generator<void, FlagOptions, void>;
}

/**
 * The reader's part of the page pipeline, once the page is judged an article: extract
 * (four steps: clone, Readability, clean-up, text), the framing options, flagging (a
 * slice of a long text per step, see flag-in-slices.ts), then the kind of piece. The
 * pauses are where the content script gives the page its main thread back; the options
 * and the kind are small enough to share a task with the step before them.
 */
export function* readArticleSteps(doc: Document, pageUrl: string | null, metadata: PageMetadata, options: ReadArticleOptions): PageSteps<ArticleReading> {
  const extraction = yield* stepsOf('extract', extractArticleSteps(doc, metadata, options), true);
  const flagOptions = yield* stepsOf('lexicon', options.flagOptions, false);
  const flags = yield* stepsOf('flag', flagInSlices(extraction.article.text, flagOptions), true);
  // Read from the page itself, which extraction never changes (it tidies its own clone).
  const pieceType = yield* oneStep('kind', false, () => classifyPiece(readPieceSignals(doc, metadata.canonicalUrl ?? pageUrl, metadata.title)));
  return { extraction, flags, pieceType };
}

/** Options known at once, as the one step the pipeline asks for. */
// eslint-disable-next-line require-yield -- a generator with no step to cut
export function* givenFlagOptions(options: FlagOptions = {}): Generator<void, FlagOptions, void> {
  return options;
}
