import type { MatchView } from '../core/messages';
import { dayOf, MATCH_WINDOW_DAYS, queryKeys } from '../core/matching/index-keys';
import { eventGroup, GROUP_SIZE, LINK_FLOOR, pairScores } from '../core/matching/event-group';
import { MATCH_THRESHOLD, idf, scoreMatch, similarity, type CorpusStats } from '../core/matching/score';
import type { IDBPTransaction } from 'idb';
import type { IndexEntry } from './index-entry';
import { LIBRARY_STORES, type LibraryDb, type LibrarySchema, type StoredArticle } from './library-db';
import { watched } from './in-transaction';
import { libraryStats } from './library-stats';

/**
 * Candidates are read and scored in full in rounds of this many, best idf mass of the
 * keys shared with the query first; another round follows while the last one still found
 * a match, up to MAX_CANDIDATES. Most events have a few accounts, and a read costs about
 * 0.15 ms in Chromium, so most queries stop after one round.
 */
const ROUND = 16;
const MAX_CANDIDATES = 96;
const MAX_RESULTS = 30;

type LibraryReadTx = IDBPTransaction<LibrarySchema, (typeof LIBRARY_STORES)[number][], 'readonly'>;

/** Other accounts of the same event as the stored article at `url` (none when it is not stored). */
export async function findMatches(db: LibraryDb, url: string): Promise<MatchView[]> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readonly'));
  const [query, stats] = await Promise.all([tx.objectStore('articles').get(url), libraryStats(tx)]);
  if (!query?.fingerprint?.words) {
    await tx.done;
    return [];
  }
  return matchesIn(tx, query, stats, true);
}

/**
 * Other accounts of the same event as `query` (stored or not): candidates from the
 * posting lists of the query's most telling keys (the plan of core/matching/index-keys.ts,
 * as the in-memory index follows it), near its date when it has one, then the full score
 * with its reasons, grouped with one another (core/matching/event-group.ts), best first,
 * never the article itself. An undated account is filed on
 * the day it was first seen, so a dated query finds it when it was read near that date.
 * One read-only transaction: the counts' catch-up, one index range per key, then the
 * candidates a round at a time.
 */
export async function findMatchesFor(db: LibraryDb, query: IndexEntry): Promise<MatchView[]> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readonly'));
  const [stats, selfKey] = await Promise.all([libraryStats(tx), tx.objectStore('articles').getKey(query.url)]);
  return matchesIn(tx, query, stats, selfKey !== undefined);
}

async function matchesIn(tx: LibraryReadTx, query: IndexEntry, stats: CorpusStats, stored: boolean): Promise<MatchView[]> {
  const { url } = query;
  const articles = tx.objectStore('articles');
  const byKey = tx.objectStore('postings').index('by-key');
  const keys = queryKeys(query.fingerprint, stats, { counted: stored });
  // A dated query reads the days around its own; dated accounts further off cannot match.
  const day = query.fingerprint.time === null ? null : dayOf(query.fingerprint.time);
  const [from, to] = day === null ? [-Infinity, Infinity] : [day - MATCH_WINDOW_DAYS, day + MATCH_WINDOW_DAYS];
  const lists = await Promise.all(keys.map((key) => byKey.getAllKeys(IDBKeyRange.bound([key, from], [key, to]))));
  const mass = new Map<string, number>();
  keys.forEach((key, i) => {
    const weight = idf(stats.df(key), stats.docCount);
    for (const other of lists[i]!) if (other !== url) mass.set(other, (mass.get(other) ?? 0) + weight);
  });
  const shortlist = [...mass].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([other]) => other);
  // Everything at LINK_FLOOR or above takes part in grouping; another round is read while
  // the last one still found an account at the threshold itself.
  const scored: Array<{ candidate: StoredArticle; score: number }> = [];
  for (let from = 0; from < shortlist.length; from += ROUND) {
    // Still inside the transaction: scoring is plain computation between its requests.
    const round = await Promise.all(shortlist.slice(from, from + ROUND).map((other) => articles.get(other)));
    let found = 0;
    for (const candidate of round) {
      // A damaged record without a fingerprint cannot be scored; it is skipped, not thrown on.
      if (!candidate?.fingerprint?.words) continue;
      const score = similarity(query.fingerprint, candidate.fingerprint, stats);
      if (score < LINK_FLOOR) continue;
      scored.push({ candidate, score });
      if (score >= MATCH_THRESHOLD) found++;
    }
    if (found === 0) break;
  }
  await tx.done;

  scored.sort((a, b) => b.score - a.score || (a.candidate.url < b.candidate.url ? -1 : 1));
  const grouped = scored.slice(0, GROUP_SIZE);
  const direct = grouped.map((c) => c.score);
  const members = eventGroup(pairScores(query.fingerprint, grouped.map((c) => c.candidate.fingerprint), direct, stats), direct, MATCH_THRESHOLD);
  return members.slice(0, MAX_RESULTS).map(({ at, score, via }) => {
    const { candidate } = grouped[at]!;
    const { reasons } = scoreMatch(query.fingerprint, candidate.fingerprint, stats);
    const link = via === null ? null : grouped[via]!.candidate;
    return {
      url: candidate.url,
      title: candidate.title,
      siteName: candidate.siteName,
      publishedTime: candidate.publishedTime,
      score,
      sharedNames: reasons.sharedEntities.slice(0, 8),
      sharedQuotes: reasons.sharedQuotes.slice(0, 3),
      daysApart: reasons.daysApart,
      people: reasons.people.slice(0, 6),
      places: reasons.places.slice(0, 6),
      orgs: reasons.orgs.slice(0, 6),
      sharedNumbers: reasons.sharedNumbers.slice(0, 4),
      via: link && { url: link.url, title: link.title, siteName: link.siteName },
      pieceKind: candidate.pieceType?.kind ?? null,
    };
  });
}
