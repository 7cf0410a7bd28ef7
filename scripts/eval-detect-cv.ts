/**
 * Cross-validation by site of the detector's weights (`npm run eval:detect -- --detection-dev
 * --cv quoted-speech=0.5,1,1.5 --cv non-article-type=-3,-4`): the whole labelled set in five
 * folds by site (FNV-1a of the registrable domain, as the dev/test split), and for each fold
 * the grid point with the best F1 on the other four, scored on that fold alone. The pooled
 * answers of the five held-out folds are the figure: what choosing those weights on
 * data like this gives on sites it never saw.
 *
 * Each page is judged once with every signal read (the body's too), and a grid point's
 * verdict is summed from those reasons the way the detector sums them: the body's signals
 * count only where the others leave the verdict open. So one run scores the whole grid.
 */
import { fnv1a, siteKey } from './corpus-split';
import type { DetectionTuning } from '../core/detection/news-signals';

const FOLDS = 5;
/** Signals that the detector reads only when the cheap ones have not decided (dom/detection/detect-news.ts). */
const BODY_SIGNALS = new Set([
  'readable-body', 'unreadable-body', 'text-block', 'shadow-content', 'framed-article-pull', 'dated-dateline', 'place-dateline',
  'date-under-headline', 'byline-under-headline', 'quoted-speech', 'wire-credit',
]);

export interface JudgedPage {
  id: string;
  url: string | null;
  isNews: boolean;
  /** Ids of every signal found on the page, the body's included. */
  reasons: string[];
}

export type Grid = Record<string, number[]>;

/** `--cv id=a,b,c`, as often as needed. */
export function gridFrom(args: string[]): Grid | null {
  const grid: Grid = {};
  args.forEach((arg, i) => {
    if (arg !== '--cv') return;
    const [id, values] = (args[i + 1] ?? '').split('=');
    const numbers = (values ?? '').split(',').map(Number);
    if (!id || numbers.length === 0 || numbers.some((n) => !Number.isFinite(n))) throw new Error(`--cv wants <signal id>=<n>,<n>…, not "${args[i + 1] ?? ''}"`);
    grid[id] = numbers;
  });
  return Object.keys(grid).length > 0 ? grid : null;
}

function gridPoints(grid: Grid): Record<string, number>[] {
  return Object.entries(grid).reduce<Record<string, number>[]>((points, [id, values]) => points.flatMap((p) => values.map((v) => ({ ...p, [id]: v }))), [{}]);
}

function predicts(page: JudgedPage, weights: Record<string, number>, tuning: DetectionTuning): boolean {
  const cheap = page.reasons.filter((id) => !BODY_SIGNALS.has(id)).reduce((sum, id) => sum + (weights[id] ?? 0), tuning.prior);
  if (Math.abs(cheap) >= tuning.decided) return cheap >= 0;
  return page.reasons.filter((id) => BODY_SIGNALS.has(id)).reduce((sum, id) => sum + (weights[id] ?? 0), cheap) >= 0;
}

function f1(pages: JudgedPage[], weights: Record<string, number>, tuning: DetectionTuning): { tp: number; fp: number; fn: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const page of pages) {
    const said = predicts(page, weights, tuning);
    if (said && page.isNews) tp++;
    else if (said) fp++;
    else if (page.isNews) fn++;
  }
  return { tp, fp, fn, f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn) };
}

export interface CrossValidation {
  precision: number;
  recall: number;
  /** The grid point each fold chose, on the other four. */
  chosen: Record<string, number>[];
}

export function crossValidateBySite(pages: JudgedPage[], grid: Grid, tuning: DetectionTuning): CrossValidation {
  const table = Object.fromEntries(tuning.signals.map((row) => [row.id, row.weight]));
  const points = gridPoints(grid).map((p) => ({ ...table, ...p }));
  const fold = (page: JudgedPage) => fnv1a(`cv:${siteKey(page)}`) % FOLDS;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const chosen: Record<string, number>[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = pages.filter((p) => fold(p) !== k);
    const best = points.reduce((a, b) => (f1(train, b, tuning).f1 > f1(train, a, tuning).f1 ? b : a));
    chosen.push(Object.fromEntries(Object.keys(grid).map((id) => [id, best[id]!])));
    const held = f1(pages.filter((p) => fold(p) === k), best, tuning);
    tp += held.tp;
    fp += held.fp;
    fn += held.fn;
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), chosen };
}
