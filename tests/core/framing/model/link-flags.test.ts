/**
 * How a flag grows from its loaded word to the phrase around it by the extent model's
 * links, with weights written by hand so each case knows what must happen.
 */
import { describe, expect, test } from 'vitest';
import { flagText, loadFlagModel } from '../../../../core/framing';
import type { FlagModelFile } from '../../../../core/framing/model/flag-model';
import { linkFeatures } from '../../../../core/framing/model/link-features';
import { MAX_LINKED_WORDS } from '../../../../core/framing/model/grow-links';
import { wordTokens } from '../../../../core/framing/model/word-features';

const affect = { afinn: new Map([['wretched', -3]]), vader: new Map<string, number>() };

function model(extent?: FlagModelFile['extent']) {
  const file: FlagModelFile = {
    version: 1,
    trainedOn: 'hand-written test weights',
    loaded: { '': { '-4': 'bias', '-3': 'stop' }, 'w=': { '6': 'wretched' } },
    naming: { '': { '-1': 'bias' } },
    ...(extent ? { extent } : {}),
    thresholds: { fewer: 0.9, standard: 0.6, more: 0.3, extend: 0.4, lexicon: 1 },
    affect: { afinn: { '-3': 'wretched' }, vader: {} },
  };
  const result = loadFlagModel(file);
  if (!result.model) throw new Error(result.problem);
  return result.model;
}

// Links join a flag to "pack", "of", "liars" on its right and to "utterly" on its left; "gang" joins anything.
const links = model({ '': { '-4': 'lbias' }, 'R=': { '8': 'pack of liars gang' }, 'L=': { '8': 'utterly gang' } });
const flagged = (text: string, m = links) => flagText(text, { model: m }).map((f) => f.text);

describe('links carry a flag to the phrase', () => {
  test.each([
    ['rightwards over the words the links join', 'They met a wretched pack of liars today.', ['wretched pack of liars']],
    ['leftwards too', 'It was an utterly wretched plan.', ['utterly wretched']],
    ['never across a sentence end', 'It was wretched. Pack it up.', ['wretched']],
    ['no further than the links hold', 'A wretched pack of dogs.', ['wretched pack']],
  ])('%s', (_, text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  test(`no flag grows past ${MAX_LINKED_WORDS} words`, () => {
    const text = `The wretched ${'gang '.repeat(20)}left.`;
    const [flag] = flagText(text, { model: links });
    expect(flag!.text.split(' ')).toHaveLength(MAX_LINKED_WORDS);
  });

  test('a function word a link reached is not left at a flag’s edge', () => {
    expect(flagged('A wretched pack of dogs.', model({ '': { '-4': 'lbias' }, 'R=': { '8': 'pack of' } }))).toEqual(['wretched pack']);
  });

  test('the links stop where the phrase grows unsure: their probabilities multiply', () => {
    // Each link alone is 0.73 sure (logit 1): two are taken (0.73, then 0.53), a third would leave 0.39; "of" at the edge goes.
    const weak = model({ '': { '-7': 'lbias' }, 'R=': { '8': 'pack of liars' } });
    expect(flagged('They met a wretched pack of liars today.', weak)).toEqual(['wretched pack']);
  });

  test('a single listed word grows to its phrase; a curated phrase of several words keeps its bounds', () => {
    const lexiconLinks = model({ '': { '-4': 'lbias' }, 'R=': { '8': 'forces' } });
    const keepsLabels = { ...lexiconLinks, loaded: new Map([...lexiconLinks.loaded, ['lex=label', 9]]) };
    const texts = (text: string) => flagText(text, { model: keepsLabels }).map((f) => [f.text, f.entryId]);
    expect(texts('The regime forces shelled the town.')).toEqual([['regime forces', 'regime']]);
    expect(texts('The anti-Western alliance forces met.').map(([text]) => text)).toEqual(['anti-Western alliance']);
  });

  test('without an extent model a flag is its loaded words alone', () => {
    expect(flagged('They met a wretched pack of liars today.', model())).toEqual(['wretched']);
  });

  test('a damaged extent model is refused whole', () => {
    const result = loadFlagModel({ ...{ version: 1, trainedOn: 'x', loaded: { '': { '1': 'bias' } }, naming: { '': { '1': 'bias' } } }, extent: { '': { NaN: 'lbias' } }, thresholds: { fewer: 0.9, standard: 0.6, more: 0.3, extend: 0.4, lexicon: 1 }, affect: { afinn: {}, vader: {} } });
    expect(result.problem).toMatch(/extent/);
  });
});

describe('link features', () => {
  const text = 'a wretched, so-called “expert” Smith';
  const tokens = wordTokens(text);
  test.each([
    ['a comma', 1, 2, 'gc'],
    ['a space', 0, 1, 'g_'],
    ['a quotation mark', 3, 4, 'gq'],
  ])('name the gap: %s', (_, left, right, gap) => {
    expect(linkFeatures(text, tokens[left]!, tokens[right]!, affect, 'r')).toContain(gap);
  });

  test('say which side the flag holds, the words, and a capital on the right', () => {
    const f = linkFeatures(text, tokens[3]!, tokens[4]!, affect, 'l');
    expect(f).toEqual(expect.arrayContaining(['dir=l', 'L=expert', 'R=smith', 'Rcap']));
    expect(linkFeatures(text, tokens[0]!, tokens[1]!, affect, 'r')).toEqual(expect.arrayContaining(['Raff', 'k=sc']));
  });

  test('say how long the flag is so far, and what lies past the word a link would add', () => {
    expect(linkFeatures(text, tokens[1]!, tokens[2]!, affect, 'r', 2, tokens[3])).toEqual(expect.arrayContaining(['held=2', 'B=expert', 'rBk=c']));
    expect(linkFeatures(text, tokens[3]!, tokens[4]!, affect, 'r', 7)).toEqual(expect.arrayContaining(['held=5+', 'rB=end']));
  });
});

describe('grown flags on bad input still point at their text', () => {
  // A generous runner limit, not a timing goal: `npm run bench` measures the cost.
  test.each([
    ['1 MB of prose', 'They met a wretched pack of liars, gang gang. '.repeat(22_000)],
    ['quote marks between the words', '“wretched” “pack” of “liars” '.repeat(5_000)],
    ['lone surrogates and controls', '\ud800 wretched \u0000 pack \u202e of liars \udfff'],
  ])('%s', { timeout: 120_000 }, (_, text) => {
    const flags = flagText(text, { model: links });
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(text.slice(flag.start, flag.end)).toBe(flag.text);
    for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
  });
});
