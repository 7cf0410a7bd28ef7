import { describe, expect, test } from 'vitest';
import { extractQuotes, quoteOverlap } from '../../../core/matching/quotes';
import { stem } from '../../../core/matching/stem';
import { MAX_TOKEN_CHARS, sentences, tokenize } from '../../../core/matching/tokens';

describe('sentences', () => {
  test.each([
    ['abbreviations do not end a sentence', 'Mr. Putin met Gen. Lind. Then he left.', ['Mr. Putin met Gen. Lind.', 'Then he left.']],
    ['initials do not end a sentence', 'George W. Bush spoke. It rained.', ['George W. Bush spoke.', 'It rained.']],
    ['line breaks do', 'Headline\nFirst line', ['Headline', 'First line']],
    ['quotes closing a sentence', '"It is over." She left.', ['"It is over."', 'She left.']],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('tokenize', () => {
  test.each([
    ["possessives drop their 's", "Russia's war", ['Russia', 'war']],
    ['dotted acronyms', 'the U.S. Senate', ['the', 'U.S.', 'Senate']],
    ['hyphenated names stay whole', 'Kim Jong-un', ['Kim', 'Jong-un']],
    ['figures stay whole', '6.2 magnitude, 1,000 homes, 40%', ['6.2', 'magnitude', '1,000', 'homes', '40%']],
  ])('%s', (_, text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  test('norm is lower case without accents or dots', () => {
    expect(tokenize('Zürich U.S. Café').map((t) => t.norm)).toEqual(['zurich', 'us', 'cafe']);
  });

  test('a run of letters or digits longer than any word is cut, never inside a surrogate pair (tests/fuzz)', () => {
    expect(tokenize(`${'a'.repeat(20_000)} next`).map((t) => t.text.length)).toEqual([MAX_TOKEN_CHARS, 4]);
    expect(tokenize('9'.repeat(5_000))[0]!.norm).toHaveLength(MAX_TOKEN_CHARS);
    expect(tokenize(`a${'𝐦'.repeat(100)}`)[0]!.text).toBe(`a${'𝐦'.repeat(31)}`);
  });
});

describe('stem', () => {
  test.each([
    [['check', 'checks', 'checked', 'checking'], 'check'],
    [['hire', 'hired', 'hiring'], 'hir'],
    [['stop', 'stopped', 'stopping'], 'stop'],
    [['country', 'countries'], 'country'],
    [['protester', 'protesters'], 'protester'],
  ])('%j → %s', (forms, expected) => {
    for (const w of forms) expect(stem(w)).toBe(expected);
  });
});

describe('quotes', () => {
  test.each([
    ['curly double quotes', 'He said “we will rebuild the bridge” on Monday.', ['we will rebuild the bridge']],
    ['straight double quotes', 'He said "we will rebuild the bridge" on Monday.', ['we will rebuild the bridge']],
    ['single quotes in a headline', "Relations are 'at their best in history,' Xi says", ['at their best in history']],
    ['apostrophes are not quotes', "Russia's and China's leaders met in Astana's palace.", []],
    ['one scare-quoted word is not a quote', 'They called it a "tragedy".', []],
  ])('%s', (_, text, expected) => {
    expect(extractQuotes(text, 10).map((q) => q.t)).toEqual(expected);
  });

  test.each([
    ['a long quote is cut at its last space before 160', `"${'flood defences '.repeat(20)}"`, 156],
    // Kept whole up to 400 characters, and an emoji halved, before tests/fuzz.
    ['a quote with no space is cut at 160', `"${'alpha,beta,gamma,'.repeat(20)}"`, 161],
    ['never inside a surrogate pair', `"xxxxxxx,${'alpha,beta,😀,'.repeat(25)}"`, 160],
  ])('%s', (_, text, length) => {
    const shown = extractQuotes(text, 1)[0]!.t;
    expect(shown).toHaveLength(length);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  test('control characters in a quote go like spaces', () => {
    expect(extractQuotes('"we will\u0000rebuild\u001b the bridge"', 1).map((q) => q.t)).toEqual(['we will rebuild the bridge']);
  });

  const q = (text: string) => extractQuotes(`"${text}"`, 1)[0]!;
  test.each([
    ['a clipped quote inside the full one', 'best in history', 'relations are going through the best period in their history', true],
    ['the same words', 'we will rebuild the bridge', 'we will rebuild the bridge', true],
    ['one shared word only', 'the right side of history', 'the best period in their history', false],
    ['different statements', 'the crowd was simply too heavy', 'no deaths were recorded in the town', false],
  ])('%s: overlap %s', (_, a, b, same) => {
    expect(quoteOverlap(q(a), q(b)) > 0).toBe(same);
    expect(quoteOverlap(q(a), q(b))).toBe(quoteOverlap(q(b), q(a)));
  });
});
