import { describe, expect, test } from 'vitest';
import { flagText as flagWithModel, type FlagOptions } from '../../../core/framing';

// The lexicon's own behaviour: the learned scorer's judgment is tested in model/.
const flagText = (text: string, options: FlagOptions = {}) => flagWithModel(text, { ...options, model: null });

const scare = (text: string): string[] => flagText(text).filter((f) => f.category === 'scare-quote').map((f) => f.text);

describe('scare quotes: must flag', () => {
  test.each([
    ['The “referendum” was held at gunpoint.', '“referendum”'],
    ["The government's 'reforms' have left prices unchanged.", "'reforms'"],
    ['The "liberation" of the town took a week.', '"liberation"'],
    ['Moscow’s so-called peace plan was rejected.', 'so-called'],
    ['The self-styled guru was charged.', 'self-styled'],
  ])('%s', (text, expected) => {
    expect(scare(text)).toEqual([expected]);
  });

  test('the scare-quote flag is the outlet’s voice', () => {
    const [flag] = flagText('The “election” was a formality.');
    expect(flag).toMatchObject({ category: 'scare-quote', voice: 'outlet', speaker: null, entryId: 'scare-quotes' });
  });
});

describe('scare quotes: must not flag', () => {
  test.each([
    ['partial quote with a speaker', 'Putin thanked Kim for his “unwavering support” for the invasion.'],
    ['fragment of a longer quote elsewhere', 'He praised the “key pillars”.\n\n“It is one of the key pillars of the order,” he said.'],
    ['a named term', 'The company dubbed the new model "Falcon."'],
    ['a title in Title Case', 'They watched "Dark Waters" on Friday.'],
    ['a quoted term before its noun', 'The "zero day" flaw was patched.'],
    ['wire-copy jargon after "as"', 'Police treated the fire as "potentially suspicious".'],
    ['a chant', 'Demonstrators chanted "thieves" outside.'],
    ['a yes vote', 'A "yes" vote is expected.'],
    ['attributed', 'The minister called the deal "a good first step."'],
    ['long quotation', 'He warned that “the whole region could go up in flames” within weeks.'],
    ['a heading on its own line', '“Relationship, partnership”\n\nThe leaders met.'],
    ['a mention of a word', 'The term "regime" comes from French.'],
    ['muted', 'The “referendum” was held.'],
  ])('%s', (name, text) => {
    const flags = name === 'muted' ? flagText(text, { mutedCategories: ['scare-quote'] }) : flagText(text);
    expect(flags.filter((f) => f.category === 'scare-quote')).toEqual([]);
  });
});
