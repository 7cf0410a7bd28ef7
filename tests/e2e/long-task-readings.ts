import type { PageState, StepTiming } from '../../core/protocol/messages';
import { tabIdOf, type Harness } from './extension';
import { pageMainThreadTasks, tracePage, type MainThreadTask, type Trace } from './page-trace';

/**
 * One traced reading of a long article, its tasks attributed to Parallax's steps: shared
 * by the long-task check (tests/e2e/long-tasks.e2e.test.ts) and `npm run bench --
 * long-tasks`. The content script reports when each of its steps ran, on the page's clock
 * (PageState.timings; not performance marks, which the page could read); the trace gives
 * every task of the page's main thread with its wall time and its thread time.
 *
 * A task is Parallax's when one of its steps ran in it, or when it evaluated one of the
 * extension's scripts: the first such task is the detector's start-up, the second the
 * reader's, which the detector asks for once it has found an article.
 */

/** Lines the page's clock up with the trace's: both are read within the same task. */
const CLOCK_SLACK_MS = 0.5;

export interface AttributedTask extends MainThreadTask {
  /** Parallax's steps that ran in this task ('start-up' for a script's evaluation). */
  steps: string[];
}

export interface Reading {
  run: string;
  steps: StepTiming[];
  tasks: AttributedTask[];
  /** Steps no task of the trace contains (must be none: the clocks are lined up). */
  unplaced: string[];
  /** The trace itself, for a caller that looks for tasks of its own in it. */
  trace: Trace;
}

interface ChromeTabs {
  chrome: { tabs: { sendMessage(tabId: number, message: object): Promise<unknown> } };
}

type Page = Awaited<ReturnType<Harness['browser']['context']['newPage']>>;

async function stepsWhenDrawn(harness: Harness, page: Page): Promise<StepTiming[]> {
  const tabId = await tabIdOf(harness, page);
  // Drawing comes last and is timed after the state is first set, whether or not the
  // learned scorer kept any flag on this article: wait for it, not for a highlight.
  for (let tries = 0; ; tries++) {
    const state = (await harness.browser.serviceWorker
      .evaluate((id) => (globalThis as unknown as ChromeTabs).chrome.tabs.sendMessage(id, { type: 'page:get-state' }), tabId)
      .catch(() => null)) as PageState | null; // the content script may not answer yet
    const steps = state?.status === 'article' ? (state.timings ?? []) : [];
    if (steps.some((s) => s.step === 'highlight')) return steps;
    if (tries === 300) throw new Error(`no highlight step timed: ${JSON.stringify(steps)}`);
    await page.waitForTimeout(100);
  }
}

/**
 * Reads the generated article of `paragraphs` paragraphs in a new tab under a trace;
 * `after`, when given, runs in the same tab once the article is drawn, still traced
 * (a calibration script whose task the caller finds in `trace`).
 */
export async function readLongArticle(harness: Harness, run: string, paragraphs: number, after?: (page: Page) => Promise<void>): Promise<Reading> {
  const { context, extensionId } = harness.browser;
  const page = await context.newPage();
  const { trace, result: steps } = await tracePage(context, page, async () => {
    await page.goto(`${harness.site}/generated/huge-article.html?paragraphs=${paragraphs}`);
    const drawn = await stepsWhenDrawn(harness, page);
    await after?.(page);
    return drawn;
  });
  await page.close();
  const tasks: AttributedTask[] = pageMainThreadTasks(trace, extensionId).map((task) => ({ ...task, steps: task.runsExtensionScript ? ['start-up'] : [] }));
  const unplaced: string[] = [];
  for (const step of steps) {
    const home = tasks.find((task) => step.start >= task.start - CLOCK_SLACK_MS && step.start + step.duration <= task.start + task.wallMs + CLOCK_SLACK_MS);
    if (home) home.steps.push(step.step);
    else unplaced.push(`${step.step} at ${step.start} ms`);
  }
  return { run, steps, tasks, unplaced, trace };
}

export const parallaxTasks = (reading: Reading): AttributedTask[] => reading.tasks.filter((task) => task.steps.length > 0);

/** The two start-ups in the order they ran: the detector's, then the reader's. */
export function startUps(reading: Reading): { detector?: AttributedTask; reader?: AttributedTask } {
  const [detector, reader] = parallaxTasks(reading)
    .filter((task) => task.steps.includes('start-up'))
    .sort((a, b) => a.start - b.start);
  return { detector, reader };
}

/** The longest task, by CPU time, that ran step `name` (0 when none did). */
export function longestCpu(reading: Reading, name: string): number {
  return Math.max(0, ...parallaxTasks(reading).filter((t) => t.steps.includes(name)).map((t) => t.cpuMs));
}
