import { builtinLexicon, findFlags } from '../../core/framing';
import { loadFlagModel, type FlagModel, type FlagModelFile } from '../../core/framing/model/flag-model';
import { linkFeatures } from '../../core/framing/model/link-features';
import { isCandidate, wordFeatures, wordTokens, type AffectTables } from '../../core/framing/model/word-features';
import { findQuoteSpans } from '../../core/framing/quote-spans';
import { affectRows } from './affect-tables';
import { NAMING_LABEL, TARGET_LABELS, type PtcArticle, type PtcSpan } from './ptc';
import { packWeights, trainLogistic, trainLogisticAveraged, type Example, type PackOptions, type TrainOptions } from './train-logistic';

/**
 * Turns marked articles into examples (one per candidate word: inside a Loaded_Language
 * or Name_Calling span or not) and trains the shipped model's two regressions.
 */

/** Thresholds for fewer / standard / more flags, chosen on cross-validated figures (see README). */
export const THRESHOLDS = { fewer: 0.85, standard: 0.75, more: 0.5, extend: 0.1, lexicon: 0.4 };
/** Chosen by cross-validation on ptc-dev (stronger L2 and a rarer-feature cut gave a little more precision). */
export const TRAINING: TrainOptions = { l2: 1e-3, minCount: 3 };

/** What the shipped asset keeps: weight steps, the magnitude cut for word features, the affect words' least score. */
export interface ShapeOptions extends PackOptions {
  affectMin: number;
}
export const SHAPE: ShapeOptions = { step: 0.1, cut: 0.3, affectMin: 2 };

function tables(rows: FlagModelFile['affect']): AffectTables {
  const map = (table: Record<string, string>) => {
    const m = new Map<string, number>();
    for (const [score, words] of Object.entries(table)) for (const w of words.split(' ')) m.set(w, Number(score));
    return m;
  };
  return { afinn: map(rows.afinn), vader: map(rows.vader) };
}

export interface ArticleExamples {
  loaded: Example[];
  naming: Example[];
  /** One per word of a marked span and its neighbour: does the same span hold both? */
  links: Example[];
}

/**
 * Which words teach the word scorer: `otherTechniques` 'negative' keeps the words of
 * other techniques' spans (Exaggeration, Doubt…) as unmarked words, 'left out' drops them
 * (many are loaded words the annotators filed under another technique); `stopWords`
 * says whether function words teach it too (they never start a flag); `seeds`, when
 * given, trains it once per shuffle seed and ships the mean. The shipped choices were
 * measured against the others by `compare-training.ts` (see README).
 */
export const EXAMPLE_SETTINGS: { otherTechniques: 'negative' | 'left out'; stopWords: boolean; seeds: number[] } = { otherTechniques: 'negative', stopWords: true, seeds: [] };

export function examplesOf(article: PtcArticle, affect: AffectTables): ArticleExamples {
  const { text } = article;
  const tokens = wordTokens(text);
  const lexicon = findFlags(text, builtinLexicon());
  const covered = new Map<number, string>();
  tokens.forEach((token, i) => {
    const flag = lexicon.find((f) => f.start < token.end && token.start < f.end);
    if (flag) covered.set(i, flag.category);
  });
  const featuresAt = wordFeatures(text, tokens, findQuoteSpans(text), affect, (i) => covered.get(i));
  const targets = article.spans.filter((s) => TARGET_LABELS.has(s.label));
  const loaded: Example[] = [];
  const naming: Example[] = [];
  const others = article.spans.filter((s) => !TARGET_LABELS.has(s.label));
  tokens.forEach((token, i) => {
    const f = featuresAt(i);
    const hits = targets.filter((s) => s.start < token.end && token.start < s.end);
    const teaches =
      (EXAMPLE_SETTINGS.stopWords || isCandidate(token)) &&
      (hits.length > 0 || EXAMPLE_SETTINGS.otherTechniques === 'negative' || !others.some((s) => s.start < token.end && token.start < s.end));
    if (teaches) loaded.push({ features: f, label: hits.length > 0 ? 1 : 0 });
    if (hits.length > 0 && isCandidate(token)) naming.push({ features: f, label: hits.some((s) => s.label === NAMING_LABEL) ? 1 : 0 });
  });
  // Links are read only from a word a flag already holds, so only such words teach them.
  const links: Example[] = [];
  const spansOf = (i: number) => targets.filter((s) => s.start < tokens[i]!.end && tokens[i]!.start < s.end);
  const inSentence = (i: number, j: number) => (j >= 0 && j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence ? tokens[j] : undefined);
  // How many words of a span the flag would hold by the time it reaches word i from the span's far edge.
  const heldFrom = (i: number, span: PtcSpan, step: 1 | -1) => {
    let n = 1;
    for (let k = i - step; inSentence(i, k) && span.start < tokens[k]!.end && tokens[k]!.start < span.end; k -= step) n++;
    return n;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.sentence !== tokens[i + 1]!.sentence) continue;
    const left = spansOf(i);
    const right = spansOf(i + 1);
    const same = left.some((s) => right.includes(s)) ? 1 : 0;
    if (left.length > 0) links.push({ features: linkFeatures(text, tokens[i]!, tokens[i + 1]!, affect, 'r', heldFrom(i, left[0]!, 1), inSentence(i, i + 2)), label: same });
    if (right.length > 0) links.push({ features: linkFeatures(text, tokens[i]!, tokens[i + 1]!, affect, 'l', heldFrom(i + 1, right[0]!, -1), inSentence(i, i - 1)), label: same });
  }
  return { loaded, naming, links };
}

/** The two regressions' weights as learned, before they are cut down for shipping. */
export interface TrainedWeights {
  loaded: Map<string, number>;
  naming: Map<string, number>;
  extent: Map<string, number>;
  affect: FlagModelFile['affect'];
}

export function trainWeights(articles: readonly PtcArticle[], options: TrainOptions = TRAINING, affectMin = SHAPE.affectMin): TrainedWeights {
  const affect = affectRows(affectMin);
  const affectMaps = tables(affect);
  const loaded: Example[] = [];
  const naming: Example[] = [];
  const links: Example[] = [];
  for (const article of articles) {
    const examples = examplesOf(article, affectMaps);
    loaded.push(...examples.loaded);
    naming.push(...examples.naming);
    links.push(...examples.links);
  }
  // The class weight is the word scorer's: the naming and link models are not about finding rare words.
  const others = { ...options, positiveWeight: 1 };
  return { loaded: EXAMPLE_SETTINGS.seeds.length ? trainLogisticAveraged(loaded, options, EXAMPLE_SETTINGS.seeds) : trainLogistic(loaded, options), naming: trainLogistic(naming, others), extent: trainLogistic(links, others), affect };
}

/** The asset: weights rounded and pruned as `shape` says (its affectMin was applied in training). */
export function packModelFile(weights: TrainedWeights, trainedOn: string, shape: PackOptions = SHAPE): FlagModelFile {
  return {
    version: 1,
    trainedOn,
    loaded: packWeights(weights.loaded, shape),
    naming: packWeights(weights.naming, shape),
    extent: packWeights(weights.extent, shape),
    thresholds: THRESHOLDS,
    affect: weights.affect,
  };
}

export function trainModelFile(articles: readonly PtcArticle[], trainedOn: string, options: TrainOptions = TRAINING, shape: ShapeOptions = SHAPE): FlagModelFile {
  return packModelFile(trainWeights(articles, options, shape.affectMin), trainedOn, shape);
}

export function modelOf(file: FlagModelFile): FlagModel {
  const result = loadFlagModel(file);
  if (!result.model) throw new Error(result.problem);
  return result.model;
}

export function trainModel(articles: readonly PtcArticle[], options: TrainOptions = TRAINING, shape: ShapeOptions = SHAPE): FlagModel {
  return modelOf(trainModelFile(articles, 'cross-validation fold', options, shape));
}
