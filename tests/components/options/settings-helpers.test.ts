import { describe, expect, test } from 'vitest';
import { builtinGroups, filterGroups } from '../../../components/options/lexicon-groups';
import { mutedKeys, withCategoryOn, withPhraseMuted } from '../../../components/options/mutes';
import { siteFromInput } from '../../../components/options/site-input';
import { formatBytes } from '../../../components/options/ui-text';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';

describe('siteFromInput', () => {
  describe('must read a site from', () => {
    test.each([
      ['Example.com', 'example.com'],
      ['  www.Ledger.example ', 'ledger.example'],
      ['https://www.harbour.example/news/1?x=2', 'harbour.example'],
      ['news.bbc.co.uk/world', 'news.bbc.co.uk'],
      ['bücher.example', 'xn--bcher-kva.example'],
      ['localhost', 'localhost'],
      ['127.0.0.1:8080', '127.0.0.1'],
    ])('%s → %s', (input, expected) => {
      expect(siteFromInput(input)).toBe(expected);
    });
  });

  describe('must not read a site from', () => {
    test.each(['', '   ', 'example', 'not a site', 'https://', 'javascript:alert(1)', 'a..b', 'x'.repeat(3000)])('%j', (input) => {
      expect(siteFromInput(input)).toBeNull();
    });
  });
});

describe('mutes', () => {
  test('muting compares phrases as the engine does; unmuting removes every spelling', () => {
    let s = withPhraseMuted(DEFAULT_SETTINGS, 'anti-Western alliance', true);
    s = { ...s, mutedPhrases: [...s.mutedPhrases, 'Anti Western  Alliance'] };
    expect(mutedKeys(s).size).toBe(1);
    expect(withPhraseMuted(s, 'anti-western alliance', false).mutedPhrases).toEqual([]);
  });

  test('switching a category off and on', () => {
    const off = withCategoryOn(DEFAULT_SETTINGS, 'hyperbole', false);
    expect(off.mutedCategories).toEqual(['hyperbole']);
    expect(withCategoryOn(off, 'hyperbole', true).mutedCategories).toEqual([]);
  });
});

describe('builtin lexicon groups', () => {
  test('every entry is in its category, categories in the engine’s order', () => {
    const groups = builtinGroups();
    expect(groups.map((g) => g.category)).toEqual(['label', 'verdict', 'euphemism', 'attribution', 'weasel', 'hyperbole', 'scare-quote', 'appeal', 'loaded']);
    expect(groups.every((g) => g.entries.every((e) => e.category === g.category))).toBe(true);
  });

  test.each([
    ['a phrase', 'right side of history', 'right side of history'],
    ['a variant', 'anti-western axis', 'anti-Western alliance'],
    ['a neutral wording, any case', 'ARMED FORCES', 'war machine'],
  ])('the filter finds %s', (_name, filter, phrase) => {
    const found = filterGroups(builtinGroups(), filter).flatMap((g) => g.entries.map((e) => e.phrase));
    expect(found).toContain(phrase);
  });

  test('a filter nothing matches leaves no group', () => {
    expect(filterGroups(builtinGroups(), 'zzzz qqqq')).toEqual([]);
  });
});

describe('formatBytes', () => {
  test.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [565_100, '565.1 KB'],
    [1_013_400, '1 MB'],
    [2_500_000_000, '2.5 GB'],
  ])('%d → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
