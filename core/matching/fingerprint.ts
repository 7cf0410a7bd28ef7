/**
 * An article reduced to what identifies its event: who and where (names), what (stemmed
 * words), exact figures (numbers), the words spoken (quotes) and when (time).
 *
 * Data: per feature list (words, multi-word names, numbers) parallel arrays of keys,
 * weights, display forms and, for names, a kind letter (`k[i]`, `w[i]`, `d[i]`, `c[i]`),
 * sorted by weight and capped, so a fingerprint is one or two kilobytes of plain JSON
 * whatever the input and can be stored as is in IndexedDB. A weight says how central a
 * feature is to this article: where it first appears (headline, lead, body: weights and
 * caps in tuning.ts) plus how often (log count), because a headline-plus-lead account and
 * a full report of one event share their headline facts, not their tenth paragraphs.
 */
import type { AccountInput } from './account';
import { storyKey } from '../identity/story-address';
import { docCase, entityRuns, isTitleCase, type EntityKind } from './entities';
import { contentParts } from './lexicon';
import { extractQuotes, type Quote } from './quotes';
import { stem } from './stem';
import { defaultTuning, type FingerprintTuning, type MatchTuning } from './tuning';
import { sentences, tokenize, type Token } from './tokens';

export interface FeatureList {
  k: string[];
  w: number[];
  /** Display form per key: "Xi Jinping" for "xi jinping", "Oscars" for "oscar". */
  d: string[];
}

/** Per key, what the name is: person, location, organisation, entity of unknown kind, or '-' not a name. */
export type KindLetter = 'p' | 'l' | 'o' | 'e' | '-';

export interface Fingerprint {
  v: 1;
  id: string;
  url: string | null;
  outlet: string | null;
  /** Publication time in ms since the epoch, or null. */
  time: number | null;
  /**
   * Single words, stemmed, names and common words alike: one key space, so "Putin" still
   * meets "Putin" when one article's spelling hid that it was a name. `c` holds one
   * KindLetter per key.
   */
  words: FeatureList & { c: string };
  /** Multi-word names ("xi jinping", "shanghai cooperation organization"). */
  names: FeatureList & { c: string };
  nums: FeatureList;
  quotes: Quote[];
}

/** Feature caps of the shipped tuning. A 5 MB page and a headline both give at most this much. */
export const LIMITS: Readonly<Pick<FingerprintTuning, 'textChars' | 'sentences' | 'words' | 'names' | 'nums' | 'quotes'>> = defaultTuning.fingerprint;

interface Acc {
  pos: number;
  count: number;
  display: string;
  /** Mentions as person, location, organisation, unknown-kind name, and as a plain word. */
  kinds: [number, number, number, number, number];
}

const KIND_SLOT: Record<EntityKind, number> = { p: 0, l: 1, o: 2, '': 3 };

function bump(map: Map<string, Acc>, key: string, pos: number, display: string, kind: EntityKind | null): void {
  let a = map.get(key);
  if (!a) map.set(key, (a = { pos, count: 0, display, kinds: [0, 0, 0, 0, 0] }));
  a.count++;
  const slot = kind === null ? 4 : KIND_SLOT[kind];
  a.kinds[slot] = a.kinds[slot]! + 1;
  if (pos > a.pos) a.pos = pos;
  // Show a name as a name ("Oscars"), a word in its shortest form ("protest", not "protesters").
  if (kind !== null ? a.display === a.display.toLowerCase() : display.length < a.display.length && a.kinds[4] === a.count) a.display = display;
}

function kindLetter(a: Acc): KindLetter {
  const [p, l, o, e, plain] = a.kinds;
  // A word that is mostly written as a plain word ("rose") is not a name ("Rose").
  if (p + l + o + e === 0 || plain > p + l + o + e) return '-';
  const best = Math.max(p, l, o);
  return best === 0 ? 'e' : best === o ? 'o' : best === p ? 'p' : 'l';
}

function top(map: Map<string, Acc>, cap: number): FeatureList & { c: string } {
  const rows = [...map].map(([k, a]): [string, Acc, number] => [k, a, Math.round((a.pos + Math.log(a.count)) * 100) / 100]);
  rows.sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  const kept = rows.slice(0, cap);
  return { k: kept.map((r) => r[0]), w: kept.map((r) => r[2]), d: kept.map((r) => r[1].display), c: kept.map((r) => kindLetter(r[1])).join('') };
}

function parseTime(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(date);
  return Number.isFinite(t) ? t : null;
}

export function fingerprint(input: AccountInput, tuning: MatchTuning = defaultTuning): Fingerprint {
  const limits = tuning.fingerprint;
  const title = (input.title ?? '').slice(0, limits.titleChars).trim();
  const body = (input.text ?? '').slice(0, limits.textChars);
  const all = (title ? [title] : []).concat(sentences(body).slice(0, limits.sentences));
  const toks: Token[][] = all.map(tokenize);
  const titleCase = toks.map((t, i) => i === 0 && !!title && isTitleCase(t));
  const dc = docCase(toks, titleCase);

  const words = new Map<string, Acc>();
  const names = new Map<string, Acc>();
  const nums = new Map<string, Acc>();
  toks.forEach((tokens, s) => {
    const b = title ? s - 1 : s;
    const pos = b < 0 ? limits.titleWeight : b < limits.leadSentences ? limits.leadWeight : limits.bodyWeight;
    const inName = new Set<number>();
    for (const run of entityRuns(tokens, dc, titleCase[s]!)) {
      if (run.parts.length > 1) bump(names, run.key, pos, run.display, run.kind);
      run.parts.forEach((p, i) => {
        if (p.length > 1) bump(words, stem(p), pos, run.partDisplays[i]!, run.kind);
      });
      for (let i = run.from; i < run.to; i++) inName.add(i);
    }
    tokens.forEach((t, i) => {
      if (t.num) {
        if (t.norm.length > 1) bump(nums, t.norm, pos, t.text, null);
      } else if (!inName.has(i)) {
        for (const w of contentParts(t.norm)) bump(words, stem(w), pos, w, null);
      }
    });
  });

  const { c: _, ...numList } = top(nums, limits.nums);
  return {
    v: 1,
    id: input.id,
    url: storyKey(input.url),
    outlet: input.outlet ?? null,
    time: parseTime(input.date),
    words: top(words, limits.words),
    names: top(names, limits.names),
    nums: numList,
    quotes: extractQuotes(title ? `${title}\n${body}` : body, limits.quotes),
  };
}

/** Feature namespaces in index keys: word, multi-word name, number, quote. */
export const KEY_PREFIX = { word: 'w:', name: 'e:', num: 'n:', quote: 'q:' } as const;

/** The keys an account is posted under in an inverted index: every feature, so at most the sum of LIMITS. */
export function fingerprintKeys(fp: Fingerprint): string[] {
  return [
    ...fp.words.k.map((k) => KEY_PREFIX.word + k),
    ...fp.names.k.map((k) => KEY_PREFIX.name + k),
    ...fp.nums.k.map((k) => KEY_PREFIX.num + k),
    ...fp.quotes.map((q) => KEY_PREFIX.quote + q.h),
  ];
}
