import { flagText } from '../../core/framing';
import { crossValidate, emptyTally, foldModels, tallyArticle } from './cross-validate';
import { THRESHOLDS } from './build-model';
import { tallyDetail, tallyLine } from './print-tally';
import { ptcAvailable, PTC_FILE, readPtc } from './ptc';
import { LINK_AT } from '../../core/framing/model/grow-links';
import type { FlagModel } from '../../core/framing';

const logit = (p: number) => Math.log(p / (1 - p));

/** The model with its links judged at `bar` instead of LINK_AT (its bias moved), or with no links. */
function withLinkBar(model: FlagModel, bar: number | null): FlagModel {
  if (bar === null) return { ...model, extent: new Map() };
  const extent = new Map(model.extent);
  extent.set('lbias', (extent.get('lbias') ?? 0) - logit(bar) + logit(LINK_AT));
  return { ...model, extent };
}

/**
 * `npm run eval:flags -- --ptc`: framing flags on the PTC dev articles, marked by trained
 * annotators, against their Loaded_Language and Name_Calling,Labeling spans. The model is
 * cross-validated by article (each fold flagged by a model trained on the other folds);
 * the lexicon alone needs no training and is scored on every article.
 */
export function evalPtc(folds: number): void {
  if (!ptcAvailable()) {
    console.log(`skipped: the PTC articles are not at ${PTC_FILE}`);
    return;
  }
  const articles = readPtc();
  const lexicon = emptyTally();
  for (const article of articles) tallyArticle(lexicon, article, flagText(article.text, { model: null }));
  console.log(`PTC dev: ${articles.length} articles, ${lexicon.markedWords} marked words, ${lexicon.unmarkedSentences} sentences with no span of any technique`);
  console.log(`lexicon alone:        ${tallyLine(lexicon)}`);
  for (const line of tallyDetail(lexicon)) console.log(line);
  const models = foldModels(articles, folds);
  const curve = [0.4, THRESHOLDS.more, 0.6, 0.65, 0.7, THRESHOLDS.standard, 0.8, THRESHOLDS.fewer, 0.9];
  const tallies = crossValidate(models, [...new Set(curve)].sort());
  console.log(`\nlearned scorer, ${folds}-fold cross-validation by article (a neighbour joins a flag at ${THRESHOLDS.extend}, a lexicon phrase needs ${THRESHOLDS.lexicon} of the threshold):`);
  for (const [threshold, tally] of tallies) {
    const name = Object.entries(THRESHOLDS).find(([key, t]) => key !== 'extend' && t === threshold)?.[0];
    console.log(`threshold ${threshold.toFixed(2)}${name ? ` (${name})`.padEnd(11) : ''.padEnd(11)} ${tallyLine(tally)}`);
  }
  console.log(`\nthe lexicon phrases' share of the threshold, at the standard threshold:`);
  for (const share of [...new Set([0, 0.25, 0.3, THRESHOLDS.lexicon, 0.5, 0.75, 1])].sort()) {
    const tally = crossValidate(models, [THRESHOLDS.standard], undefined, share).get(THRESHOLDS.standard)!;
    console.log(`share ${share.toFixed(2)}  ${tallyLine(tally)}`);
  }
  console.log(`\nhow far flags grow by their links (extent model), at the standard threshold:`);
  for (const bar of [null, 0.5, LINK_AT, 0.7, 0.8]) {
    const tally = crossValidate(models.map(({ held, model }) => ({ held, model: withLinkBar(model, bar) })), [THRESHOLDS.standard]).get(THRESHOLDS.standard)!;
    console.log(`links ${bar === null ? 'off ' : bar.toFixed(2)}  ${tallyLine(tally)}`);
  }
  console.log(`\nat the standard threshold (${THRESHOLDS.standard}):`);
  for (const line of tallyDetail(tallies.get(THRESHOLDS.standard)!)) console.log(line);
}
