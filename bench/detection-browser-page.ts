/**
 * The detection bench as it runs inside a served page (bundled by
 * detection-browser-bench.ts): the detector's whole work on `document`, as the content
 * script runs it (dom/pipeline/detect-page.ts), against `Readability.parse` on a clone
 * of the same document, the two timed in turn so a busy machine weighs on both alike.
 */
import { Readability } from '@mozilla/readability';
import { detectPage } from '../dom/pipeline/detect-page';
import { median } from './quantiles';

export interface PageTiming {
  isNews: boolean;
  score: number;
  /** The detector's median over the runs, in ms. */
  detectMs: number;
  /** `Readability.parse` alone (the clone is made before the clock starts), median in ms. */
  readabilityMs: number;
  runs: number;
}


/**
 * Times the page in the tab: `pageUrl` is the address the page was labelled with (the
 * served one is 127.0.0.1's), so the address signals read what the Node path reads.
 */
export function timePage(pageUrl: string | null, runs: number): PageTiming {
  let verdict = detectPage(document, pageUrl).verdict; // warm-up: the first run compiles
  try {
    new Readability(document.cloneNode(true) as Document).parse();
  } catch {
    // framesets and body-less pages make it throw; timed all the same below
  }
  const detect: number[] = [];
  const readability: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    verdict = detectPage(document, pageUrl).verdict;
    detect.push(performance.now() - t0);
    const clone = document.cloneNode(true) as Document;
    const t1 = performance.now();
    try {
      new Readability(clone).parse();
    } catch {
      // as above
    }
    readability.push(performance.now() - t1);
  }
  return { isNews: verdict.isNews, score: verdict.score, detectMs: median(detect), readabilityMs: median(readability), runs };
}
