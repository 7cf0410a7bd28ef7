import { flagText } from '../../core/framing';
import { crossValidate, emptyTally, foldModels, tallyArticle } from './cross-validate';
import { THRESHOLDS } from './build-model';
import { tallyDetail, tallyLine } from './print-tally';
import { ptcAvailable, PTC_FILE, readPtc } from './ptc';
import { LINK_SETTINGS } from '../../core/framing/model/grow-links';

/** Tallies at the standard threshold with flags grown as `settings` say (null: no links). */
function withLinks(models: ReturnType<typeof foldModels>, settings: typeof LINK_SETTINGS | null) {
  const shipped = { ...LINK_SETTINGS };
  Object.assign(LINK_SETTINGS, settings ?? {});
  const folds = settings ? models : models.map(({ held, model }) => ({ held, model: { ...model, extent: new Map<string, number>() } }));
  const tally = crossValidate(folds, [THRESHOLDS.standard]).get(THRESHOLDS.standard)!;
  Object.assign(LINK_SETTINGS, shipped);
  return tally;
}

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
  const widen = ['none', 'single words', 'all'] as const;
  for (const settings of [null, ...[0.3, 0.4, 0.5, 0.6, 0.7].flatMap((phraseAt) => widen.map((widenLexicon) => ({ phraseAt, widenLexicon })))]) {
    const name = settings ? `phrase at ${settings.phraseAt.toFixed(2)}, lexicon: ${settings.widenLexicon}` : 'no links';
    console.log(`${name.padEnd(38)} ${tallyLine(withLinks(models, settings))}`);
  }
  console.log(`\nat the standard threshold (${THRESHOLDS.standard}):`);
  for (const line of tallyDetail(tallies.get(THRESHOLDS.standard)!)) console.log(line);
}
