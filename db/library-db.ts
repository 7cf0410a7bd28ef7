import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { ArticleReport } from '../core/protocol/messages';
import type { Fingerprint } from '../core/matching/fingerprint';
import { countedKeys, dayOf, indexKeys } from '../core/matching/index-keys';
import type { CorpusStats } from '../core/matching/score';
import { DfDelta, type DfEntries } from './df-table';
import { inTransaction, requestAll, watched } from './in-transaction';
import { indexEntry } from './index-entry';
import { compactAfterWrite, libraryStats, logChanges, resetStats, type DfLogRow, type DfMeta } from './library-stats';
import { upgradeLibrary } from './library-upgrade';
import { whyAborted, withRoomToWrite, type SpaceNotice, type StorageEstimateLike } from './library-space';

/**
 * The reader's library, owned by the background. Four stores:
 * - `articles`: one record per article, keyed by canonical URL, with its fingerprint and
 *   `keys`, the ~28 most telling of its features (core/matching/index-keys.ts);
 * - `postings`: the inverted index. One row per article, its keys each with the day it is
 *   filed under, and the multiEntry index `by-key` on those [key, day] pairs: the
 *   accounts under a key near a date are one index range, so candidates for a match never
 *   need a scan of the library, and the browser keeps the index in step with the row in
 *   one request (in Chromium, 28 rows of a store of pairs cost five times as much to
 *   write; each index entry read costs ~50 µs at 100,000 articles, which the day window
 *   keeps few);
 * - `dfLog` and `meta`: how many articles hold each fingerprint key, for the idf weights,
 *   as a log of changes and a snapshot (library-stats.ts); `meta` also keeps the notice
 *   of articles dropped for space (library-space.ts).
 */

export interface StoredArticle extends ArticleReport {
  fingerprint: Fingerprint;
  /** The keys this article is posted under, its most telling (its `postings` row files them by day). */
  keys: string[];
  firstSeen: number;
  lastSeen: number;
  savedByHand: boolean;
}

/** An article's entries in the inverted index: each posted key with the day it is filed under. */
export interface PostingRow {
  url: string;
  keys: Array<[key: string, day: number]>;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: StoredArticle; indexes: { 'by-last-seen': number } };
  postings: { key: string; value: PostingRow; indexes: { 'by-key': [string, number] } };
  dfLog: { key: number; value: DfLogRow };
  meta: { key: string; value: DfMeta | DfEntries | SpaceNotice };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

export const LIBRARY_DB_NAME = 'parallax-library';
export const LIBRARY_DB_VERSION = 2;

/**
 * Every schema version the library has had, so an upgrade can be written and tested
 * against each (tests/db/library-upgrade.test.ts lays out a database of every version
 * listed here with raw IndexedDB and opens it with `openLibrary`). A new version adds its
 * line here, its step in library-upgrade.ts, and its row in that test.
 */
export const LIBRARY_SCHEMA_HISTORY = {
  1: 'articles (keyPath url; index by-last-seen on lastSeen), each with fingerprint and keys; postings (keyPath [key, url]; indexes by-key, by-url); df (keyPath key, {key, n})',
  2: 'articles as in 1, keys now the ~28 most telling; postings (keyPath url, {url, keys: [key, day][]}; index by-key multiEntry on keys), day = publication day, else the day first seen; no df; dfLog (keyPath id, autoIncrement, {id, h: Float64Array, c: Int32Array, docs}); meta (out-of-line string keys: "df" {gen, upTo, docCount, chunks}, "df:N" {h, c}, "space-notice")',
} as const satisfies Record<number, string>;

/** Every store; a transaction that writes articles holds them all. */
export const LIBRARY_STORES = ['articles', 'postings', 'meta', 'dfLog'] as const;

const connections = new Map<string, Promise<LibraryDb>>();

/** One connection per database name for the life of the background. */
export function openLibrary(name = LIBRARY_DB_NAME): Promise<LibraryDb> {
  let connection = connections.get(name);
  if (!connection) {
    connection = openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => {
        // A step that fails leaves the library whole at its old version; the open fails
        // instead (and the aborted upgrade's `done` is heard, not an unhandled rejection).
        watched(tx);
        upgradeLibrary(db, oldVersion, tx).catch(() => {
          try {
            tx.abort();
          } catch {
            // already aborted by the failed request
          }
        });
      },
      terminated() {
        connections.delete(name); // the browser closed it; open anew next time
      },
    });
    connections.set(name, connection);
    connection.catch(() => connections.delete(name));
  }
  return connection;
}

export interface SaveOptions {
  /** The reader asked for this one: it is kept when space runs short. @default false */
  byHand?: boolean;
  /**
   * Asked when a write fails for want of space, to size the eviction that precedes the
   * one retry. @default navigator.storage.estimate, where there is one
   */
  estimate?: () => Promise<StorageEstimateLike>;
}

/**
 * Stores an article (once per canonical URL: a second visit updates it) and re-posts it
 * in the index, all in one transaction so the stores never disagree. When the browser
 * refuses the write for want of space, the oldest articles not saved by hand make room
 * and the write is tried once more (library-space.ts).
 */
export async function saveArticle(db: LibraryDb, report: ArticleReport, now: number, options: SaveOptions = {}): Promise<StoredArticle> {
  // Computed before the transaction opens: no foreign await may run inside it.
  const { fingerprint: fp } = indexEntry(report);
  const record = await withRoomToWrite(db, now, options.estimate, async () => {
    const tx = watched(db.transaction(LIBRARY_STORES, 'readwrite'));
    try {
      const [written] = await writeArticles(tx, [
        {
          url: report.url,
          build: (existing) => ({
            ...report,
            fingerprint: fp,
            keys: [],
            firstSeen: existing?.firstSeen ?? now,
            lastSeen: now,
            savedByHand: (options.byHand ?? false) || (existing?.savedByHand ?? false),
          }),
        },
      ]);
      await tx.done;
      return written!;
    } catch (error) {
      throw await whyAborted(tx, error);
    }
  });
  await compactAfterWrite(db);
  return record;
}

export type LibraryWriteTx = IDBPTransaction<LibrarySchema, (typeof LIBRARY_STORES)[number][], 'readwrite'>;

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

/** Where an article is filed in the index: under each of its keys, on its publication day, else the day it was first seen. */
export function postingRow(article: StoredArticle): PostingRow {
  const time = article.fingerprint.time ?? article.firstSeen;
  // A day that is not a number would make every key of the row invalid, and the write fail.
  const day = Number.isFinite(time) ? dayOf(time) : 0;
  return { url: article.url, keys: article.keys.map((key) => [key, day]) };
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

export async function getArticle(db: LibraryDb, url: string): Promise<StoredArticle | undefined> {
  // Not db.get: its transaction's end would go unheard when the read fails.
  const tx = watched(db.transaction('articles', 'readonly'));
  const article = await tx.store.get(url);
  await tx.done;
  return article;
}

/** Articles in the library, from the counts (IndexedDB's own count reads the whole store). */
export async function countArticles(db: LibraryDb): Promise<number> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readonly'));
  const { docCount } = await libraryStats(tx);
  await tx.done;
  return docCount;
}

/** The library's document frequencies as of now. */
export async function corpusStats(db: LibraryDb): Promise<CorpusStats> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readonly'));
  const stats = await libraryStats(tx);
  await tx.done;
  return stats;
}

export async function deleteArticle(db: LibraryDb, url: string): Promise<void> {
  const tx = db.transaction(LIBRARY_STORES, 'readwrite');
  await inTransaction(tx, async () => {
    const existing = await tx.objectStore('articles').get(url);
    if (existing) {
      const delta = new DfDelta();
      await unpostArticles(tx, [existing], delta);
      await logChanges(tx, delta);
    }
  });
  await compactAfterWrite(db);
}
