import { articleReport } from '../dom/article-report';
import type { Flag } from '../core/article';
import type { PageState } from '../core/messages';
import type { Settings } from '../core/settings';
import type { TextRun } from '../dom/article-text';
import { classifyPiece } from '../core/piece-type';
import { detectNews } from '../dom/detect-news';
import { readPieceSignals } from '../dom/piece-signals';
import { extractArticleSteps } from '../dom/extract-article';
import { readMetadata, type PageMetadata } from '../dom/read-metadata';
import { measurePage, PAGE_LIMITS } from '../dom/page-size';
import { withoutStaleHead } from '../dom/stale-head';
import { flagOptionsSteps } from './flag-options';
import { flagInSlices } from './flag-in-slices';
import type { StepTimings } from './step-timings';

export interface PageReading {
  state: PageState;
  /** Offsets of the article text on the live page, for highlighting. */
  runs: TextRun[];
  /** The head as read, before any stale field was dropped: the next navigation compares with it. */
  head: PageMetadata;
}

/**
 * The page pipeline as the content script runs it: the same steps as the CLI's
 * `analyzeDocument`, each in a task of its own so the page stays responsive (each is
 * timed into `timings`), and a way to give up when the reader has navigated on.
 */
export async function readPage(
  doc: Document,
  pageUrl: string,
  settings: Settings,
  isStale: () => boolean,
  timings: StepTimings,
  /** The head read at the previous address, after a single-page navigation (see stale-head.ts). */
  previousHead: PageMetadata | null = null,
): Promise<PageReading | null> {
  const { head, metadata, verdict, size } = timings.time('detect', () => {
    const head = readMetadata(doc, pageUrl);
    const metadata = previousHead ? withoutStaleHead(doc, head, previousHead, pageUrl) : head;
    const verdict = detectNews(doc, pageUrl, metadata);
    return { head, metadata, verdict, size: verdict.isNews ? measurePage(doc) : null };
  });
  if (!verdict.isNews) return { state: { status: 'not-news', verdict, timings: timings.steps }, runs: [], head };
  if (size?.tooLarge) return { state: { status: 'too-large', textChars: size.textChars, elements: size.elements, limits: PAGE_LIMITS }, runs: [], head };

  await yieldToPage();
  if (isStale()) return null;
  const extraction = await runSteps(extractArticleSteps(doc, metadata, { mapToLive: true }), 'extract', timings, isStale);
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
  const pieceType = timings.time('kind', () => classifyPiece(readPieceSignals(doc, metadata.canonicalUrl ?? pageUrl, metadata.title)));
  const report = articleReport(extraction.article, pageUrl, flags, pieceType);
  const site = new URL(pageUrl).hostname;
  return {
    state: { status: 'article', verdict, report, flags, warnings: extraction.warnings, site, highlights: true, timings: timings.steps },
    runs: extraction.runs,
    head,
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

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task so the page can handle input and paint, and resumes in a new one.
 * Not a timer: browsers run a hidden tab's timers about once a second, so an article
 * opened in a background tab would take a second a step to read. `scheduler.yield()`
 * where there is one, else a message to ourselves, which no browser throttles that way.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
