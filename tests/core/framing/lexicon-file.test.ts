import { describe, expect, test } from 'vitest';
import { FLAG_CATEGORIES } from '../../../core/protocol/article';
import lexiconFile from '../../../assets/lexicon.json';
import { builtinLexicon, builtinLexiconErrors, builtinLexiconVersion } from '../../../core/framing';

describe('assets/lexicon.json', () => {
  test('is versioned and compiles without errors', () => {
    expect(builtinLexiconVersion()).toBe(1);
    expect(builtinLexiconErrors()).toEqual([]);
    expect(builtinLexicon().entries).toHaveLength(lexiconFile.entries.length);
  });

  test('has at least 250 entries with every category represented', () => {
    expect(lexiconFile.entries.length).toBeGreaterThanOrEqual(250);
    const categories = new Set(lexiconFile.entries.map((e) => e.category));
    // "loaded" words are the learned scorer's: the lexicon need not list any.
    for (const category of FLAG_CATEGORIES.filter((c) => c !== 'loaded')) expect(categories).toContain(category);
  });

  test.each(lexiconFile.entries.map((e) => [e.id, e] as const))('%s has an explanation and a neutral wording', (_id, e) => {
    expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(e.explanation.trim().length).toBeGreaterThan(10);
    expect(e.neutral.length).toBeGreaterThan(0);
  });

  test('includes the seed phrases', () => {
    const ids = lexiconFile.entries.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['anti-western-alliance', 'right-side-of-history']));
  });
});
