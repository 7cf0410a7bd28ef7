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
  const articles = tx.objectStore('articles');
  const existing = await articles.get(report.url);
  if (existing) await unpost(tx, existing);
  const record: StoredArticle = {
    ...report,
    fingerprint: fp,
    keys,
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: now,
    savedByHand: (options.byHand ?? false) || (existing?.savedByHand ?? false),
  };
  await Promise.all([articles.put(record), ...keys.map((key) => post(tx, key, report.url, +1))]);
  await tx.done;
  return record;
}

type WriteTx = IDBPTransaction<LibrarySchema, ('articles' | 'postings' | 'df')[], 'readwrite'>;

async function post(tx: WriteTx, key: string, url: string, delta: 1 | -1): Promise<void> {
  const postings = tx.objectStore('postings');
  const df = tx.objectStore('df');
  const count = (await df.get(key))?.n ?? 0;
  const n = Math.max(0, count + delta);
  await Promise.all([
    delta > 0 ? postings.put({ key, url }) : postings.delete([key, url]),
    n > 0 ? df.put({ key, n }) : df.delete(key),
  ]);
}

function unpost(tx: WriteTx, article: StoredArticle): Promise<unknown> {
  return Promise.all(article.keys.map((key) => post(tx, key, article.url, -1)));
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
  if (existing) await Promise.all([unpost(tx, existing), tx.objectStore('articles').delete(url)]);
  await tx.done;
}
