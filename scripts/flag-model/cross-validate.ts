import type { Flag } from '../../core/protocol/article';
import { flagText, type FlagModel } from '../../core/framing';
import { wordTokens } from '../../core/framing/model/word-features';
import { trainModel, type ShapeOptions } from './build-model';
import type { TrainOptions } from './train-logistic';
import { foldsOf, NAMING_LABEL, TARGET_LABELS, type PtcArticle } from './ptc';

/**
 * Cross-validation by article: each fold's articles are flagged by a model trained on
 * the other folds only, through the same `flagText` the CLI and the extension call.
 */

export interface Tally {
  flags: number;
  /** Words inside flags, all flags: how long flags grow. */
  flagWords: number;
  /** Of those, words inside a marked span of the two labels. */
  flagWordsMarked: number;
  touching: number;
  markedWords: number;
  flaggedWords: number;
  /** Per PTC label: marked words, and those flagged. */
  byLabel: Map<string, { words: number; flagged: number }>;
  /** Per flag category: flags, and those touching a marked span. */
  byCategory: Map<string, { flags: number; touching: number }>;
  unmarkedSentences: number;
  unmarkedFlags: number;
}

export function emptyTally(): Tally {
  return { flags: 0, flagWords: 0, flagWordsMarked: 0, touching: 0, markedWords: 0, flaggedWords: 0, byLabel: new Map(), byCategory: new Map(), unmarkedSentences: 0, unmarkedFlags: 0 };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Adds one article's flags to the tally: the measures, on the two target labels. */
export function tallyArticle(tally: Tally, article: PtcArticle, flags: readonly Flag[]): void {
  const targets = article.spans.filter((s) => TARGET_LABELS.has(s.label));
  for (const flag of flags) {
    const touches = targets.some((s) => s.start < flag.end && flag.start < s.end);
    tally.flags++;
    for (const w of flag.text.matchAll(WORD)) {
      const start = flag.start + w.index;
      tally.flagWords++;
      if (targets.some((s) => s.start < start + w[0].length && start < s.end)) tally.flagWordsMarked++;
    }
    if (touches) tally.touching++;
    const row = tally.byCategory.get(flag.category) ?? { flags: 0, touching: 0 };
    row.flags++;
    if (touches) row.touching++;
    tally.byCategory.set(flag.category, row);
  }
  const seen = new Set<number>();
  for (const span of targets) {
    const label = span.label === NAMING_LABEL ? 'Name_Calling' : 'Loaded_Language';
    const row = tally.byLabel.get(label) ?? { words: 0, flagged: 0 };
    for (const w of article.text.slice(span.start, span.end).matchAll(WORD)) {
      const start = span.start + w.index;
      const end = start + w[0].length;
      const hit = flags.some((f) => f.start < end && start < f.end);
      row.words++;
      if (hit) row.flagged++;
      if (seen.has(start)) continue; // a word in two spans counts once overall
      seen.add(start);
      tally.markedWords++;
      if (hit) tally.flaggedWords++;
    }
    tally.byLabel.set(label, row);
  }
  // Sentences with no span of any technique: the nearest thing to "judged unbiased" here.
  const tokens = wordTokens(article.text);
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++;
    const start = tokens[i]!.start;
    const end = tokens[j]!.end;
    if (j - i >= 3 && !article.spans.some((s) => s.start < end && start < s.end)) {
      tally.unmarkedSentences++;
      tally.unmarkedFlags += flags.filter((f) => f.start < end && start < f.end).length;
    }
    i = j + 1;
  }
}

/** Each fold's model, trained without that fold's articles. */
export function foldModels(articles: readonly PtcArticle[], k: number, options?: TrainOptions, shape?: ShapeOptions): { held: PtcArticle[]; model: FlagModel }[] {
  const folds = foldsOf(articles, k);
  return folds.map((held, i) => ({ held, model: trainModel(folds.filter((_, j) => j !== i).flat(), options, shape) }));
}

/** Tallies at each threshold, every article flagged by the model that never saw it. */
export function crossValidate(
  folds: readonly { held: PtcArticle[]; model: FlagModel }[],
  thresholds: readonly number[],
  extend?: number,
  lexicon?: number,
): Map<number, Tally> {
  const out = new Map<number, Tally>();
  for (const t of thresholds) {
    const tally = emptyTally();
    for (const { held, model } of folds) {
      const at = { ...model, thresholds: { fewer: t, standard: t, more: t, extend: extend ?? model.thresholds.extend, lexicon: lexicon ?? model.thresholds.lexicon } };
      for (const article of held) tallyArticle(tally, article, flagText(article.text, { model: at }));
    }
    out.set(t, tally);
  }
  return out;
}
