import { describe, expect, test } from 'vitest';
import { compileWithUserEntries } from '../../../core/framing';
import { checkNewPhrase, exportOwnEntries, importOwnEntries, IMPORT_MAX_ENTRIES, type NewPhrase } from '../../../components/options/own-entries';

const phrase = (over: Partial<NewPhrase>): NewPhrase => ({ phrase: 'puppet parliament', category: 'label', explanation: '', neutral: '', ...over });
const mine = { id: 'user-rubber-stamp-body', phrase: 'rubber-stamp body', category: 'label', explanation: 'Calls a legislature powerless.', neutral: ['legislature'] };

describe('checkNewPhrase', () => {
  describe('must accept', () => {
    test.each<[string, Partial<NewPhrase>, object]>([
      ['a phrase and category; the engine fills the explanation', {}, { id: 'user-puppet-parliament', phrase: 'puppet parliament', category: 'label', explanation: expect.stringContaining('label') }],
      ['trimmed, with neutral wordings one per line', { phrase: '  storm of outrage ', category: 'hyperbole', neutral: 'criticism\n\n  protest \n' }, { phrase: 'storm of outrage', neutral: ['criticism', 'protest'] }],
      ['exactly 200 characters', { phrase: 'a'.repeat(200) }, { phrase: 'a'.repeat(200) }],
    ])('%s', (_name, over, expected) => {
      const checked = checkNewPhrase(phrase(over), [mine], 'Your phrase');
      expect(checked).toEqual({ entry: expect.objectContaining(expected) });
      // And the engine compiles it without a word of complaint.
      expect(compileWithUserEntries([mine, (checked as { entry: unknown }).entry]).errors).toEqual([]);
    });
  });

  describe('must refuse, with the engine’s reason', () => {
    test.each<[string, Partial<NewPhrase>, string]>([
      ['an empty phrase', { phrase: '   ' }, 'Your phrase ("   "): phrase is empty'],
      ['a phrase over 200 characters', { phrase: 'a'.repeat(201) }, 'longer than 200 characters'],
      ['punctuation only', { phrase: '?!' }, 'no letters or digits'],
      ['an unknown category', { category: 'propaganda' }, 'unknown category "propaganda"'],
      ['a builtin phrase, however written', { phrase: 'Anti-Western  Alliance' }, 'already in the built-in lexicon'],
      ['one of the reader’s own again', { phrase: 'rubber stamp body' }, 'already one of your phrases'],
    ])('%s', (_name, over, reason) => {
      const checked = checkNewPhrase(phrase(over), [mine], 'Your phrase');
      expect('error' in checked && checked.error).toContain(reason);
    });
  });
});

describe('import and export', () => {
  test('what is exported imports again, unchanged', () => {
    const file = exportOwnEntries([mine, { nonsense: true }]);
    expect(JSON.parse(file)).toMatchObject({ format: 'parallax-own-phrases', version: 1, entries: [expect.objectContaining(mine)] });
    const result = importOwnEntries(file, []);
    expect(result).toEqual({ entries: [expect.objectContaining(mine)], added: 1 });
  });

  test('imported entries are added; one with the same id replaces the reader’s; unreadable ones stay', () => {
    const replacement = { ...mine, explanation: 'New words.' };
    const other = { phrase: 'crushing defeat', category: 'hyperbole' };
    const result = importOwnEntries(JSON.stringify([replacement, other]), [{ junk: 1 }, mine]);
    expect(result).toEqual({
      entries: [{ junk: 1 }, expect.objectContaining({ explanation: 'New words.' }), expect.objectContaining({ id: 'user-crushing-defeat' })],
      added: 2,
    });
  });

  describe('must refuse the whole file', () => {
    test.each<[string, string, string]>([
      ['not JSON', '{"entries": [', 'not a JSON file'],
      ['no list', '{"phrases": {}}', 'no list of phrases'],
      ['an empty list', '[]', 'no phrase'],
      ['one bad entry among good ones', JSON.stringify([mine, { phrase: '', category: 'label' }]), 'entry 2 (""): phrase is empty'],
      ['an unknown category', JSON.stringify({ entries: [{ phrase: 'x y', category: 'spin' }] }), 'unknown category "spin"'],
      ['a builtin id', JSON.stringify([{ id: 'regime', phrase: 'regime', category: 'label' }]), 'id "regime" is already used'],
      ['the same id twice', JSON.stringify([mine, mine]), 'is already used'],
      ['too many', JSON.stringify(Array.from({ length: IMPORT_MAX_ENTRIES + 1 }, (_, i) => ({ phrase: `p ${i}`, category: 'label' }))), 'more than'],
    ])('%s', (_name, text, reason) => {
      const result = importOwnEntries(text, [mine]);
      expect('error' in result && result.error).toContain('nothing changed');
      expect('error' in result && result.error).toContain(reason);
    });
  });
});
