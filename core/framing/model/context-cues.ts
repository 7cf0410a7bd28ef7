/**
 * Cues from a word's surroundings beyond its two neighbours: strongly valenced words two
 * away, the neighbours' polarity, the lexicon's phrases beside it and in its sentence,
 * whether the sentence reports speech, how long the sentence is. Each cue is a fixed
 * name from the tables below (never built per word), so the fast scorer sums their
 * weights with a lookup each and the named features list the very same strings.
 *
 * Per-sentence facts are gathered in one pass over the tokens when the cues are made;
 * a token's cues are then read in place. Nothing looks past a paragraph, so a text
 * flagged a slice at a time gets the cues one pass would give.
 */
import type { AffectTables, WordToken } from './word-features';

/** Which groups of cues are on: training scripts switch them to measure each (see README). */
export const CUE_SETTINGS = {
  far: true,
  polarity: true,
  lexNear: true,
  said: true,
  length: true,
  afterName: true,
  intensifier: true,
};

const SPEECH = new Set(['said', 'says', 'say', 'told', 'tells', 'according', 'stated', 'claimed', 'claims', 'added', 'wrote', 'writes', 'tweeted']);
const INTENSIFIERS = new Set(['very', 'so', 'too', 'extremely', 'utterly', 'totally', 'completely', 'absolutely', 'truly', 'really', 'incredibly', 'deeply', 'most', 'such', 'highly', 'entirely', 'thoroughly', 'outright', 'downright', 'pure', 'sheer', 'blatant', 'blatantly']);
const SENTENCE_LEXICON = ['sLex=0', 'sLex=1', 'sLex=2+'];
const LENGTH = ['len<8', 'len<16', 'len<32', 'len32+'];

function polarity(affect: AffectTables, word: string): number {
  const score = affect.afinn.get(word) ?? affect.vader.get(word) ?? 0;
  return score <= -2 ? -1 : score >= 2 ? 1 : 0;
}

export type CueSink = (name: string) => void;

/** The cues of every token of `tokens`, sent to a sink by index. */
export function contextCues(
  text: string,
  tokens: readonly WordToken[],
  affect: AffectTables,
  lexiconCategory: (index: number) => string | undefined,
): (index: number, sink: CueSink) => void {
  const on = { ...CUE_SETTINGS };
  const pol = tokens.map((t) => polarity(affect, t.lower));
  const speech: boolean[] = [];
  const lexiconWords: number[] = [];
  const length: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (SPEECH.has(tokens[i]!.lower)) speech[s] = true;
    if (lexiconCategory(i) !== undefined) lexiconWords[s] = (lexiconWords[s] ?? 0) + 1;
    length[s] = (length[s] ?? 0) + 1;
  }
  const same = (i: number, j: number) => j >= 0 && j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence;
  return (i, sink) => {
    const token = tokens[i]!;
    const s = token.sentence;
    if (on.far) {
      if (same(i, i - 2) && pol[i - 2] !== 0) sink('p2Aff');
      if (same(i, i + 2) && pol[i + 2] !== 0) sink('n2Aff');
    }
    if (on.polarity) {
      if (same(i, i - 1) && pol[i - 1] !== 0) sink(pol[i - 1]! < 0 ? 'pNeg' : 'pPos');
      if (same(i, i + 1) && pol[i + 1] !== 0) sink(pol[i + 1]! < 0 ? 'nNeg' : 'nPos');
    }
    const own = lexiconCategory(i) !== undefined;
    if (on.lexNear) {
      if (!own && same(i, i - 1) && lexiconCategory(i - 1) !== undefined) sink('pLex');
      if (!own && same(i, i + 1) && lexiconCategory(i + 1) !== undefined) sink('nLex');
      const others = (lexiconWords[s] ?? 0) - (own ? 1 : 0);
      sink(SENTENCE_LEXICON[Math.min(2, Math.max(0, others))]!);
    }
    if (on.said && speech[s]) sink('saidSent');
    if (on.length) {
      const n = length[s] ?? 0;
      sink(LENGTH[n < 8 ? 0 : n < 16 ? 1 : n < 32 ? 2 : 3]!);
    }
    if (on.afterName && same(i, i - 1) && i - 1 !== token.sentenceStart && /^\p{Lu}/u.test(text.charAt(tokens[i - 1]!.start))) sink('afterName');
    if (on.intensifier && same(i, i - 1) && INTENSIFIERS.has(tokens[i - 1]!.lower)) sink('pIntens');
  };
}
