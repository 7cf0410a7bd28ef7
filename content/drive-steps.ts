import type { PageSteps } from '../dom/pipeline/page-step';
import type { StepTimings } from './step-timings';
import { yieldToPage } from './yield-to-page';

/**
 * Runs the page pipeline's steps (dom/pipeline/page-step.ts) on the page: each timed
 * into `timings` under its name, the page given its main thread back before each step
 * that asks for a pause. Null when the reader has navigated on meanwhile.
 */
export async function driveSteps<T>(steps: PageSteps<T>, timings: StepTimings, isStale: () => boolean): Promise<T | null> {
  let next = steps.next(); // runs up to the first step's announcement: no work of its own
  while (!next.done) {
    const { name, pause } = next.value;
    if (pause) {
      await yieldToPage();
      if (isStale()) return null;
    }
    next = timings.time(name, () => steps.next());
  }
  return next.value;
}
