/**
 * The one ranking of other accounts of an event, driven alike by the in-memory EventIndex
 * (the CLI, the evaluation) and by the IndexedDB library (the extension): the store only
 * supplies posting lists and records, so what a reader sees is what scripts/eval-match.ts
 * measures.
 *
 * Steps: the query's posting lists (keys chosen by index-keys.ts#queryKeys) give each
 * account an idf mass of keys shared with the query; the shortlist is the best
 * maxCandidates by that mass (ties by key, so both stores agree); the shortlist is read
 * and fully scored a round at a time, another round following while the last one still
 * found an account at the threshold (most events have a few accounts, and in Chromium a
 * record read costs ~0.15 ms); the candidates at linkFloor or more are grouped
 * (event-group.ts) and the query's group is the listing, best first, each with its reasons.
 *
 * Data: the shortlist is an array of keys; a round is a slice of it; scored candidates are
 * kept in an array and sorted once at the end.
 */
import type { Fingerprint } from './fingerprint';
import { eventGroup, pairScores } from './event-group';
import { idf, scoreMatch, similarity, type CorpusStats, type MatchReasons } from './score';
import { defaultTuning, type MatchTuning } from './tuning';

/** Candidates read and fully scored a round (shipped tuning). */
export const ROUND = defaultTuning.rank.round;
/** Candidates read at most, over all rounds (shipped tuning). */
export const MAX_CANDIDATES = defaultTuning.rank.maxCandidates;

/** An account as a store holds it: its key there (canonical URL, corpus id), its fingerprint, and the store's own record. */
export interface Held<T> {
  key: string;
  fp: Fingerprint;
  record: T;
}

export interface RankedMatch<T> {
  held: Held<T>;
  score: number;
  /** The reasons, their `via` the key of the listed account that links this one (or null). */
  reasons: MatchReasons;
  via: Held<T> | null;
}

/**
 * The keys to read, best first: each account's idf mass over the query's posting lists it
 * appears in (`lists[i]` holds the keys of the accounts posted under `keys[i]`), never the
 * query itself (`self`), at most the tuning's maxCandidates, ties broken by key.
 */
export function shortlist(keys: readonly string[], lists: ReadonlyArray<Iterable<string>>, stats: CorpusStats, self: string | null, tuning: MatchTuning = defaultTuning): string[] {
  const mass = new Map<string, number>();
  keys.forEach((key, i) => {
    const weight = idf(stats.df(key), stats.docCount, tuning);
    for (const other of lists[i] ?? []) if (other !== self) mass.set(other, (mass.get(other) ?? 0) + weight);
  });
  return [...mass]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, tuning.rank.maxCandidates)
    .map(([key]) => key);
}

export interface RankOptions {
  /** Lowest score listed. @default the tuning's threshold */
  minScore?: number;
  /** At most this many matches (and at most the tuning's groupSize). @default its groupSize */
  limit?: number;
  /** @default defaultTuning */
  tuning?: MatchTuning;
}

/**
 * One query's ranking, read in rounds: `next()` names the keys to read (none once
 * ranking is done), `take()` scores what was read, `result()` groups and explains. A
 * record that is missing or damaged (no fingerprint) is skipped, not thrown on.
 */
export class EventRanking<T> {
  private readonly scored: Array<{ held: Held<T>; score: number }> = [];
  private readonly tuning: MatchTuning;
  private readonly minScore: number;
  private readonly floor: number;
  private from = 0;
  private done = false;

  constructor(
    private readonly query: Fingerprint,
    private readonly stats: CorpusStats,
    private readonly keys: readonly string[],
    private readonly options: RankOptions = {},
  ) {
    this.tuning = options.tuning ?? defaultTuning;
    this.minScore = options.minScore ?? this.tuning.score.threshold;
    this.floor = Math.min(this.tuning.group.linkFloor, this.minScore);
  }

  next(): string[] {
    if (this.done || this.from >= this.keys.length) return [];
    const { round: size } = this.tuning.rank;
    const round = this.keys.slice(this.from, this.from + size);
    this.from += size;
    return round;
  }

  take(round: ReadonlyArray<Held<T> | undefined>): void {
    let found = 0;
    for (const held of round) {
      if (!held?.fp?.words) continue;
      const score = similarity(this.query, held.fp, this.stats, this.tuning);
      if (score < this.floor) continue;
      this.scored.push({ held, score });
      if (score >= this.minScore) found++;
    }
    if (found === 0) this.done = true;
  }

  result(): Array<RankedMatch<T>> {
    const { groupSize } = this.tuning.group;
    const limit = Math.min(this.options.limit ?? groupSize, groupSize);
    if (limit <= 0) return [];
    const grouped = [...this.scored].sort((a, b) => b.score - a.score || (a.held.key < b.held.key ? -1 : 1)).slice(0, groupSize);
    const direct = grouped.map((c) => c.score);
    const pair = pairScores(
      this.query,
      grouped.map((c) => c.held.fp),
      direct,
      this.stats,
      this.tuning,
    );
    return eventGroup(pair, direct, this.minScore, this.tuning.group.cohesion)
      .slice(0, limit)
      .map(({ at, score, via }) => {
        const { held } = grouped[at]!;
        const link = via === null ? null : grouped[via]!.held;
        const { reasons } = scoreMatch(this.query, held.fp, this.stats, this.tuning);
        return { held, score, reasons: { ...reasons, score, via: link?.key ?? null }, via: link };
      });
  }
}

/** The whole ranking against a store that answers at once (the in-memory index). */
export function rankNow<T>(query: Fingerprint, stats: CorpusStats, keys: readonly string[], read: (key: string) => Held<T> | undefined, options: RankOptions = {}): Array<RankedMatch<T>> {
  const ranking = new EventRanking<T>(query, stats, keys, options);
  for (let round = ranking.next(); round.length > 0; round = ranking.next()) ranking.take(round.map(read));
  return ranking.result();
}
