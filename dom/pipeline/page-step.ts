/**
 * The page pipeline as a generator of steps (see read-article-steps.ts, page-steps.ts):
 * each `yield` announces the step about to run, and the driver decides what happens
 * between two steps. The content script times each step and gives the page its main
 * thread back where `pause` says so (content/drive-steps.ts); the CLI and the offscreen
 * reader run the steps straight through (`runStraight`). Written once, so what the CLI
 * measures is what the page runs.
 */

/** The names steps are timed under (content/step-timings.ts), in the order they run. */
export type PageStepName = 'detect' | 'extract' | 'lexicon' | 'flag' | 'kind';

export interface PageStep {
  name: PageStepName;
  /** Whether the page gets its main thread back before this step runs. */
  pause: boolean;
}

export type PageSteps<T> = Generator<PageStep, T, void>;

/**
 * Announces each part of a stepwise computation (one that yields where it may be cut) as
 * a step of its own. Only the first part may run in the task of the step before it;
 * every later part runs after a pause.
 */
export function* stepsOf<T>(name: PageStepName, parts: Generator<void, T, void>, pauseFirst: boolean): PageSteps<T> {
  yield { name, pause: pauseFirst };
  for (;;) {
    const part = parts.next();
    if (part.done) return part.value;
    yield { name, pause: true };
  }
}

/** One step that cannot be cut. */
export function* oneStep<T>(name: PageStepName, pause: boolean, work: () => T): PageSteps<T> {
  yield { name, pause };
  return work();
}

/** Runs every step at once, with no pause: the CLI, the evaluations and the offscreen reader. */
export function runStraight<T>(steps: PageSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
