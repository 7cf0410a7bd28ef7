import { articleReport } from '../dom/article-report';
import { readOutletPolicies } from '../dom/outlet-policies';
import type { Flag } from '../core/article';
import type { PageState } from '../core/protocol/messages';
import type { Settings } from '../core/settings';
import type { TextRun } from '../dom/article-text';
import { classifyPiece } from '../core/piece-type';
import { extractArticleSteps } from '../dom/extract-article';
import { readPieceSignals } from '../dom/piece-signals';
import type { PageDetection } from './detect-page';
import { flagOptionsSteps } from './flag-options';
import { flagInSlices } from './flag-in-slices';
import type { StepTimings } from './step-timings';
import { yieldToPage } from './yield-to-page';

export interface ArticleReading {
  state: Extract<PageState, { status: 'article' }>;
  /** Offsets of the article text on the live page, for highlighting. */
  runs: TextRun[];
}

/**
 * The reader's part of the page pipeline, after the detector called the page an article:
 * the same steps as the CLI's `analyzeDocument`, each in a task of its own so the page
 * stays responsive (each is timed into `timings`), and a way to give up when the reader
 * has navigated on.
 */
export async function readArticle(
  doc: Document,
  pageUrl: string,
  detection: PageDetection,
  settings: Settings,
  isStale: () => boolean,
  timings: StepTimings,
): Promise<ArticleReading | null> {
  await yieldToPage();
  if (isStale()) return null;
  const extraction = await runSteps(extractArticleSteps(doc, detection.metadata, { mapToLive: true }), 'extract', timings, isStale);
  if (!extraction) return null;
  const options = await runSteps(flagOptionsSteps(settings), 'lexicon', timings, isStale);
  if (!options) return null;
  await yieldToPage();
  if (isStale()) return null;
  // A long article is flagged a slice per task (see flag-in-slices.ts).
  const slices = flagInSlices(extraction.article.text, options);
  let flags: Flag[] | null = null;
  while (!flags) {
    const slice = timings.time('flag', () => slices.next());
    if (slice.done) flags = slice.value;
    else {
      await yieldToPage();
      if (isStale()) return null;
    }
  }
  const { metadata } = detection;
  const pieceType = timings.time('kind', () => classifyPiece(readPieceSignals(doc, metadata.canonicalUrl ?? pageUrl, metadata.title)));
  const report = { ...articleReport(extraction.article, pageUrl, flags, pieceType), policies: readOutletPolicies(doc, pageUrl) };
  const site = new URL(pageUrl).hostname;
  return {
    state: { status: 'article', verdict: detection.verdict, report, flags, warnings: extraction.warnings, site, highlights: true, timings: timings.steps },
    runs: extraction.runs,
  };
}

/** Drives a stepwise computation one step per task, timing each; null when the page moved on. */
async function runSteps<T>(steps: Generator<void, T, void>, name: string, timings: StepTimings, isStale: () => boolean): Promise<T | null> {
  for (;;) {
    const step = timings.time(name, () => steps.next());
    if (step.done) return step.value;
    await yieldToPage();
    if (isStale()) return null;
  }
}
