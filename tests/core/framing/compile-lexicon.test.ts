import { describe, expect, test } from 'vitest';
import { compileLexicon } from '../../../core/framing/compile-lexicon';
import { findFlags } from '../../../core/framing/find-flags';
import { compileWithUserEntries, flagText as flagWithModel, type FlagOptions } from '../../../core/framing';

// The lexicon's own behaviour: the learned scorer's judgment is tested in model/.
const flagText = (text: string, options: FlagOptions = {}) => flagWithModel(text, { ...options, model: null });

const entry = (phrase: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: phrase.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
  phrase,
  category: 'label',
  explanation: 'test',
  neutral: ['neutral'],
  ...extra,
});

describe('compileLexicon: bad entries are reported and skipped, never thrown', () => {
  test.each([
    ['empty phrase', { phrase: '   ', category: 'label' }, /phrase is empty/],
    ['phrase not text', { phrase: 42, category: 'label' }, /phrase must be text/],
    ['too long', { phrase: 'x'.repeat(201), category: 'label' }, /longer than 200/],
    ['only punctuation', { phrase: '.*+?', category: 'label' }, /no letters or digits/],
    ['unknown category', { phrase: 'regime', category: 'propaganda' }, /unknown category "propaganda"/],
    ['bad id', { id: 'Not Kebab', phrase: 'regime', category: 'label' }, /kebab-case/],
    ['not an object', 'regime', /must be an object/],
    ['null', null, /must be an object/],
  ])('%s', (_name, raw, message) => {
    const { lexicon, errors } = compileLexicon([raw]);
    expect(lexicon.entries).toHaveLength(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(/^entry 1/);
  });

  test('a duplicate id is skipped with a message, the first entry stays', () => {
    const { lexicon, errors } = compileLexicon([entry('regime'), entry('regime')]);
    expect(lexicon.entries).toHaveLength(1);
    expect(errors[0]).toMatch(/already used/);
  });

  test('a bad variant is dropped but the entry stays', () => {
    const { lexicon, errors } = compileLexicon([entry('regime', { variants: ['', '!!!', 'junta'] })]);
    expect(lexicon.entries).toHaveLength(1);
    expect(errors.some((e) => e.includes('variant "!!!"'))).toBe(true);
    expect(findFlags('The junta ruled.', lexicon).map((f) => f.text)).toEqual(['junta']);
  });

  test('user entries need only phrase and category; ids and explanations are filled in', () => {
    const { lexicon, errors } = compileWithUserEntries([{ phrase: 'Freedom Convoy', category: 'label' }, { phrase: '', category: 'label' }]);
    expect(errors).toEqual([expect.stringMatching(/^user entry 2\b.*phrase is empty/)]);
    const flags = flagText('Supporters of the freedom convoy gathered.', { lexicon });
    expect(flags.map((f) => [f.text, f.entryId])).toEqual([['freedom convoy', 'user-freedom-convoy']]);
    expect(flags[0]?.explanation).toMatch(/label/i);
  });

  test('regex-like user phrases are literal text', () => {
    const { lexicon } = compileLexicon([entry('a.*b'), entry('(regime)+')]);
    expect(findFlags('axxb and a.*b', lexicon).map((f) => f.text)).toEqual(['a.*b']);
    expect(findFlags('regime regime', lexicon)).toHaveLength(0);
    expect(findFlags('the (regime)+ said', lexicon).map((f) => f.text)).toEqual(['(regime)+']);
  });

  test('a 200-character phrase compiles and matches', () => {
    const phrase = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ').slice(0, 200).trim();
    const { lexicon, errors } = compileLexicon([entry(phrase, { id: 'long' })]);
    expect(errors).toEqual([]);
    expect(findFlags(`x ${phrase} y`, lexicon)[0]?.text).toBe(phrase);
  });

  // Compile time against entry count is npm run bench's (framing: 10,000 vs 1,000 entries).
  test('10,000 entries compile and still match', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => entry(`term${i} phrase${i % 97}`, { id: `e${i}`, inflect: 'noun' }));
    const { lexicon, errors } = compileLexicon(entries);
    expect(errors).toEqual([]);
    expect(lexicon.entries).toHaveLength(10_000);
    const flags = findFlags('One term9999 phrase8s and term42 phrase42 here.', lexicon);
    expect(flags.map((f) => f.entryId)).toEqual(['e9999', 'e42']);
  });
});
