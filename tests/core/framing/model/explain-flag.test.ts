/**
 * A flag's explanation names the features that raised its score in words a reader
 * follows, the context cues (context-cues.ts) among them; a feature it has no words for
 * is left out rather than shown by its name.
 */
import { describe, expect, test } from 'vitest';
import { explainWordFlag } from '../../../../core/framing/model/explain-flag';

describe('context cues are explained in words', () => {
  test.each([
    ['pIntens', /follows an intensifier/],
    ['p2Aff', /emotive words stand close by/],
    ['nNeg', /beside a strongly negative word/],
    ['pLex', /beside a phrase the lexicon lists/],
  ])('%s', (feature, words) => {
    expect(explainWordFlag(false, false, [feature])).toMatch(words);
  });
});

test('a feature with no words for it is not shown by its name', () => {
  const explanation = explainWordFlag(true, true, ['len<16', 'sLex=1']);
  expect(explanation).not.toMatch(/len<16|sLex/);
  expect(explanation).toMatch(/^Name-calling: .*inside a quotation\. Not in Parallax’s word list/);
});
