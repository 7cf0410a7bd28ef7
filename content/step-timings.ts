import type { StepTiming } from '../core/protocol/messages';

/**
 * How long each step of the content script took, on the page's own clock
 * (`performance.now()` shares the document's time origin, so a test can lay these next
 * to the page's `longtask` entries). Kept in our own array rather than as
 * `performance.mark`s: in Chromium a content script's marks land in the page's
 * performance timeline, where any page script could read them and learn the reader runs
 * Parallax.
 */
export class StepTimings {
  readonly steps: StepTiming[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Runs `work` as one named step and records its start and duration. */
  time<T>(step: string, work: () => T): T {
    const start = this.now();
    try {
      return work();
    } finally {
      this.steps.push({ step, start: round(start), duration: round(this.now() - start) });
    }
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
