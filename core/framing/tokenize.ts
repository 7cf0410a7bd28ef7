/**
 * One tokenizer for lexicon phrases and article text, so both sides agree on what a word
 * is. It runs on normalised text (see normalize.ts).
 *
 * Words are runs of letters and digits. Whitespace, and a hyphen or apostrophe standing
 * between two word characters, only separate words: "anti-western" and "anti western"
 * give the same tokens, and "regime's" gives "regime" + "s" so the noun still matches.
 * Every other mark, a line break included, is a token of its own, so a phrase never runs
 * across a full stop or a paragraph, and a user phrase such as "a.*b" is literal text.
 *
 * Each token carries an FNV-1a hash computed while scanning, so the matcher can look a
 * token up in an integer-keyed map without cutting a substring for every word.
 */

export const WORD = 1;
export const SPACE = 2;
export const JOINER = 3;
export const MARK = 4;

const classes = new Uint8Array(65536); // 0 = not classified yet
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;

for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  if (/[a-z0-9]/i.test(ch)) classes[code] = WORD;
  else if (ch === '-' || ch === "'") classes[code] = JOINER;
  else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') classes[code] = SPACE;
  else classes[code] = MARK; // '\n' included: paragraphs are hard boundaries
}

/** The class of one UTF-16 code unit; non-ASCII units are classified on first sight. */
export function charClass(code: number): number {
  const known = classes[code] ?? MARK;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  let cls = MARK; // surrogate halves (emoji and rare scripts) count as marks
  if (code < 0xd800 || code > 0xdfff) {
    if (WORD_CHAR.test(ch)) cls = WORD;
    else if (SPACE_CHAR.test(ch) && code !== 0x2028 && code !== 0x2029) cls = SPACE;
  }
  classes[code] = cls;
  return cls;
}

export function isWordCode(code: number): boolean {
  return charClass(code) === WORD;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Keeps hashes in small-integer range, which V8 maps handle fastest. */
function finishHash(hash: number): number {
  return hash & 0x3fffffff;
}

/** The hash TokenScanner gives a token with this exact text. */
export function hashToken(token: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), FNV_PRIME);
  return finishHash(hash);
}

/** Walks tokens left to right without allocating; read the fields after each `next()`. */
export class TokenScanner {
  start = 0;
  end = 0;
  hash = 0;
  isWord = false;
  private pos: number;

  constructor(
    private readonly text: string,
    from = 0,
    private readonly to = text.length,
  ) {
    this.pos = from;
  }

  next(): boolean {
    const { text, to } = this;
    let i = this.pos;
    while (i < to) {
      const code = text.charCodeAt(i);
      const cls = code < 128 ? (classes[code] ?? MARK) : charClass(code);
      if (cls === WORD) {
        let hash = FNV_OFFSET;
        const start = i;
        let c = code;
        do {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          c = ++i < to ? text.charCodeAt(i) : 0;
        } while (i < to && (c < 128 ? classes[c] === WORD : charClass(c) === WORD));
        return this.emit(start, i, finishHash(hash), true);
      }
      if (cls === SPACE || (cls === JOINER && this.joinsWords(i))) {
        i++;
        continue;
      }
      return this.emit(i, i + 1, finishHash(Math.imul(FNV_OFFSET ^ code, FNV_PRIME)), false);
    }
    this.pos = i;
    return false;
  }

  private joinsWords(i: number): boolean {
    return i > 0 && i + 1 < this.to && isWordCode(this.text.charCodeAt(i - 1)) && isWordCode(this.text.charCodeAt(i + 1));
  }

  private emit(start: number, end: number, hash: number, isWord: boolean): true {
    this.start = start;
    this.end = end;
    this.hash = hash;
    this.isWord = isWord;
    this.pos = end;
    return true;
  }
}

/** All tokens of a short string (lexicon phrases, context words). */
export function tokenize(text: string): string[] {
  const scanner = new TokenScanner(text);
  const tokens: string[] = [];
  while (scanner.next()) tokens.push(text.slice(scanner.start, scanner.end));
  return tokens;
}

/**
 * Up to `max` words right before `pos`, nearest first. Stops at any mark, so context
 * rules never look across a comma, a quote mark or a sentence end.
 */
export function wordsBefore(text: string, pos: number, max: number): string[] {
  const words: string[] = [];
  let i = pos - 1;
  while (i >= 0 && words.length < max) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === SPACE || (cls === JOINER && i > 0 && isWordCode(text.charCodeAt(i - 1)) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)))) {
      i--;
      continue;
    }
    if (cls !== WORD) break;
    const end = i + 1;
    while (i >= 0 && isWordCode(text.charCodeAt(i))) i--;
    words.push(text.slice(i + 1, end));
  }
  return words;
}

/** Up to `max` words right after `pos`, nearest first; stops at any mark. */
export function wordsAfter(text: string, pos: number, max: number): string[] {
  const scanner = new TokenScanner(text, pos);
  const words: string[] = [];
  while (words.length < max && scanner.next() && scanner.isWord) words.push(text.slice(scanner.start, scanner.end));
  return words;
}
