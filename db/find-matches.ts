import type { MatchView } from '../core/protocol/messages';
import { dayOf, matchWindowDays, queryKeys } from '../core/matching/index-keys';
import { EventRanking, shortlist } from '../core/matching/rank-event';
import type { CorpusStats } from '../core/matching/score';
import { defaultTuning, type MatchTuning } from '../core/matching/tuning';
import type { IndexEntry } from './index-entry';
import { LIBRARY_STORES, type LibraryDb, type LibrarySchema, type PendingRow, type PostingRow } from './library-schema';
import { watched } from './in-transaction';
import { libraryStats } from './library-stats';
import type { IDBPTransaction } from 'idb';

type LibraryReadTx = IDBPTransaction<LibrarySchema, (typeof LIBRARY_STORES)[number][], 'readonly'>;

/**
 * Other accounts of the same event as the stored article at `url` (none when it is not
 * stored). `tuning` weighs the query (the stored fingerprints and postings were made with
 * the shipped one).
 */
export async function findMatches(db: LibraryDb, url: string, tuning: MatchTuning = defaultTuning): Promise<MatchView[]> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readonly'));
  // The article's card holds its fingerprint, without the text the record carries.
  const [card, stats] = await Promise.all([tx.objectStore('postings').get(url), libraryStats(tx)]);
  if (!card?.fingerprint?.words) {
    await tx.done;
    return [];
  }
  return matchesIn(tx, { url, fingerprint: card.fingerprint }, stats, true, tuning);
}

/**
 * Other accounts of the same event as `query` (stored or not): candidates from the
 * posting lists of the query's most telling keys (the plan of core/matching/index-keys.ts,
 * as the in-memory index follows it), near its date when it has one, then the full score
 * with its reasons, grouped with one another (core/matching/event-group.ts), best first,
 * never the article itself. An undated account is filed on
 * the day it was first seen, so a dated query finds it when it was read near that date.
 * One read-only transaction: the counts' catch-up, one index range per key with the keys
 * not filed yet (`pending`, read whole: they are few and small, and each article counts
 * under them as if filed, so a visit just saved is found), then the candidates' cards a
 * round at a time; the answer is given as soon as the last read is.
 */
export async function findMatchesFor(db: LibraryDb, query: IndexEntry, tuning: MatchTuning = defaultTuning): Promise<MatchView[]> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readonly'));
  const [stats, selfKey] = await Promise.all([libraryStats(tx), tx.objectStore('articles').getKey(query.url)]);
  return matchesIn(tx, query, stats, selfKey !== undefined, tuning);
}

/**
 * Adds each article whose keys wait in `pending` to the lists of those keys, within the
 * days read, as the index will list it once they are filed (the order of a list does not
 * change a shortlist).
 */
function withPending(keys: readonly string[], lists: string[][], rows: readonly PendingRow[], from: number, to: number): void {
  if (rows.length === 0) return;
  const at = new Map(keys.map((key, i) => [key, i]));
  for (const row of rows) {
    for (const [key, day] of row.keys) {
      const i = at.get(key);
      if (i !== undefined && day >= from && day <= to) lists[i]!.push(row.url);
    }
  }
}

async function matchesIn(tx: LibraryReadTx, query: Pick<IndexEntry, 'url' | 'fingerprint'>, stats: CorpusStats, stored: boolean, tuning: MatchTuning): Promise<MatchView[]> {
  const postings = tx.objectStore('postings');
  const byKey = postings.index('by-key');
  const keys = queryKeys(query.fingerprint, stats, { counted: stored, tuning });
  // A dated query reads the days around its own; dated accounts further off cannot match.
  const day = query.fingerprint.time === null ? null : dayOf(query.fingerprint.time);
  const window = matchWindowDays(undefined, tuning);
  const [from, to] = day === null ? [-Infinity, Infinity] : [day - window, day + window];
  const [waiting, ...lists] = await Promise.all([tx.objectStore('pending').getAll(), ...keys.map((key) => byKey.getAllKeys(IDBKeyRange.bound([key, from], [key, to])))]);
  withPending(keys, lists, waiting, from, to);
  const ranking = new EventRanking<PostingRow>(query.fingerprint, stats, shortlist(keys, lists, stats, query.url, tuning), { tuning });
  // Still inside the transaction: scoring is plain computation between its requests.
  // Candidates are read as their cards: ranking and the listing need nothing else.
  for (let round = ranking.next(); round.length > 0; round = ranking.next()) {
    const cards = await Promise.all(round.map((url) => postings.get(url)));
    ranking.take(cards.map((card) => card && { key: card.url, fp: card.fingerprint, record: card }));
  }
  // Not waiting for the transaction's end: a read-only one has nothing to commit, every
  // read is answered by now, and its end is one more trip to the database (0.5-0.9 ms of
  // 7 at 20,000 articles, in Chromium); `watched` keeps a failed end heard.
  return ranking.result().map(({ held: { record: candidate }, score, reasons, via }) => {
    const link = via?.record ?? null;
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
      sharedActions: reasons.sharedActions.slice(0, 4),
      via: link && { url: link.url, title: link.title, siteName: link.siteName },
      pieceKind: candidate.pieceKind ?? null,
    };
  });
}
