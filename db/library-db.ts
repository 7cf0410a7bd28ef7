import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { ArticleReport } from '../core/messages';
import { fingerprint, fingerprintKeys, type Fingerprint } from '../core/matching/fingerprint';

/**
 * The reader's library, owned by the background. Two stores:
 * - `articles`: one record per article, keyed by canonical URL, with its fingerprint;
 * - `postings`: the inverted index, one row per (feature key, article URL), so candidates
 *   for a match come from a few indexed look-ups, never a scan of the library;
 * - `df`: how many articles are posted under each key, kept in step with `postings`, for
 *   the idf weights of the score.
 */

export interface StoredArticle extends ArticleReport {
  fingerprint: Fingerprint;
  /** The index keys this article is posted under (kept to delete them on update). */
  keys: string[];
  firstSeen: number;
  lastSeen: number;
  savedByHand: boolean;
}

export interface Posting {
  key: string;
  url: string;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: StoredArticle; indexes: { 'by-last-seen': number } };
  postings: { key: [string, string]; value: Posting; indexes: { 'by-key': string; 'by-url': string } };
  df: { key: string; value: { key: string; n: number } };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

export const LIBRARY_DB_NAME = 'parallax-library';
export const LIBRARY_DB_VERSION = 1;

/**
 * Every schema version the library has had, so an upgrade can be written and tested
 * against each (tests/db/library-upgrade.test.ts lays out a database of every version
 * listed here with raw IndexedDB and opens it with `openLibrary`). A new version adds its
 * line here, its step in `upgrade`, and its row in that test.
 */
export const LIBRARY_SCHEMA_HISTORY = {
  1: 'articles (keyPath url; index by-last-seen on lastSeen), each with fingerprint and keys; postings (keyPath [key, url]; indexes by-key, by-url); df (keyPath key, {key, n})',
} as const satisfies Record<number, string>;

const connections = new Map<string, Promise<LibraryDb>>();

/** One connection per database name for the life of the background. */
export function openLibrary(name = LIBRARY_DB_NAME): Promise<LibraryDb> {
  let connection = connections.get(name);
  if (!connection) {
    connection = openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          const articles = db.createObjectStore('articles', { keyPath: 'url' });
          articles.createIndex('by-last-seen', 'lastSeen');
          const postings = db.createObjectStore('postings', { keyPath: ['key', 'url'] });
          postings.createIndex('by-key', 'key');
          postings.createIndex('by-url', 'url');
          db.createObjectStore('df', { keyPath: 'key' });
        }
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

/** What the index knows of an article: its fingerprint and the keys it is posted under. */
export interface IndexEntry {
  url: string;
  fingerprint: Fingerprint;
  keys: string[];
}

export function indexEntry(report: ArticleReport): IndexEntry {
  const fp = fingerprint({
    id: report.url,
    title: report.title,
    text: report.text,
    outlet: report.siteName,
    url: report.url,
    date: report.publishedTime,
  });
  return { url: report.url, fingerprint: fp, keys: [...new Set(fingerprintKeys(fp))] };
}

export interface SaveOptions {
  /** The reader asked for this one: it is kept when space runs short. @default false */
  byHand?: boolean;
}

/**
 * Stores an article (once per canonical URL: a second visit updates it) and re-posts it
 * in the index, all in one transaction so the stores never disagree.
 */
export async function saveArticle(db: LibraryDb, report: ArticleReport, now: number, options: SaveOptions = {}): Promise<StoredArticle> {
  // Computed before the transaction opens: no foreign await may run inside it.
  const { fingerprint: fp, keys } = indexEntry(report);
  const tx = db.transaction(['articles', 'postings', 'df'], 'readwrite');
  const [record] = await writeArticles(tx, [
    {
      url: report.url,
      build: (existing) => ({
        ...report,
        fingerprint: fp,
        keys,
        firstSeen: existing?.firstSeen ?? now,
        lastSeen: now,
        savedByHand: (options.byHand ?? false) || (existing?.savedByHand ?? false),
      }),
    },
  ]);
  await tx.done;
  return record!;
}

export type LibraryWriteTx = IDBPTransaction<LibrarySchema, ('articles' | 'postings' | 'df')[], 'readwrite'>;

/** One article to write: its URL, and the record to store given what the library holds there now. */
export interface ArticleWrite {
  url: string;
  /** Runs inside the transaction: plain computation only, no await. */
  build(existing: StoredArticle | undefined): StoredArticle;
}

export interface WriteOptions {
  /**
   * The caller emptied the three stores earlier in this transaction, so there is nothing
   * to read back (a replacing import skips one read per article and per key).
   * @default false
   */
  emptied?: boolean;
  /** Told how many articles are written so far, after each batch (the index counts follow at the end). */
  onProgress?: (written: number) => void;
}

/** Requests in flight at once while writing many articles: enough to keep IndexedDB busy, few enough to keep memory flat. */
const WRITE_BATCH = 500;
const DF_BATCH = 5_000;

/**
 * Writes articles and re-posts them in the index, within the caller's transaction; one
 * article (a visit) and a whole imported library take the same path. An article's
 * postings change by the difference of its old and new keys; the document frequencies
 * change by those differences summed over all the articles, then each key's row is read
 * and written once, as two articles sharing a key must not both read the old count.
 */
export async function writeArticles(tx: LibraryWriteTx, writes: readonly ArticleWrite[], options: WriteOptions = {}): Promise<StoredArticle[]> {
  const articles = tx.objectStore('articles');
  const dfDeltas = new Map<string, number>();
  const records: StoredArticle[] = [];
  for (let i = 0; i < writes.length; i += WRITE_BATCH) {
    const batch = writes.slice(i, i + WRITE_BATCH);
    const existing = options.emptied ? [] : await Promise.all(batch.map((write) => articles.get(write.url)));
    const requests: Array<Promise<unknown>> = [];
    try {
      batch.forEach((write, j) => {
        const before = existing[j];
        const record = write.build(before);
        records.push(record);
        requests.push(articles.put(record), ...repost(tx, record.url, before?.keys ?? [], record.keys, dfDeltas));
      });
    } catch (error) {
      // A request refused on the spot (a bad key) aborts the transaction: the ones already
      // made then fail too, and are answered here rather than left unhandled.
      for (const request of requests) request.catch(() => undefined);
      throw error;
    }
    await Promise.all(requests);
    options.onProgress?.(Math.min(i + WRITE_BATCH, writes.length));
  }
  await applyDfDeltas(tx, dfDeltas, options.emptied ?? false);
  return records;
}

/** Deletes and adds an article's postings from `before` keys to `after` keys, counting the df changes. */
function repost(tx: LibraryWriteTx, url: string, before: readonly string[], after: readonly string[], dfDeltas: Map<string, number>): Array<Promise<unknown>> {
  const postings = tx.objectStore('postings');
  const old = new Set(before);
  const now = new Set(after);
  const requests: Array<Promise<unknown>> = [];
  for (const key of old) {
    if (now.has(key)) continue;
    requests.push(postings.delete([key, url]));
    dfDeltas.set(key, (dfDeltas.get(key) ?? 0) - 1);
  }
  for (const key of now) {
    if (old.has(key)) continue;
    requests.push(postings.put({ key, url }));
    dfDeltas.set(key, (dfDeltas.get(key) ?? 0) + 1);
  }
  return requests;
}

async function applyDfDeltas(tx: LibraryWriteTx, dfDeltas: Map<string, number>, emptied: boolean): Promise<void> {
  const df = tx.objectStore('df');
  const changes = [...dfDeltas].filter(([, delta]) => delta !== 0);
  for (let i = 0; i < changes.length; i += DF_BATCH) {
    await Promise.all(
      changes.slice(i, i + DF_BATCH).map(async ([key, delta]) => {
        const count = emptied ? 0 : ((await df.get(key))?.n ?? 0);
        const n = Math.max(0, count + delta);
        return n > 0 ? df.put({ key, n }) : df.delete(key);
      }),
    );
  }
}

export function getArticle(db: LibraryDb, url: string): Promise<StoredArticle | undefined> {
  return db.get('articles', url);
}

export function countArticles(db: LibraryDb): Promise<number> {
  return db.count('articles');
}

export async function deleteArticle(db: LibraryDb, url: string): Promise<void> {
  const tx = db.transaction(['articles', 'postings', 'df'], 'readwrite');
  const existing = await tx.objectStore('articles').get(url);
  if (existing) {
    const dfDeltas = new Map<string, number>();
    await Promise.all([tx.objectStore('articles').delete(url), ...repost(tx, url, existing.keys, [], dfDeltas)]);
    await applyDfDeltas(tx, dfDeltas, false);
  }
  await tx.done;
}
