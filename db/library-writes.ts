import { countedKeys, dayOf, indexKeys } from '../core/matching/index-keys';
import type { CorpusStats } from '../core/matching/score';
import { DfDelta } from './df-table';
import { requestAll } from './in-transaction';
import { libraryStats, logChanges, resetStats } from './library-stats';
import type { LibraryWriteTx, PostingRow, StoredArticle } from './library-schema';

/**
 * Every write to the library's stores, each within the caller's transaction: articles
 * with their postings and counts written, taken out, or all emptied. The transactions
 * themselves are opened by library-db.ts (a visit, a deletion, clearing), library-import.ts
 * and library-space.ts (eviction); the library's reads are library-queries.ts.
 */

/** One article to write: its URL, and the record to store given what the library holds there now. */
export interface ArticleWrite {
  url: string;
  /** Runs inside the transaction: plain computation only, no await. Its `keys` are replaced by the posted keys. */
  build(existing: StoredArticle | undefined): StoredArticle;
}

export interface WriteOptions {
  /**
   * The caller emptied the stores earlier in this transaction (`clearLibraryStores`), so
   * there is nothing to read back (a replacing import skips one read per article).
   * @default false
   */
  emptied?: boolean;
  /** Told how many articles are written so far, after each batch. */
  onProgress?: (written: number) => void;
}

/** Requests in flight at once while writing many articles: enough to keep IndexedDB busy, few enough to keep memory flat. */
const WRITE_BATCH = 500;

interface Planned {
  before: StoredArticle | undefined;
  record: StoredArticle;
}

/**
 * Writes articles and re-posts them in the index, within the caller's transaction; one
 * article (a visit) and a whole imported library take the same path. First every record
 * is built and its change to the document frequencies counted (a URL written twice is
 * built on its first write, so it is counted once); then each is stored with its most
 * telling keys, judged with the counts including this whole write, so the first articles
 * of an import into an empty library are weighed like the last; one log row records the
 * counts' change. Reads go out together and so do writes: a single article costs two
 * round trips to the database and the commit.
 */
export async function writeArticles(tx: LibraryWriteTx, writes: readonly ArticleWrite[], options: WriteOptions = {}): Promise<StoredArticle[]> {
  const articles = tx.objectStore('articles');
  // Read alongside the first records; awaited once they are built.
  const counts = libraryStats(tx);
  counts.catch(() => undefined);
  const planned: Planned[] = [];
  const at = new Map<string, number>();
  const built: StoredArticle[] = [];
  for (let i = 0; i < writes.length; i += WRITE_BATCH) {
    const batch = writes.slice(i, i + WRITE_BATCH);
    const stored = options.emptied ? [] : await requestAll(batch.map((w) => () => (at.has(w.url) ? Promise.resolve(undefined) : articles.get(w.url))));
    batch.forEach((write, j) => {
      const earlier = at.get(write.url);
      const before = earlier === undefined ? stored[j] : planned[earlier]!.record;
      const record = write.build(before);
      built.push(record);
      if (earlier === undefined) {
        at.set(write.url, planned.length);
        planned.push({ before, record });
      } else {
        planned[earlier]!.record = record;
      }
    });
  }

  const delta = new DfDelta();
  for (const { before, record } of planned) {
    if (before?.fingerprint?.words) delta.add(countedKeys(before.fingerprint), -1);
    else if (!before) delta.docs++;
    delta.add(countedKeys(record.fingerprint), 1);
  }
  const base = await counts;
  const stats: CorpusStats = { docCount: base.docCount + delta.docs, df: (key) => base.df(key) + (delta.byKey.get(key) ?? 0) };

  const posted = new Map<string, StoredArticle>();
  for (let i = 0; i < planned.length || i === 0; i += WRITE_BATCH) {
    const requests: Array<() => Promise<unknown>> = [];
    for (const { record } of planned.slice(i, i + WRITE_BATCH)) {
      const final = { ...record, keys: indexKeys(record.fingerprint, stats) };
      posted.set(final.url, final);
      requests.push(
        () => articles.put(final),
        () => tx.objectStore('postings').put(postingRow(final)),
      );
    }
    if (i + WRITE_BATCH >= planned.length) requests.push(() => logChanges(tx, delta));
    // A request refused on the spot (a bad key) rejects this; the caller aborts the transaction.
    await requestAll(requests);
    if (planned.length > 0) options.onProgress?.(Math.round((Math.min(i + WRITE_BATCH, planned.length) / planned.length) * writes.length));
  }
  return built.map((record) => posted.get(record.url) ?? record);
}

/**
 * Where an article is filed in the index: under each of its keys, on its publication day,
 * else the day it was first seen; with its card, what a query reads of it.
 */
export function postingRow(article: StoredArticle): PostingRow {
  const time = article.fingerprint.time ?? article.firstSeen;
  // A day that is not a number would make every key of the row invalid, and the write fail.
  const day = Number.isFinite(time) ? dayOf(time) : 0;
  return {
    url: article.url,
    keys: article.keys.map((key) => [key, day]),
    fingerprint: article.fingerprint,
    title: article.title,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    pieceKind: article.pieceType?.kind ?? null,
  };
}

/**
 * Takes stored articles out of the library, their postings with them, within the
 * caller's transaction; `delta` is counted at once, and the caller logs it (one row for
 * many deletions).
 */
export function unpostArticles(tx: LibraryWriteTx, records: readonly StoredArticle[], delta: DfDelta): Promise<unknown> {
  for (const record of records) {
    if (record.fingerprint?.words) delta.add(countedKeys(record.fingerprint), -1);
    delta.docs--;
  }
  return requestAll(records.flatMap((record) => [() => tx.objectStore('articles').delete(record.url), () => tx.objectStore('postings').delete(record.url)]));
}

/** Empties the library, its index and its counts, within the caller's transaction. */
export async function clearLibraryStores(tx: LibraryWriteTx): Promise<void> {
  await requestAll([() => tx.objectStore('articles').clear(), () => tx.objectStore('postings').clear(), () => resetStats(tx)]);
}
