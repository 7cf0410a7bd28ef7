/**
 * The context cues a word is scored with (context-cues.ts): each fires where its reason
 * holds and not elsewhere. Sentences written for this project.
 */
import { describe, expect, test } from 'vitest';
import { contextCues } from '../../../../core/framing/model/context-cues';
import { wordTokens, type AffectTables } from '../../../../core/framing/model/word-features';

const affect: AffectTables = {
  afinn: new Map([['vile', -3], ['brilliant', 3]]),
  vader: new Map([['thugs', -2]]),
};

/** The cues of the word `word` (its first occurrence) in `text`; `lexicon` lists words the lexicon covers. */
function cuesOf(text: string, word: string, lexicon: readonly string[] = []): string[] {
  const tokens = wordTokens(text);
  const index = tokens.findIndex((t) => t.lower === word);
  if (index < 0) throw new Error(`no ${word} in ${text}`);
  const cues = contextCues(text, tokens, affect, (i) => (lexicon.includes(tokens[i]!.lower) ? 'label' : undefined));
  const out: string[] = [];
  cues(index, (name) => out.push(name));
  return out;
}

describe('cues that must fire', () => {
  test.each([
    ['a strongly valenced word two before', 'The vile little plan failed.', 'plan', [], 'p2Aff'],
    ['a strongly valenced word two after', 'A plan of thugs failed.', 'plan', [], 'n2Aff'],
    ['a negative word before', 'Those vile plans failed.', 'plans', [], 'pNeg'],
    ['a positive word after', 'A truly brilliant plan.', 'truly', [], 'nPos'],
    ['a lexicon phrase just before', 'The regime thugs left.', 'thugs', ['regime'], 'pLex'],
    ['a lexicon phrase just after', 'The corrupt regime left.', 'corrupt', ['regime'], 'nLex'],
    ['two other lexicon words in the sentence', 'The regime and its cronies met in a corrupt room.', 'corrupt', ['regime', 'cronies'], 'sLex=2+'],
    ['a sentence that reports speech', 'The plan was a disaster, the mayor said.', 'disaster', [], 'saidSent'],
    ['a short sentence', 'A disaster.', 'disaster', [], 'len<8'],
    ['a name before', 'Later Senator Smith blustered on.', 'blustered', [], 'afterName'],
    ['an intensifier before', 'It was utterly shameful.', 'shameful', [], 'pIntens'],
  ])('%s', (_, text, word, lexicon, cue) => {
    expect(cuesOf(text, word, lexicon)).toContain(cue);
  });
});

describe('cues that must not fire', () => {
  test.each([
    ['a valenced word two before, across a sentence end', 'It was vile. Plan ahead.', 'plan', [], 'p2Aff'],
    ['a neighbour the lists do not score', 'The quiet plan failed.', 'plan', [], 'pNeg'],
    ['a word the lexicon covers itself, beside another', 'The regime cronies left.', 'cronies', ['regime', 'cronies'], 'pLex'],
    ['the word itself counted among the sentence’s lexicon words', 'The regime left early.', 'regime', ['regime'], 'sLex=1'],
    ['no speech verb', 'The plan was a disaster.', 'disaster', [], 'saidSent'],
    ['a capital only because the sentence starts', 'Senators blustered on.', 'blustered', [], 'afterName'],
    ['no intensifier', 'It was shameful.', 'shameful', [], 'pIntens'],
  ])('%s', (_, text, word, lexicon, cue) => {
    expect(cuesOf(text, word, lexicon)).not.toContain(cue);
  });
});
