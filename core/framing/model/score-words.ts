/**
 * The learned scorer's fast path: every word's score, summed straight from precomputed
 * weights instead of listing feature names. What depends on the word alone (its own
 * features, its weight as a neighbour or in a voice, whether it is strongly valenced)
 * is one row per distinct word, looked up once per token; the context's fixed features
 * ("bias", "heat=2", "quote"…) are numbers read once per model. No string is built per
 * word, so a long text costs a map lookup or two a word.
 *
 * `wordFeatures` (word-features.ts) lists the same features by name, for training and
 * for explaining a flag; a test checks both give every word the same score.
 */
import type { QuoteSpan } from '../quote-spans';
import type { FlagModel } from './flag-model';
import { isCandidate, ownFeatures, textHeatLevel, wordTokens, type WordToken } from './word-features';

export interface ScoredWord {
  token: WordToken;
  index: number;
  score: number;
  /** A content word, which may start a flag. */
  seed: boolean;
}

interface WordRow {
  /** The word itself (its hash may be another word's too). */
  word: string;
  own: number;
  asPrevious: number;
  asNext: number;
  inOutletVoice: number;
  inQuote: number;
  strong: boolean;
  /** A content word (word-features.ts `isCandidate`), which depends on the word alone. */
  seed: boolean;
}

interface ShapeRow {
  /** The shape features' weight, for the word first in its sentence and elsewhere. */
  first: number;
  other: number;
  upperFirst: boolean;
}

const FIXED = ['bias', 'pAff', 'nAff', 'beforeName', 'shortquote', 'quote', 'outlet', 'excl', 'question'] as const;
type Fixed = Record<(typeof FIXED)[number], number>;

interface Tables {
  fixed: Fixed;
  heat: number[];
  textHeat: number[];
  lex: Map<string, number>;
  words: Map<string, WordRow>;
  /** The same rows by the hash of their word (word-tokens.ts): most lookups end here. */
  byHash: Map<number, WordRow>;
  shapes: Map<string, ShapeRow>;
  sentenceStart: number;
  sentenceEnd: number;
  /** The shape features' weights, for words of ASCII letters read from their character codes. */
  caps: number;
  hyph: number;
  long: number;
  cap0: number;
  cap: number;
}

/** Distinct words kept per model: a text of millions of distinct "words" cannot grow memory without end. */
const MAX_ROWS = 50_000;
const tablesOf = new WeakMap<FlagModel, Tables>();

function tables(model: FlagModel): Tables {
  let t = tablesOf.get(model);
  if (t) return t;
  const w = (name: string) => model.loaded.get(name) ?? 0;
  t = {
    fixed: Object.fromEntries(FIXED.map((name) => [name, w(name)])) as Fixed,
    heat: [0, 1, 2, 3].map((n) => w(`heat=${n}`)),
    textHeat: [0, 1, 2, 3, 4].map((n) => w(`textHeat=${n}`)),
    lex: new Map(),
    words: new Map(),
    byHash: new Map(),
    shapes: new Map(),
    sentenceStart: w('p=<s>'),
    sentenceEnd: w('n=</s>'),
    caps: w('caps'),
    hyph: w('hyph'),
    long: w('long'),
    cap0: w('cap0'),
    cap: w('cap'),
  };
  tablesOf.set(model, t);
  return t;
}

function strongIn(model: FlagModel, word: string): boolean {
  return Math.abs(model.affect.afinn.get(word) ?? 0) >= 2 || Math.abs(model.affect.vader.get(word) ?? 0) >= 2;
}

function rowOf(model: FlagModel, t: Tables, word: string): WordRow {
  let row = t.words.get(word);
  if (row) return row;
  const w = (name: string) => model.loaded.get(name) ?? 0;
  let own = 0;
  for (const name of ownFeatures(word, model.affect)) own += w(name);
  row = { word, own, asPrevious: w(`p=${word}`), asNext: w(`n=${word}`), inOutletVoice: 0, inQuote: 0, strong: strongIn(model, word), seed: isCandidate({ lower: word }) };
  if (model.affect.afinn.has(word) || model.affect.vader.has(word)) {
    row.inOutletVoice = w(`o:${word}`);
    row.inQuote = w(`q:${word}`);
  }
  if (t.words.size >= MAX_ROWS) {
    t.words.clear();
    t.byHash.clear();
  }
  t.words.set(word, row);
  return row;
}

function hashedRowOf(model: FlagModel, t: Tables, word: string, hash: number): WordRow {
  const row = t.byHash.get(hash);
  if (row !== undefined && row.word === word) return row;
  const found = rowOf(model, t, word);
  if (row === undefined) t.byHash.set(hash, found); // on a collision the first word keeps the hash
  return found;
}

function shapeOf(model: FlagModel, t: Tables, word: string): ShapeRow {
  let row = t.shapes.get(word);
  if (row) return row;
  const w = (name: string) => model.loaded.get(name) ?? 0;
  const first = word.charAt(0);
  let common = 0;
  let capital = false;
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) common += w('caps');
  else capital = first !== first.toLowerCase();
  if (word.includes('-')) common += w('hyph');
  if (word.length >= 10) common += w('long');
  row = { first: common + (capital ? w('cap0') : 0), other: common + (capital ? w('cap') : 0), upperFirst: /^\p{Lu}/u.test(word) };
  if (t.shapes.size >= MAX_ROWS) t.shapes.clear();
  t.shapes.set(word, row);
  return row;
}

/**
 * The shape features of the token `start`..`end` into `out` (`first`, `other`,
 * `upperFirst`), as shapeOf gives them, read from character codes without cutting the
 * word out when it is all ASCII (the common case); other words go through shapeOf.
 */
function shapeInto(model: FlagModel, t: Tables, text: string, start: number, end: number, out: ShapeRow): void {
  let lower = false;
  let upper = false;
  let hyphen = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const row = shapeOf(model, t, text.slice(start, end));
      out.first = row.first;
      out.other = row.other;
      out.upperFirst = row.upperFirst;
      return;
    }
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c === 45) hyphen = true;
  }
  const length = end - start;
  const head = text.charCodeAt(start);
  const upperHead = head >= 65 && head <= 90;
  // The same sums in the same order as shapeOf, so a score does not move by a rounding.
  let common = 0;
  let capital = false;
  if (length > 1 && upper && !lower) common += t.caps;
  else capital = upperHead;
  if (hyphen) common += t.hyph;
  if (length >= 10) common += t.long;
  out.first = common + (capital ? t.cap0 : 0);
  out.other = common + (capital ? t.cap : 0);
  out.upperFirst = upperHead;
}

const SHORT_QUOTE_CHARS = 40;
const SENTENCE_PUNCTUATION = /[.!?]/;
const NEXT_SENTENCE_END = /[.!?\n]/g;

/** Scores every word of `text` with the model's `loaded` weights. */
export function scoreWordsFast(
  text: string,
  model: FlagModel,
  quotes: readonly QuoteSpan[],
  lexiconCategory: (index: number) => string | undefined,
  tokens: readonly WordToken[] = wordTokens(text),
  wholeTextShare?: number,
  /** The words' hashes (`hashedWordTokens`), when the caller has them: cheaper lookups. */
  hashes?: readonly number[],
): ScoredWord[] {
  const t = tables(model);
  const count = tokens.length;
  const rows: WordRow[] = new Array(count);
  const shapeFirst = new Float64Array(count);
  const shapeOther = new Float64Array(count);
  const upperFirst = new Uint8Array(count);
  const shape: ShapeRow = { first: 0, other: 0, upperFirst: false };
  const heat: number[] = [];
  let strongWords = 0;
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    const row = hashes ? hashedRowOf(model, t, token.lower, hashes[i]!) : rowOf(model, t, token.lower);
    rows[i] = row;
    shapeInto(model, t, text, token.start, token.end, shape);
    shapeFirst[i] = shape.first;
    shapeOther[i] = shape.other;
    upperFirst[i] = shape.upperFirst ? 1 : 0;
    heat[token.sentence] = (heat[token.sentence] ?? 0) + (row.strong ? 1 : 0);
    if (row.strong) strongWords++;
  }
  const textHeat = t.textHeat[textHeatLevel(wholeTextShare ?? strongWords / Math.max(1, count))]!;
  // Quotations in order, each judged short or not once; tokens walk them in step.
  const outer = quotes.filter((q) => !q.nested).sort((a, b) => a.start - b.start);
  const shortQuote = outer.map((q) => q.contentEnd - q.contentStart <= SHORT_QUOTE_CHARS && !SENTENCE_PUNCTUATION.test(text.slice(q.contentStart, q.contentEnd)));
  let q = 0;
  let endSentence = -1;
  let endWeight = 0;
  const scored: ScoredWord[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const row = rows[i]!;
    const previous = i > 0 && tokens[i - 1]!.sentence === token.sentence ? rows[i - 1] : undefined;
    const nextToken = tokens[i + 1]?.sentence === token.sentence ? tokens[i + 1] : undefined;
    const next = nextToken ? rows[i + 1] : undefined;
    let sum = row.own + t.fixed.bias + textHeat;
    sum += previous ? previous.asPrevious : t.sentenceStart;
    sum += next ? next.asNext : t.sentenceEnd;
    if (previous?.strong) sum += t.fixed.pAff;
    if (next?.strong) sum += t.fixed.nAff;
    sum += t.heat[Math.min(3, (heat[token.sentence] ?? 0) - (row.strong ? 1 : 0))]!;
    sum += i === token.sentenceStart ? shapeFirst[i]! : shapeOther[i]!;
    if (nextToken && upperFirst[i + 1] === 1) sum += t.fixed.beforeName;
    while (q < outer.length && outer[q]!.end <= token.start) q++;
    const quote = q < outer.length && outer[q]!.contentStart <= token.start && token.end <= outer[q]!.contentEnd ? q : -1;
    if (quote >= 0) sum += (shortQuote[quote] ? t.fixed.shortquote : t.fixed.quote) + row.inQuote;
    else sum += t.fixed.outlet + row.inOutletVoice;
    const category = lexiconCategory(i);
    if (category) {
      if (!t.lex.has(category)) t.lex.set(category, model.loaded.get(`lex=${category}`) ?? 0);
      sum += t.lex.get(category)!;
    }
    if (token.sentence !== endSentence) {
      endSentence = token.sentence;
      NEXT_SENTENCE_END.lastIndex = token.end; // no slice: a 5 MB text stays one pass
      const end = NEXT_SENTENCE_END.exec(text)?.[0];
      endWeight = end === '!' ? t.fixed.excl : end === '?' ? t.fixed.question : 0;
    }
    sum += endWeight;
    scored[i] = { token, index: i, score: 1 / (1 + Math.exp(-sum)), seed: row.seed };
  }
  return scored;
}
