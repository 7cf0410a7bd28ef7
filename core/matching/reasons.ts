/**
 * Why two accounts match, in words the popup can print: the names, quotations, key words
 * and figures they share, and how far apart they were published.
 */
import type { Fingerprint } from './fingerprint';
import { stem } from './stem';
import { LIST, type WeightedVector } from './weighted-vector';

export interface MatchReasons {
  /** Shared names as the query prints them, most telling first; a word inside a listed longer name is not repeated. */
  sharedEntities: string[];
  /** The same names by guessed kind; names of unknown kind appear only in sharedEntities. */
  people: string[];
  places: string[];
  orgs: string[];
  /** The query's quotations that the candidate also prints, possibly clipped or rephrased. */
  sharedQuotes: string[];
  /** Shared key words that are not names, most telling first, at most MAX_TERMS. */
  sharedTerms: string[];
  /** Shared figures ("6.1", "40%", "2024"), most telling first. */
  sharedNumbers: string[];
  /**
   * The actions both accounts name (event-words.ts: "block" for "blocks" and "blocking",
   * "authorize" for "authorization"), most central to the query first: what happened,
   * beside who and where.
   */
  sharedActions: string[];
  /** Whole days between publication times, null when either is unknown. */
  daysApart: number | null;
  score: number;
  /**
   * The evidence that carried the learned score most (pair-model.ts: "names", "quotes",
   * "figures", "actions", "topic", "actionsAgree", "figuresAgree"), at most three,
   * most first; empty with the hand-made score.
   */
  carriedBy: string[];
  /**
   * Set when this account is listed through the event's other accounts rather than on its
   * own (see event-group.ts): the id of the listed account it matches best. Null otherwise.
   */
  via: string | null;
}

const MAX_TERMS = 6;
const DAY_MS = 86_400_000;

export function explain(
  q: Fingerprint,
  c: Fingerprint,
  qv: WeightedVector,
  cv: WeightedVector,
  shared: number[],
  sharedQuotes: string[],
  score: number,
): MatchReasons {
  const r: MatchReasons = {
    sharedEntities: [],
    people: [],
    places: [],
    orgs: [],
    sharedQuotes,
    sharedTerms: [],
    sharedNumbers: [],
    sharedActions: [...qv.actions].filter(([action]) => cv.actions.has(action)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([action]) => action),
    daysApart: q.time === null || c.time === null ? null : Math.round(Math.abs(q.time - c.time) / DAY_MS),
    score,
    carriedBy: [],
    via: null,
  };
  const name = (display: string, kind: string): void => {
    r.sharedEntities.push(display);
    if (kind === 'p') r.people.push(display);
    else if (kind === 'l') r.places.push(display);
    else if (kind === 'o') r.orgs.push(display);
  };
  // Most telling first: by contribution to the dot product.
  const order = [...shared].sort((a, b) => qv.vals[b]! * cv.vals[cv.index.get(qv.keys[b]!)!]! - qv.vals[a]! * cv.vals[cv.index.get(qv.keys[a]!)!]!);
  const covered = new Set<string>();
  for (const i of order) {
    if (qv.list[i] !== LIST.name) continue;
    const at = qv.at[i]!;
    name(q.names.d[at]!, q.names.c[at]!);
    for (const w of q.names.k[at]!.split(' ')) covered.add(stem(w));
  }
  for (const i of order) {
    const at = qv.at[i]!;
    if (qv.list[i] === LIST.num) {
      r.sharedNumbers.push(q.nums.d[at]!);
      continue;
    }
    if (qv.list[i] !== LIST.word) continue;
    const key = q.words.k[at]!;
    let kind = q.words.c[at]!;
    let display = q.words.d[at]!;
    // A name for either side is a name: a Title Case headline can hide it in one of them.
    const j = kind === '-' ? cv.at[cv.index.get(qv.keys[i]!)!]! : -1;
    if (j >= 0 && c.words.c[j] !== '-') [kind, display] = [c.words.c[j]!, c.words.d[j]!];
    if (kind !== '-') {
      if (!covered.has(key)) name(display, kind);
    } else if (r.sharedTerms.length < MAX_TERMS) r.sharedTerms.push(display);
  }
  return r;
}
