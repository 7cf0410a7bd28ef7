/**
 * Names and figures that only one outlet reports. Candidates come from each account's
 * fingerprint (its most central names and numbers, already ranked); whether another
 * outlet has them is checked against that outlet's full text, not its capped
 * fingerprint, so a name the other account mentions once in its tenth paragraph counts
 * as shared. A person counts as mentioned by surname alone ("Voskov"). What is no name a
 * reader would list ("Western", "GDP") is left out, and a kind is said only where it is
 * backed (fact-kind.ts).
 *
 * Data: per column a vocabulary of normalised words, their stems and numbers, built once.
 */
import { LIMITS } from '../matching/fingerprint';
import { NAME_CONNECTORS } from '../matching/lexicon';
import { stem } from '../matching/stem';
import { normalise, tokenize } from '../matching/tokens';
import type { CompareAccount, Fact, OutletColumn } from './compare-accounts';
import { factKind } from './fact-kind';

export const MAX_NAMES = 5;
export const MAX_NUMBERS = 3;

interface Vocabulary {
  words: Set<string>;
  stems: Set<string>;
  nums: Set<string>;
}

export function uniqueFacts(columns: readonly OutletColumn[]): Fact[][] {
  const vocabularies = columns.map((column) => vocabulary(column.accounts));
  return columns.map((column, c) => {
    const others = vocabularies.filter((_, i) => i !== c);
    if (others.length === 0) return [];
    const own = vocabulary([{ title: column.name, text: '' }]).words;
    const names: Fact[] = [];
    const numbers: Fact[] = [];
    const seen = new Set<string>();
    const add = (list: Fact[], fact: Fact) => {
      if (seen.has(fact.text.toLowerCase())) return;
      seen.add(fact.text.toLowerCase());
      list.push(fact);
    };
    for (const account of column.accounts) {
      const { names: multi, words, nums } = account.fingerprint;
      const covered = new Set<string>();
      multi.k.forEach((key, i) => {
        const parts = key.split(' ').filter((p) => !NAME_CONNECTORS.has(p));
        for (const p of parts) covered.add(stem(p));
        // The outlet naming itself ("Eastgate Wire said") is no fact about the event.
        if (parts.every((p) => own.has(p))) return;
        // A multi-word name mostly written as plain words still shows, of no known kind, as before.
        const kind = factKind(multi.d[i]!, multi.c[i] === '-' ? 'e' : multi.c[i]!);
        if (!kind) return;
        const probe = kind === 'person' ? parts.slice(-1) : parts;
        if (!others.some((v) => probe.every((p) => v.words.has(p)))) add(names, { text: multi.d[i]!, kind, context: null });
      });
      words.k.forEach((key, i) => {
        const kind = factKind(words.d[i]!, words.c[i]!);
        if (!kind || covered.has(key) || own.has(words.d[i]!.toLowerCase())) return;
        const word = normalise(words.d[i]!);
        if (!others.some((v) => v.stems.has(key) || hasKin(v.words, word))) add(names, { text: words.d[i]!, kind, context: null });
      });
      nums.k.forEach((key, i) => {
        if (!others.some((v) => v.nums.has(key))) add(numbers, { text: nums.d[i]!, kind: 'number', context: numberContext(account, nums.d[i]!) });
      });
    }
    return [...names.slice(0, MAX_NAMES), ...numbers.slice(0, MAX_NUMBERS)];
  });
}

function vocabulary(accounts: ReadonlyArray<Pick<CompareAccount, 'title' | 'text'>>): Vocabulary {
  const v: Vocabulary = { words: new Set(), stems: new Set(), nums: new Set() };
  for (const account of accounts) {
    for (const t of tokenize(`${account.title ?? ''}\n${account.text.slice(0, LIMITS.textChars)}`)) {
      if (t.num) v.nums.add(t.norm);
      else {
        v.words.add(t.norm);
        v.stems.add(stem(t.norm));
      }
    }
  }
  return v;
}

const KIN_SUFFIXES = ['i', 'n', 'an', 'ian', 'ese', 's'];

/** "Zhaskari" is no news where the other account says "Zhaskar": a place and its people's name are kin. */
function hasKin(words: Set<string>, word: string): boolean {
  if (word.length < 5) return false;
  const cut = [1, 2].map((n) => word.slice(0, -n)).filter((w) => w.length >= 5);
  return [...cut, ...KIN_SUFFIXES.map((suffix) => word + suffix)].some((w) => words.has(w));
}

/** Up to five words before a figure and three after it. */
const WORDS_BEFORE_RE = /(?:\S+\s+){0,5}\S*$/;
const WORDS_AFTER_RE = /^\S*(?:\s+\S+){0,3}/;
const SENTENCE_END_RE = /[.!?]["”’)]*\s|\n/g;

/** "…a pledge to double cross-border rail freight by 2027": the figure with a few words of its sentence. */
export function numberContext(account: Pick<CompareAccount, 'title' | 'text'>, figure: string): string | null {
  for (const source of [account.text, account.title ?? '']) {
    const at = findFigure(source, figure);
    if (at < 0) continue;
    const before = source.slice(sentenceStart(source, at), at).trimStart();
    const after = source.slice(at + figure.length, sentenceEnd(source, at + figure.length)).trimEnd();
    // Whole words either side; a word glued to the figure ("$5", "40%") comes along.
    const head = WORDS_BEFORE_RE.exec(before)![0];
    const tail = WORDS_AFTER_RE.exec(after)![0];
    const snippet = (head + figure + tail).replace(/[\s,;:.]+$/, '');
    return `${head.length < before.length ? '…' : ''}${snippet}${tail.length < after.length ? '…' : ''}`;
  }
  return null;
}

/** The figure as a whole number, not the "12" inside "2012" or "12.5". */
function findFigure(text: string, figure: string): number {
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text.slice(at + figure.length, at + figure.length + 2);
    if (!/[\d.,]/.test(before) && !/^\d|^[.,]\d/.test(after)) return at;
  }
  return -1;
}

function sentenceStart(text: string, at: number): number {
  let start = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m && m.index + m[0].length <= at; m = SENTENCE_END_RE.exec(text)) start = m.index + m[0].length;
  return start;
}

function sentenceEnd(text: string, from: number): number {
  SENTENCE_END_RE.lastIndex = from;
  const m = SENTENCE_END_RE.exec(text);
  return m ? m.index + 1 : text.length;
}
