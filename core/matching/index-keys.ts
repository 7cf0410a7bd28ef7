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
 * each list within MATCH_WINDOW_DAYS of its date: dated accounts further apart cannot
 * reach the threshold.
 */
import { fingerprintKeys, KEY_PREFIX, type Fingerprint } from './fingerprint';
import { featureVector, reachDays, type CorpusStats } from './score';

/** Keys an account is posted under, quotes included. */
export const POSTED_KEYS = 28;
/** Posted quotes at most (each is one key; most articles have none to three). */
const POSTED_QUOTES = 4;
/** Posting lists a query reads at most. */
export const QUERY_KEYS = 48;
/**
 * A list longer than this share of the library (and than MIN_MAX_LIST) says little about
 * one event and is not read; a query reads at most BUDGET_LISTS such lists' worth of
 * postings in all. Reading fewer, rarer lists also ranks candidates better: on a 50,000-
 * article synthetic library a 200-posting cap found a larger share of the pairs a full
 * scan finds (0.73) than a 5,000-posting budget (0.70, as did posting every key), reading
 * a tenth as many postings; and each posting read costs 10-50 µs in Chromium's IndexedDB.
 */
const MAX_LIST_SHARE = 0.002;
const MIN_MAX_LIST = 200;
const BUDGET_LISTS = 2;

const DAY_MS = 86_400_000;

/** Whole days since the epoch: how postings are filed in time. */
export function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/**
 * Days either side of a dated query's day in which a dated account can still score the
 * shipped threshold (reachDays, plus one for the rounding to whole days): a query reads
 * only that window of each posting list, and loses no match by it.
 */
export const MATCH_WINDOW_DAYS = Math.ceil(reachDays()) + 1;

/** The fingerprint's vector keys, most telling first (ties by key, so the order is stable). */
function rankedFeatures(fp: Fingerprint, stats: CorpusStats): string[] {
  const v = featureVector(fp, stats);
  const order = v.keys.map((_, i) => i);
  order.sort((a, b) => v.vals[b]! - v.vals[a]! || (v.keys[a]! < v.keys[b]! ? -1 : 1));
  return order.map((i) => v.keys[i]!);
}

function quoteKeys(fp: Fingerprint): string[] {
  return [...new Set(fp.quotes.map((q) => KEY_PREFIX.quote + q.h))];
}

/**
 * The keys to post `fp` under, at most POSTED_KEYS: up to POSTED_QUOTES quotations, then
 * features by weight × idf. `stats` should already count this account.
 */
export function indexKeys(fp: Fingerprint, stats: CorpusStats, limit = POSTED_KEYS): string[] {
  const quotes = quoteKeys(fp).slice(0, Math.min(POSTED_QUOTES, limit));
  return [...quotes, ...rankedFeatures(fp, stats).slice(0, limit - quotes.length)];
}

export interface QueryPlanOptions {
  /** The queried account is itself in the library (and counted in `stats`): a key it alone holds is skipped. @default false */
  counted?: boolean;
  /** @default QUERY_KEYS */
  maxKeys?: number;
}

/**
 * The posting lists a query reads, in order: its quotes, then its features by weight ×
 * idf, skipping keys no other account holds and lists too long, until QUERY_KEYS lists or
 * the posting budget (counted in document frequencies, an upper bound of a list's length)
 * is reached.
 */
export function queryKeys(fp: Fingerprint, stats: CorpusStats, options: QueryPlanOptions = {}): string[] {
  const own = options.counted ? 1 : 0;
  const maxKeys = options.maxKeys ?? QUERY_KEYS;
  const maxList = Math.max(MIN_MAX_LIST, stats.docCount * MAX_LIST_SHARE);
  const budget = maxList * BUDGET_LISTS;
  const out: string[] = [];
  let spent = 0;
  for (const key of [...quoteKeys(fp), ...rankedFeatures(fp, stats)]) {
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
