/**
 * Direct quotations: the strongest sign that two reports cover the same moment, since
 * outlets copy a speaker's words but paraphrase everything else.
 *
 * Data: each quote keeps a hash of its full normalised wording (an index key that finds
 * verbatim copies) and the set of its content-word stems (for fuzzy comparison). Fuzzy,
 * because headlines clip and rephrase: the Kyiv Independent's 'at their best in history'
 * is Deutsche Welle's "...going through the best period in their history".
 */
import { cutText } from '../text/cut-text';
import { contentParts } from './lexicon';
import { stem } from './stem';
import { tokenize } from './tokens';

export interface Quote {
  /** FNV-1a hash (base 36) of the normalised wording. */
  h: string;
  /** The quote as printed, trimmed, for the popup. */
  t: string;
  /** Distinct content-word stems, at most MAX_STEMS. */
  s: string[];
}

const MAX_STEMS = 24;
const MAX_DISPLAY = 160;
// eslint-disable-next-line no-control-regex -- control characters are no text to show
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f\u0085]+/g;
// Double quotes of any style on one line; single quotes only when they open after a space
// and close before punctuation or space, so apostrophes ("Russia's") are not taken for quotes.
const DOUBLE_RE = /[“"„]([^“”"\n]{3,400}?)[”"“]/g;
const SINGLE_RE = /(?:^|[\s([—–-])[‘']([^'‘’\n]{3,200}?)[’'](?=$|[\s,.;:!?)\]—–-])/g;

export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function toQuote(raw: string): Quote | null {
  const tokens = tokenize(raw);
  const stems = new Set<string>();
  for (const t of tokens) if (!t.num) for (const w of contentParts(t.norm)) stems.add(stem(w));
  // Two content words at least: a single scare-quoted word ("terrorists") is framing, not a quote.
  if (stems.size < 2) return null;
  let t = raw.replace(SPACE_OR_CONTROL, ' ').trim().replace(/[\s,;:]+$/, '');
  if (t.length > MAX_DISPLAY) t = shorten(t) + '…';
  return { h: fnv1a(tokens.map((x) => x.norm).join(' ')), t, s: [...stems].slice(0, MAX_STEMS) };
}

/**
 * The quote cut to MAX_DISPLAY at a space; at MAX_DISPLAY itself when it has none there
 * (Chinese, Japanese, "a,b,c"), never inside a surrogate pair. tests/fuzz found quotes
 * without a space kept whole, up to 400 characters, and emoji halved.
 */
function shorten(t: string): string {
  const space = t.lastIndexOf(' ', MAX_DISPLAY);
  return space > 0 ? t.slice(0, space) : cutText(t, MAX_DISPLAY);
}

/** Quotations in reading order, duplicates (same wording) once, at most `max`. */
export function extractQuotes(text: string, max: number): Quote[] {
  const out: Quote[] = [];
  const seen = new Set<string>();
  for (const re of [DOUBLE_RE, SINGLE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
      const q = toQuote(m[1]!);
      if (q && !seen.has(q.h)) {
        seen.add(q.h);
        out.push(q);
      }
    }
  }
  return out;
}

/**
 * How strongly two quotes are the same words, 0..1. Most of the shorter quote's content
 * words must appear in the longer (a clipped quote is contained in the full one), and two
 * shared words at least, so one common word ("history") never links two speeches.
 */
export function quoteOverlap(a: Quote, b: Quote): number {
  if (a.h === b.h) return 1;
  const [small, large] = a.s.length <= b.s.length ? [a, b] : [b, a];
  if (small.s.length < 2) return 0;
  const set = stemSet(large);
  let shared = 0;
  for (const s of small.s) if (set.has(s)) shared++;
  if (shared < 2) return 0;
  const containment = shared / small.s.length;
  if (containment < 0.6) return 0;
  // A two-word overlap is weaker evidence than a six-word one, even when fully contained.
  return containment * Math.min(1, shared / 4);
}

/** Stem sets built once per quote object: scoring compares the same quotes many times. */
const stemSets = new WeakMap<Quote, Set<string>>();
function stemSet(q: Quote): Set<string> {
  let set = stemSets.get(q);
  if (!set) stemSets.set(q, (set = new Set(q.s)));
  return set;
}
