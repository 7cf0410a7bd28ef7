/**
 * Sentences and word tokens with just enough shape (capitalised? sentence-initial?
 * glued to the previous token?) for entity spotting. Regexes are compiled once; every
 * pass is linear in the (already capped) text.
 */
import { cutText } from '../text/cut-text';
import { ABBREVIATIONS } from './lexicon';

export interface Token {
  /** Surface form, possessive "'s" removed. */
  text: string;
  /** Lower-cased, accents and dots removed: the comparison form. */
  norm: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** An acronym: two or more letters, all upper case ("SCO", "U.S."). */
  acronym: boolean;
  num: boolean;
  /** First token of its sentence, where capitals prove nothing. */
  initial: boolean;
  /** Only spaces separate it from the previous token, so the two may form one name. */
  joined: boolean;
}

// Dotted acronyms first, then numbers (keeping "7.0", "1,000", "40%"), then words with
// inner apostrophes and hyphens ("Jong-un", "Russia's").
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*%?|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const BOUNDARY_RE = /[.!?]+["”’)\]]*\s+|\n+/g;
const MARKS_RE = /\p{M}/gu;
const POSSESSIVE_RE = /['’]s?$/;
const UPPER_RE = /^\p{Lu}/u;
const ACRONYM_RE = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;
const SPACES_RE = /^[ \t]+$/;
/**
 * Longer runs of letters or digits are cut here: no word is longer, while a page of one
 * 20,000-letter "word" made a 40 KB fingerprint whose key no other article shares
 * (tests/fuzz). Scripts written without spaces keep their first 64 characters, still
 * enough to tell two runs apart.
 */
export const MAX_TOKEN_CHARS = 64;

/** Lower case without accents or dots, so "Zelenskyy", "U.S." and "Café" compare plainly. */
export function normalise(word: string): string {
  return word.normalize('NFD').replace(MARKS_RE, '').toLowerCase().replace(/\./g, '');
}

/**
 * Splits on line breaks and on sentence punctuation followed by space, except after an
 * abbreviation or a lone initial ("Mr. Putin", "George W. Bush"), which would otherwise
 * make the following name look sentence-initial.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m; m = BOUNDARY_RE.exec(text)) {
    if (m[0][0] === '.' && m[0].indexOf('\n') < 0) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, m.index - 12), m.index))?.[1] ?? '';
      const word = before.replace(/\./g, '');
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || before.includes('.')) continue;
    }
    // Keep closing quotes and brackets with their sentence: '"It is over."'.
    const s = text.slice(from, m.index + m[0].trimEnd().length).trim();
    if (s) out.push(s);
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sentence); m; m = TOKEN_RE.exec(sentence)) {
    const raw = cutText(m[0], MAX_TOKEN_CHARS);
    const num = raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57;
    const text = num ? raw : raw.replace(POSSESSIVE_RE, '');
    const acronym = !num && ACRONYM_RE.test(text);
    out.push({
      text,
      norm: num ? raw.replace(/,/g, '') : normalise(text),
      cap: !num && UPPER_RE.test(text),
      acronym,
      num,
      initial: out.length === 0,
      joined: prevEnd >= 0 && SPACES_RE.test(sentence.slice(prevEnd, m.index)),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}
