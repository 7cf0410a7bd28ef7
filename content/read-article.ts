import { articleReport } from '../dom/pipeline/article-report';
import { readOutletPolicies } from '../dom/metadata/outlet-policies';
import type { PageState } from '../core/protocol/messages';
import type { Settings } from '../core/settings/settings';
import type { TextRun } from '../dom/extraction/article-text';
import { readArticleSteps } from '../dom/pipeline/read-article-steps';
import type { PageDetection } from '../dom/pipeline/detect-page';
import { builtinFlagModel, type FlagModelLoad } from '../core/framing';
import { driveSteps } from './drive-steps';
import { flagOptionsSteps } from './flag-options';
import type { StepTimings } from './step-timings';

export interface ArticleReading {
  state: Extract<PageState, { status: 'article' }>;
  /** Offsets of the article text on the live page, for highlighting. */
  runs: TextRun[];
}

/**
 * The reader's part of the page pipeline, after the detector called the page an article:
 * the CLI's steps (dom/pipeline/read-article-steps.ts), each in a task of its own where
 * the steps ask for a pause so the page stays responsive (each is timed into `timings`),
 * and a way to give up when the reader has navigated on.
 */
export async function readArticle(
  doc: Document,
  pageUrl: string,
  detection: PageDetection,
  settings: Settings,
  isStale: () => boolean,
  timings: StepTimings,
): Promise<ArticleReading | null> {
  const steps = readArticleSteps(doc, pageUrl, detection.metadata, { mapToLive: true, flagOptions: flagOptionsSteps(settings) });
  const reading = await driveSteps(steps, timings, isStale);
  if (!reading) return null;
  const { extraction, flags, pieceType } = reading;
  const report = { ...articleReport(extraction.article, pageUrl, flags, pieceType), policies: readOutletPolicies(doc, pageUrl) };
  const site = new URL(pageUrl).hostname;
  return {
    state: { status: 'article', verdict: detection.verdict, report, flags, ...modelNotice(), warnings: extraction.warnings, site, highlights: true, timings: timings.steps },
    runs: extraction.runs,
  };
}

/** Tells the popup when flags are the lexicon's alone because the model could not be loaded. */
export function modelNotice(load: FlagModelLoad = builtinFlagModel()): { flagModelProblem?: string } {
  return load.problem === null ? {} : { flagModelProblem: load.problem };
}
