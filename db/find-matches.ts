import type { MatchView } from '../core/messages';
import { fingerprintKeys } from '../core/matching/fingerprint';
import { MATCH_THRESHOLD, idf, scoreMatch } from '../core/matching/score';
import type { IndexEntry, LibraryDb, StoredArticle } from './library-db';

/** Postings read per key: a key shared by more articles than this says little about an event. */
const POSTINGS_PER_KEY = 400;
/** Candidates scored in full, chosen by the idf mass of the keys they share with the query. */
const CANDIDATES = 60;
const MAX_RESULTS = 30;

/** Other accounts of the same event as the stored article at `url` (none when it is not stored). */
export async function findMatches(db: LibraryDb, url: string): Promise<MatchView[]> {
  const query = await db.get('articles', url);
  return query ? findMatchesFor(db, query) : [];
}

/**
 * Other accounts of the same event as `query` (stored or not): candidates from the
 * inverted index, then the full score with its reasons, best first, never the article itself.
 */
export async function findMatchesFor(db: LibraryDb, query: IndexEntry): Promise<MatchView[]> {
  const { url } = query;
  const tx = db.transaction(['articles', 'postings', 'df'], 'readonly');
  const articles = tx.objectStore('articles');
  const docCount = await articles.count();

  const byKey = tx.objectStore('postings').index('by-key');
  const postingLists = await Promise.all(query.keys.map((key) => byKey.getAll(key, POSTINGS_PER_KEY)));
  const mass = new Map<string, number>();
  query.keys.forEach((key, i) => {
    const list = postingLists[i] ?? [];
    const weight = idf(list.length, docCount);
    for (const { url: other } of list) if (other !== url) mass.set(other, (mass.get(other) ?? 0) + weight);
  });
  const shortlist = [...mass].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([other]) => other);
  const candidates = (await Promise.all(shortlist.map((other) => articles.get(other)))).filter(
    (c): c is StoredArticle => c !== undefined,
  );

  const df = await documentFrequencies(tx.objectStore('df'), [query, ...candidates]);
  await tx.done;
  const stats = { docCount, df: (key: string) => df.get(key) ?? 1 };
  return candidates
    .map((candidate) => ({ candidate, ...scoreMatch(query.fingerprint, candidate.fingerprint, stats) }))
    .filter((m) => m.score >= MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_RESULTS)
    .map(({ candidate, score, reasons }) => ({
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
    }));
}

async function documentFrequencies(
  store: { get(key: string): Promise<{ n: number } | undefined> },
  articles: IndexEntry[],
): Promise<Map<string, number>> {
  // `keys` is missing only on a damaged record; the fingerprint still says what they were.
  const keys = [...new Set(articles.flatMap((a) => a.keys ?? fingerprintKeys(a.fingerprint)))];
  const counts = await Promise.all(keys.map((key) => store.get(key)));
  return new Map(keys.map((key, i) => [key, counts[i]?.n ?? 1]));
}
