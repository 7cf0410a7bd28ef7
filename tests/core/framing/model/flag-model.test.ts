import { describe, expect, test } from 'vitest';
import { builtinFlagModel, flagText, loadFlagModel, MODEL_ENTRY_ID } from '../../../../core/framing';
import { logistic, type FlagModelFile } from '../../../../core/framing/model/flag-model';
import { scoreWords } from '../../../../core/framing/model/model-flags';

/** A model we write by hand, so each test knows what the scorer must do. */
function handModel(overrides: Partial<FlagModelFile> = {}): FlagModelFile {
  return {
    version: 1,
    trainedOn: 'hand-written test weights',
    loaded: { '': { '-4': 'bias', '0.5': 'outlet', '-3': 'stop' }, 'w=': { '6': 'wretched', '5': 'schemers' }, 'va=': { '3.5': '-3' }, 'p=': { '3': 'wretched' }, 'lex=': { '5': 'label' } },
    naming: { '': { '-1': 'bias' }, 'w=': { '4': 'schemers' } },
    thresholds: { fewer: 0.999, standard: 0.6, more: 0.3, extend: 0.4, lexicon: 1 },
    affect: { afinn: { '-3': 'wretched' }, vader: { '-3': 'wretched vile' } },
    ...overrides,
  };
}

function model(overrides: Partial<FlagModelFile> = {}) {
  const result = loadFlagModel(handModel(overrides));
  if (!result.model) throw new Error(result.problem);
  return result.model;
}

describe('loadFlagModel refuses what is not a model, and says why', () => {
  test.each([
    ['missing', undefined, /missing/],
    ['null', null, /missing/],
    ['a string', 'weights', /version 1/],
    ['another version', { ...handModel(), version: 2 }, /version 1/],
    ['a weight that is not a number', { ...handModel(), loaded: { '': { one: 'bias' } } }, /bad weight/],
    ['an infinite weight', { ...handModel(), loaded: { '': { Infinity: 'bias' } } }, /bad weight/],
    ['a list that is not text', { ...handModel(), loaded: { '': { '1': ['bias'] } } }, /bad weight/],
    ['a group that is not an object', { ...handModel(), loaded: { 'w=': 'x' } }, /bad group/],
    ['no weights at all', { ...handModel(), naming: {} }, /0 weights/],
    ['weights as an array', { ...handModel(), loaded: [1, 2] }, /not an object/],
    ['a threshold out of range', { ...handModel(), thresholds: { fewer: 2, standard: 0.5, more: 0.3, extend: 0.2, lexicon: 0.5 } }, /thresholds/],
    ['thresholds missing', { ...handModel(), thresholds: undefined }, /thresholds/],
    ['an affect row that is not a score', { ...handModel(), affect: { afinn: { bad: 'x' }, vader: {} } }, /bad row/],
    ['affect missing', { ...handModel(), affect: null }, /affect\.afinn/],
  ])('%s', (_, raw, problem) => {
    const result = loadFlagModel(raw);
    expect(result.model).toBeNull();
    expect(result.problem).toMatch(problem);
  });

  test('a sound file loads', () => {
    expect(loadFlagModel(handModel()).problem).toBeNull();
  });

  test('the shipped asset is sound', () => {
    expect(builtinFlagModel().problem).toBeNull();
  });
});

describe('flagging with a model', () => {
  test('a word the lexicon never listed is flagged, scored and explained', () => {
    const flags = flagText('The wretched council met on Monday.', { model: model() });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ text: 'wretched', category: 'loaded', voice: 'outlet', entryId: MODEL_ENTRY_ID });
    expect(flags[0]!.score).toBeGreaterThan(0.6);
    expect(flags[0]!.explanation).toMatch(/outlet’s own voice/);
    expect(flags[0]!.explanation).toMatch(/flagged because/);
  });

  test('neighbours that score high enough join the flag, function words only inside it', () => {
    const flags = flagText('They called them wretched schemers.', { model: model() });
    expect(flags.map((f) => f.text)).toEqual(['wretched schemers']);
    expect(flags[0]!.category).toBe('loaded');
  });

  test('the naming model makes a label of a name-calling noun', () => {
    const flags = flagText('Those schemers met again.', { model: model() });
    expect(flags.map((f) => [f.text, f.category])).toEqual([['schemers', 'label']]);
  });

  test('the reader’s setting moves the threshold', () => {
    const text = 'The vile plan passed.'; // vile: va=-3 only, a score of 0.5
    const m = model();
    expect(flagText(text, { model: m, sensitivity: 'standard' })).toEqual([]);
    expect(flagText(text, { model: m, sensitivity: 'more' }).map((f) => f.text)).toEqual(['vile']);
    expect(flagText('The wretched plan passed.', { model: m, sensitivity: 'fewer' })).toEqual([]);
  });

  test('lexicon phrases are kept only when the model scores them at the threshold', () => {
    const text = 'Forces loyal to the regime shelled the town.';
    expect(flagText(text, { model: null }).map((f) => f.text)).toEqual(['regime']);
    const kept = flagText(text, { model: model() });
    expect(kept.map((f) => [f.text, f.entryId])).toEqual([['regime', 'regime']]);
    expect(kept[0]!.score).toBeGreaterThan(0.6);
    expect(flagText(text, { model: model({ loaded: { '': { '-4': 'bias' } } }) })).toEqual([]);
  });

  test('a lexicon phrase needs only its share of the threshold', () => {
    const text = 'Forces loyal to the regime shelled the town.'; // regime alone scores about 0.5
    const weak = { loaded: { '': { '-4': 'bias', '0.5': 'outlet' }, 'lex=': { '3.5': 'label' } } };
    expect(flagText(text, { model: model(weak) })).toEqual([]);
    const share = model({ ...weak, thresholds: { fewer: 0.999, standard: 0.6, more: 0.3, extend: 0.4, lexicon: 0.5 } });
    expect(flagText(text, { model: share }).map((f) => f.text)).toEqual(['regime']);
  });

  test('words a speaker says of themselves are left alone', () => {
    const m = model();
    expect(flagText('“I was a wretched student,” she said.', { model: m })).toEqual([]);
    expect(flagText('“He was a wretched student,” she said.', { model: m }).map((f) => f.text)).toEqual(['wretched']);
  });

  test('muting the model’s entry, its category or its phrase silences its flags', () => {
    const text = 'The wretched council met.';
    const m = model();
    expect(flagText(text, { model: m, mutedEntryIds: [MODEL_ENTRY_ID] })).toEqual([]);
    expect(flagText(text, { model: m, mutedCategories: ['loaded'] })).toEqual([]);
    expect(flagText(text, { model: m, mutedPhrases: ['Wretched'] })).toEqual([]);
  });

  test('without a model the lexicon alone flags, as before', () => {
    const text = 'The wretched regime met.';
    expect(flagText(text, { model: null }).map((f) => f.text)).toEqual(['regime']);
  });
});

describe('bad input never throws, and flags point at their text', () => {
  const m = model();
  const cases: [string, string][] = [
    ['5 MB of prose', 'The wretched council met. '.repeat(200_000)],
    ['quote marks only', '"“”‘’«»'.repeat(50_000)],
    ['one enormous word', 'x'.repeat(2_000_000)],
    ['lone surrogates and controls', '\ud800 wretched \u0000\u202e schemers \udfff'],
  ];
  // A generous runner limit, not a timing goal: `npm run bench` measures the cost.
  test.each(cases)('%s', { timeout: 180_000 }, (_, text) => {
    const flags = flagText(text, { model: m });
    for (const flag of flags) expect(text.slice(flag.start, flag.end)).toBe(flag.text);
  });

  test('a corrupt model gives the lexicon’s flags, not an exception', () => {
    const broken = loadFlagModel({ ...handModel(), loaded: { '': { NaN: 'bias' } } });
    expect(broken.model).toBeNull();
    expect(flagText('Forces loyal to the regime shelled the town.', { model: broken.model }).map((f) => f.text)).toEqual(['regime']);
  });
});

describe('the fast scorer', () => {
  test('gives every word of a text the score its listed features give', () => {
    const loaded = builtinFlagModel().model!;
    const text = 'The regime’s “venomous” thugs crushed the protest! Critics say the so-called reform is a disgrace, said Ann Reed. Is it?\n\nAnother paragraph, calm and plain.';
    const lexiconFlags = flagText(text, { model: null });
    const { tokens, scored, featuresAt } = scoreWords(text, loaded, lexiconFlags);
    expect(scored).toHaveLength(tokens.length);
    for (const word of scored) expect(word.score).toBeCloseTo(logistic(loaded.loaded, featuresAt(word.index)), 10);
  });
});
