/**
 * Which keys an account is posted under in an inverted index, and which posting lists a
 * query reads: the same choice for the in-memory EventIndex and the IndexedDB library,
 * so scripts/eval-match.ts measures the candidate generation the extension ships.
 *
 * An account is posted under its quotations and its most telling features only: those
 * that add most to a score (centrality × idf × name or figure bonus, as the scorer weighs
 * them), not all ~120 of them. Everyday words ("officials", "said") would post an article
 * under lists of tens of thousands that no query reads, at one stored row each. A query
 * reads the lists of its own most telling keys, skipping keys no other account holds and
 * lists too long to be worth their cost; a same-event account shares its headline names,
 * figures and quotes, which rank high on both sides. A dated query reads only the part of
 * each list within matchWindowDays of its date: dated accounts further apart cannot
 * reach the threshold.
 */
import { fingerprintKeys, KEY_PREFIX, type Fingerprint } from './fingerprint';
import { featureVector, reachDays, type CorpusStats } from './score';
import { defaultTuning, type MatchTuning } from './tuning';

/** Keys an account is posted under, quotes included (shipped tuning). */
export const POSTED_KEYS = defaultTuning.index.postedKeys;
/** Posting lists a query reads at most (shipped tuning). */
export const QUERY_KEYS = defaultTuning.index.queryKeys;

const DAY_MS = 86_400_000;

/** Whole days since the epoch: how postings are filed in time. */
export function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/**
 * Days either side of a dated query's day in which a dated account can still score
 * `minScore` (reachDays, plus one for the rounding to whole days): a query reads only
 * that window of each posting list, and loses no match by it.
 */
export function matchWindowDays(minScore?: number, tuning: MatchTuning = defaultTuning): number {
  return Math.ceil(reachDays(minScore, tuning)) + 1;
}

/** The fingerprint's vector keys, most telling first (ties by key, so the order is stable). */
function rankedFeatures(fp: Fingerprint, stats: CorpusStats, tuning: MatchTuning): string[] {
  const v = featureVector(fp, stats, tuning);
  const order = v.keys.map((_, i) => i);
  order.sort((a, b) => v.vals[b]! - v.vals[a]! || (v.keys[a]! < v.keys[b]! ? -1 : 1));
  return order.map((i) => v.keys[i]!);
}

function quoteKeys(fp: Fingerprint): string[] {
  return [...new Set(fp.quotes.map((q) => KEY_PREFIX.quote + q.h))];
}

/**
 * The keys to post `fp` under, at most the tuning's postedKeys: up to postedQuotes
 * quotations, then features by weight × idf. `stats` should already count this account.
 */
export function indexKeys(fp: Fingerprint, stats: CorpusStats, tuning: MatchTuning = defaultTuning): string[] {
  const { postedKeys, postedQuotes } = tuning.index;
  const quotes = quoteKeys(fp).slice(0, Math.min(postedQuotes, postedKeys));
  return [...quotes, ...rankedFeatures(fp, stats, tuning).slice(0, postedKeys - quotes.length)];
}

export interface QueryPlanOptions {
  /** The queried account is itself in the library (and counted in `stats`): a key it alone holds is skipped. @default false */
  counted?: boolean;
  /** @default the tuning's queryKeys */
  maxKeys?: number;
  /** @default defaultTuning */
  tuning?: MatchTuning;
}

/**
 * The posting lists a query reads, in order: its quotes, then its features by weight ×
 * idf, skipping keys no other account holds and lists too long, until queryKeys lists or
 * the posting budget (counted in document frequencies, an upper bound of a list's length)
 * is reached.
 */
export function queryKeys(fp: Fingerprint, stats: CorpusStats, options: QueryPlanOptions = {}): string[] {
  const tuning = options.tuning ?? defaultTuning;
  const { queryKeys: maxQueryKeys, minMaxList, maxListShare, budgetLists } = tuning.index;
  const own = options.counted ? 1 : 0;
  const maxKeys = options.maxKeys ?? maxQueryKeys;
  const maxList = Math.max(minMaxList, stats.docCount * maxListShare);
  const budget = maxList * budgetLists;
  const out: string[] = [];
  let spent = 0;
  for (const key of [...quoteKeys(fp), ...rankedFeatures(fp, stats, tuning)]) {
    const others = stats.df(key) - own;
    if (others <= 0 || others > maxList) continue;
    if (spent > 0 && spent + others > budget) continue;
    spent += others;
    out.push(key);
    if (out.length >= maxKeys) break;
  }
  return out;
}

/** Every key an account's features count in the document frequencies (all of them, posted or not). */
export function countedKeys(fp: Fingerprint): string[] {
  return [...new Set(fingerprintKeys(fp))];
}
