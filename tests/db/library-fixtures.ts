import { openDB } from 'idb';
import { expect } from 'vitest';
import { countedKeys } from '../../core/matching/index-keys';
import type { ArticleReport } from '../../core/protocol/messages';
import type { DfEntries } from '../../db/df-table';
import { openLibrary } from '../../db/library-db';
import { corpusStats } from '../../db/library-queries';
import { postingRow } from '../../db/library-writes';
import { type DfMeta, LIBRARY_DB_VERSION, type LibraryDb, type LibrarySchema, type PostingRow, type StoredArticle } from '../../db/library-schema';
import { DF_META_KEY } from '../../db/library-stats';

/** Articles the library tests share: two accounts of one fictional summit and an unrelated flood. */

export function report(url: string, title: string, text: string, publishedTime: string | null = '2024-07-03T10:00:00Z'): ArticleReport {
  return { url, title, siteName: new URL(url).hostname, byline: null, publishedTime, lang: 'en', excerpt: null, text, flags: [] };
}

export const summitA = report(
  'https://ledger.example/summit',
  'Marovia and Tessaly leaders praise alliance at Kestrel summit',
  'President Arvid Hollen of Marovia and President Lin Sorel of Tessaly met in Kestrel on Wednesday at the Meridian Cooperation summit. "Our partnership is going through the best period in its history," Hollen said. Sorel called for stability in the region.',
);

export const summitB = report(
  'https://harbour.example/news/summit',
  'Hollen and Sorel say relations at their best in history',
  'Arvid Hollen and Lin Sorel met at the Meridian Cooperation summit in Kestrel. Hollen told reporters the partnership was "going through the best period in its history." Sorel said Tessaly stood with Marovia.',
  '2024-07-04T08:00:00Z',
);

export const floods = report(
  'https://valley.example/floods',
  'Floods cut off villages in the Anvar valley',
  'Heavy rain flooded the Anvar valley on Monday, cutting roads to a dozen villages. Rescue teams evacuated 300 residents, the regional fire service said.',
);

/** A new, empty library database for each call (fake-indexeddb keeps them apart by name). */
export function freshDbFactory(prefix: string) {
  let counter = 0;
  return () => openLibrary(`${prefix}-${++counter}`);
}

/** Each article's postings row with the keys that wait in `pending` put back: the row a query reads it as. */
export async function rowsAsRead(db: LibraryDb): Promise<PostingRow[]> {
  const waiting = new Map((await db.getAll('pending')).map((row) => [row.url, row.keys]));
  return (await db.getAll('postings')).map((row) => (waiting.has(row.url) ? { ...row, keys: waiting.get(row.url)! } : row));
}

/**
 * The index agrees with the articles: one postings row per article, filing it under its
 * `keys` (or, while they wait in `pending`, under none, with the keys there) and nothing
 * else, and the document frequencies (as this connection holds them, and as a new
 * connection loads them from the snapshot and log) equal a recount of the fingerprints.
 */
export async function expectIndexConsistent(db: LibraryDb): Promise<void> {
  const articles = await db.getAll('articles');
  const pending = await db.getAll('pending');
  const waiting = new Set(pending.map((row) => row.url));
  expect(pending.every((row) => articles.some((a) => a.url === row.url))).toBe(true);
  expect(await db.getAll('postings')).toEqual(articles.map((a) => (waiting.has(a.url) ? { ...postingRow(a), keys: [] } : postingRow(a))));
  expect(await rowsAsRead(db)).toEqual(articles.map(postingRow));
  expect(await db.countFromIndex('postings', 'by-key')).toBe(articles.reduce((n, a) => n + (waiting.has(a.url) ? 0 : a.keys.length), 0));
  const recount = new Map<string, number>();
  for (const a of articles) for (const key of countedKeys(a.fingerprint)) recount.set(key, (recount.get(key) ?? 0) + 1);

  const other = await openDB<LibrarySchema>(db.name, LIBRARY_DB_VERSION);
  try {
    for (const stats of [await corpusStats(db), await corpusStats(other)]) {
      expect(stats.docCount).toBe(articles.length);
      const wrong = [...recount].filter(([key, n]) => stats.df(key) !== n);
      expect(wrong).toEqual([]);
    }
  } finally {
    other.close();
  }
  // No count for a key no article holds: the stored counts add up to the recount.
  const meta = (await db.get('meta', DF_META_KEY)) as DfMeta | undefined;
  const chunks = await Promise.all(Array.from({ length: meta?.chunks ?? 0 }, (_, i) => db.get('meta', `df:${i}`) as Promise<DfEntries>));
  const log = await db.getAll('dfLog', IDBKeyRange.lowerBound(meta?.upTo ?? 0, true));
  const sum = (c: Int32Array): number => c.reduce((s, n) => s + n, 0);
  const stored = chunks.reduce((s, chunk) => s + sum(chunk.c), 0) + log.reduce((s, row) => s + sum(row.c), 0);
  expect(stored).toBe([...recount.values()].reduce((s, n) => s + n, 0));
}

/** Opens with raw IndexedDB, laying out the stores in `upgrade` (a database of an earlier version). */
export function rawOpen(name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** A library of schema version 1 as that version wrote it: one postings row per key and article, one df row per key. */
export function layOutVersion1(name: string, articles: StoredArticle[]): Promise<void> {
  return rawOpen(name, 1, (db) => {
    const store = db.createObjectStore('articles', { keyPath: 'url' });
    store.createIndex('by-last-seen', 'lastSeen');
    const postings = db.createObjectStore('postings', { keyPath: ['key', 'url'] });
    postings.createIndex('by-key', 'key');
    postings.createIndex('by-url', 'url');
    db.createObjectStore('df', { keyPath: 'key' });
  }).then((db) => {
    const tx = db.transaction(['articles', 'postings', 'df'], 'readwrite');
    const df = new Map<string, number>();
    for (const article of articles) {
      tx.objectStore('articles').put(article);
      for (const key of article.keys) {
        tx.objectStore('postings').put({ key, url: article.url });
        df.set(key, (df.get(key) ?? 0) + 1);
      }
    }
    for (const [key, n] of df) tx.objectStore('df').put({ key, n });
    return done(tx).finally(() => db.close());
  });
}
