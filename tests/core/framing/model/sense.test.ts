/**
 * Literal senses that careful editors reject as flags, and loaded uses of nearby words:
 * the shipped model, judging the lexicon's phrases too, must tell them apart by context.
 * Sentences written for this project (regression cases, not evidence of quality); the
 * lexicon alone flags the first two ("claimed", "seized"), which the last test checks.
 */
import { describe, expect, test } from 'vitest';
import { flagText } from '../../../../core/framing';

const flaggedWords = (text: string): string[] => flagText(text).map((f) => f.text.toLowerCase());

describe('literal senses stay unflagged', () => {
  test.each([
    ['The family claimed his body on Friday.', 'claimed'],
    ['Police said the drugs seized on the border were worth millions.', 'seized'],
    ['The crew measured a massive star some 40 times the mass of the Sun.', 'massive'],
    ['“I was a complete idiot about money in my twenties,” she said, laughing.', 'idiot'],
    ['Council members voted 7-2 on Tuesday to approve the budget for the next fiscal year.', ''],
  ])('%s', (text, word) => {
    const flagged = flaggedWords(text);
    if (word) expect(flagged.some((f) => f.includes(word))).toBe(false);
    else expect(flagged).toEqual([]);
  });
});

describe('loaded uses of words are flagged', () => {
  test.each([
    ['Critics of the mayor are nothing but a pack of hysterical lunatics, the editorial said.', 'lunatics'],
    ['The senator’s disgraceful and treasonous betrayal of the voters shocked the state.', 'treasonous'],
  ])('%s', (text, word) => {
    expect(flaggedWords(text).some((f) => f.includes(word))).toBe(true);
  });
});

test('the lexicon alone would have flagged those literal senses (so the model made the difference)', () => {
  expect(flagText('The family claimed his body on Friday.', { model: null }).map((f) => f.text)).toEqual(['claimed']);
  expect(flagText('Police said the drugs seized on the border were worth millions.', { model: null }).map((f) => f.text)).toEqual(['seized on']);
});
