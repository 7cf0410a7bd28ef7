/**
 * The learned scorer's words, cut by one scan of character codes: a word is a run of
 * letters and digits (`[\p{L}\p{N}]+`), and an apostrophe, a curly apostrophe or a
 * hyphen between two such runs keeps them one word ("so-called", "anti-Western",
 * "regime’s"). Sentences end at . ! ? or a line break between two words.
 *
 * The same words as the regex `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`, flags `gu`, over the text
 * (tests/core/framing/model/word-tokens.test.ts compares both on every kind of
 * character), without a match object per word: the regex's `matchAll` cost as much as
 * scoring the words. ASCII is read from a table; any other code point is asked of the
 * Unicode properties once and remembered.
 */

export interface WordToken {
  start: number;
  end: number;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  sentence: number;
  /** Index of the first word of its sentence. */
  sentenceStart: number;
}

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
/** Letters and digits of the Basic Multilingual Plane, classified on first sight. */
const bmp = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) bmp[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? WORD : OTHER;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const astral = new Map<number, boolean>();

/** How many code units the letter or digit at `i` takes (1, or 2 for a surrogate pair), 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code !== code) return 0; // NaN: past the end
  if (code < 0xd800 || code > 0xdbff) {
    let cls = bmp[code]!;
    if (cls === UNKNOWN) {
      // A lone low surrogate stays unknown-then-other: it is never a letter by itself.
      cls = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD : OTHER;
      bmp[code] = cls;
    }
    return cls === WORD ? 1 : 0;
  }
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0; // a lone high surrogate
  const point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let known = astral.get(point);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    astral.set(point, known);
  }
  return known ? 2 : 0;
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 45;

function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Whether the gap between two words holds a sentence end: read in place, not sliced. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true; // . ! ? and a line break
  }
  return false;
}

export function wordTokens(text: string): WordToken[] {
  return scan(text, null);
}

/**
 * The words, and beside them a hash of each word's lower case (FNV-1a, 30 bits): the
 * scorer finds a word's weights by this number first, a lookup much cheaper than by a
 * freshly cut string, whose own hash would have to be computed on every lookup.
 */
export function hashedWordTokens(text: string): { tokens: WordToken[]; hashes: number[] } {
  const hashes: number[] = [];
  return { tokens: scan(text, hashes), hashes };
}

function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

function scan(text: string, hashes: number[] | null): WordToken[] {
  const tokens: WordToken[] = [];
  let sentence = 0;
  let sentenceStart = 0;
  let previousEnd = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    let width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    // A word of lower-case ASCII letters and digits is its own lower case: no second string.
    let plain = width === 1 && !(text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90) && text.charCodeAt(i) < 128;
    i += width;
    for (;;) {
      for (;;) {
        const code = text.charCodeAt(i);
        if (code < 128) {
          if (bmp[code] !== WORD) break;
          if (code <= 90 && code >= 65) plain = false;
          i++;
        } else {
          width = wordCharAt(text, i);
          if (width === 0) break;
          plain = false;
          i += width;
        }
      }
      const joiner = text.charCodeAt(i);
      if ((joiner === APOSTROPHE || joiner === CURLY_APOSTROPHE || joiner === HYPHEN) && (width = wordCharAt(text, i + 1)) !== 0) {
        const after = text.charCodeAt(i + 1);
        if (joiner === CURLY_APOSTROPHE || after >= 128 || (after >= 65 && after <= 90)) plain = false;
        i += 1 + width;
      } else break;
    }
    if (tokens.length > 0 && endsSentence(text, previousEnd, start)) {
      sentence++;
      sentenceStart = tokens.length;
    }
    const word = text.slice(start, i);
    const lower = plain ? word : lowerWord(word);
    tokens.push({ start, end: i, lower, sentence, sentenceStart });
    if (hashes) hashes.push(hashOf(lower));
    previousEnd = i;
  }
  return tokens;
}
