import { describe, expect, test } from 'vitest';
import { inflections, spellings, surfaceForms } from '../../../core/framing/variants';

const forms = (phrase: string, inflect: 'noun' | 'verb' | 'none' = 'none', variants?: string[]): string[] =>
  surfaceForms({ phrase, inflect, variants }).map((tokens) => tokens.join(' '));

describe('inflections', () => {
  test.each([
    ['claim', 'verb', ['claims', 'claimed', 'claiming']],
    ['slam', 'verb', ['slams', 'slammed', 'slamming']],
    ['admit', 'verb', ['admits', 'admitted', 'admitting']],
    ['decimate', 'verb', ['decimates', 'decimated', 'decimating']],
    ['vilify', 'verb', ['vilifies', 'vilified', 'vilifying']],
    ['regime', 'noun', ['regimes']],
    ['crony', 'noun', ['cronies']],
    ['henchman', 'noun', ['henchmen']],
    ['witch hunt', 'noun', []],
  ] as const)('%s (%s) includes %j', (word, kind, expected) => {
    expect(inflections(word, kind)).toEqual(expect.arrayContaining([word, ...expected]));
  });
});

describe('spellings', () => {
  test.each([
    ['demonise', 'demonize'],
    ['demonized', 'demonised'],
    ['weaponisation', 'weaponization'],
    ['honour', 'honor'],
    ['analyse', 'analyze'],
    ['centre', 'center'],
    ['signalling', 'signaling'],
    ['defence', 'defense'],
  ])('%s ↔ %s', (british, american) => {
    expect(spellings(british)).toContain(american);
  });

  test('leaves short words alone', () => {
    expect(spellings('rise')).toEqual(['rise']);
  });
});

describe('surfaceForms', () => {
  test('hyphenated phrases also match closed up; spaces and hyphens tokenize alike', () => {
    expect(forms('anti-Western alliance', 'noun')).toEqual(
      expect.arrayContaining(['anti western alliance', 'anti western alliances', 'antiwestern alliance', 'antiwestern alliances']),
    );
  });

  test('verbs inflect their first word, nouns their last', () => {
    expect(forms('lash out', 'verb')).toEqual(expect.arrayContaining(['lashed out', 'lashes out', 'lashing out']));
    expect(forms('puppet government', 'noun')).toContain('puppet governments');
  });

  test('listed variants are expanded too, and forms are unique', () => {
    const all = forms('demonise', 'verb', ['vilify']);
    expect(all).toEqual(expect.arrayContaining(['demonized', 'demonising', 'vilified']));
    expect(new Set(all).size).toBe(all.length);
  });

  test('punctuation in a phrase is literal text, not a pattern', () => {
    expect(forms('a.*b')).toEqual(['a . * b']);
  });
});
