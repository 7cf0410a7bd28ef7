/**
 * Surface forms of a lexicon entry: the phrase and its listed variants, each with
 * regular English inflection (claim → claims/claimed/claiming), British/American
 * spelling (-ise/-ize, -our/-or, -yse/-yze, -tre/-ter, -lled/-led, defence/defense) and
 * the closed form of hyphenated compounds (anti-western → antiwestern). Hyphen versus
 * space needs no variant: the tokenizer treats both as a word break.
 *
 * Rules over-generate on purpose ("admit" gives both "admited" and "admitted"): a form
 * that never occurs in text costs one map slot, a missing one costs a missed flag.
 * Irregular forms ("tore into") belong in the entry's `variants`.
 */
import type { Inflection, LexiconEntry } from './lexicon-entry';
import { normalize } from './normalize';
import { tokenize } from './tokenize';

const MAX_FORMS = 64;
const IS_WORD = /^[\p{L}\p{N}]+$/u;

function plural(word: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/man$/.test(word)) return [`${word.slice(0, -3)}men`, `${word}s`];
  return [`${word}s`];
}

/** Short final consonant-vowel-consonant syllables double before -ed/-ing ("slam" → "slammed"). */
function mayDouble(word: string): boolean {
  return /[^aeiou][aeiou][bdgklmnprt]$/.test(word);
}

function pastForms(word: string): string[] {
  if (word.endsWith('e')) return [`${word}d`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ied`];
  const forms = [`${word}ed`];
  if (mayDouble(word)) forms.push(`${word}${word.slice(-1)}ed`);
  return forms;
}

function ingForms(word: string): string[] {
  if (word.endsWith('ie')) return [`${word.slice(0, -2)}ying`];
  if (/[^e]e$/.test(word)) return [`${word.slice(0, -1)}ing`];
  const forms = [`${word}ing`];
  if (mayDouble(word)) forms.push(`${word}${word.slice(-1)}ing`);
  return forms;
}

export function inflections(word: string, kind: Inflection): string[] {
  if (kind === 'noun') return [word, ...plural(word)];
  if (kind === 'verb') return [word, ...plural(word), ...pastForms(word), ...ingForms(word)];
  return [word];
}

const SPELLING_PAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
  [/our(s|ed|ing|ite|ites|able|ably)?$/, 'or$1'],
  [/([^i])or(s|ed|ing|ite|ites|able|ably)?$/, '$1our$2'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/([^aeiou])tre(s)?$/, '$1ter$2'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/^(defen|offen|licen|preten)ce(s)?$/, '$1se$2'],
  [/^(defen|offen|licen|preten)se(s)?$/, '$1ce$2'],
  [/ogue(s)?$/, 'og$1'],
];

/** The word and its other-side-of-the-Atlantic spellings. Short words are left alone. */
export function spellings(word: string): string[] {
  const forms = new Set([word]);
  if (word.length >= 5) {
    for (const [pattern, replacement] of SPELLING_PAIRS) {
      if (pattern.test(word)) forms.add(word.replace(pattern, replacement));
    }
  }
  return [...forms];
}

function wordIndexes(tokens: readonly string[]): number[] {
  return tokens.flatMap((token, index) => (IS_WORD.test(token) ? [index] : []));
}

/** Token lists for one written form, with its inflected and respelled variants. */
function expandForm(tokens: readonly string[], inflect: Inflection): string[][] {
  const words = wordIndexes(tokens);
  const target = inflect === 'verb' ? words[0] : words[words.length - 1];
  let forms: string[][] = [[]];
  tokens.forEach((token, index) => {
    const inflected = index === target ? inflections(token, inflect) : [token];
    const options = [...new Set(inflected.flatMap(spellings))];
    const next: string[][] = [];
    for (const form of forms) {
      for (const option of options) {
        if (next.length < MAX_FORMS) next.push([...form, option]);
      }
    }
    forms = next;
  });
  return forms;
}

/** Every token list the entry should match, deduplicated, at most MAX_FORMS per written form. */
export function surfaceForms(entry: Pick<LexiconEntry, 'phrase' | 'variants' | 'inflect'>): string[][] {
  const written = [entry.phrase, ...(entry.variants ?? [])].map((form) => normalize(form).text);
  // "anti-western" is also written "antiwestern"; the spaced form is the tokenizer's job.
  const closed = written.filter((form) => /[\p{L}]-[\p{L}]/u.test(form)).map((form) => form.replace(/(?<=[\p{L}])-(?=[\p{L}])/gu, ''));
  const seen = new Map<string, string[]>();
  for (const form of [...written, ...closed]) {
    const tokens = tokenize(form);
    if (!tokens.some((token) => IS_WORD.test(token))) continue;
    for (const expanded of expandForm(tokens, entry.inflect ?? 'none')) seen.set(expanded.join('\u0000'), expanded);
  }
  return [...seen.values()];
}
