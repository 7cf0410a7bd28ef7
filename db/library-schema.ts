import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { ArticleReport } from '../core/messages';
import type { Fingerprint } from '../core/matching/fingerprint';
import type { DfEntries } from './df-table';

/**
 * The shape of the reader's library: its stores and what each holds, with no code that
 * reads or writes them, so the modules that do (library-db.ts opens it, library-writes.ts
 * and library-queries.ts use it, library-stats.ts, library-space.ts and
 * library-upgrade.ts keep it in order) all depend on this one and not on each other.
 * Four stores:
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

/** `meta` "df": the snapshot of the document frequencies (library-stats.ts). */
export interface DfMeta {
  /** Changes whenever the stores are emptied. */
  gen: number;
  /** The snapshot holds every log row up to this id. */
  upTo: number;
  docCount: number;
  chunks: number;
}

/** One write's change to the document frequencies (library-stats.ts). */
export interface DfLogRow extends DfEntries {
  /** Given by the store (autoIncrement): the order of the rows. */
  id?: number;
  /** Articles added minus articles removed. */
  docs: number;
}

/** `meta` "space-notice": articles dropped for want of space, until the reader dismisses it (library-space.ts). */
export interface SpaceNotice {
  /** When space last ran short, ms since the epoch. */
  at: number;
  /** Articles dropped since the notice was last dismissed. */
  evicted: number;
  /** Only articles saved by hand were left, and space is still short. */
  spaceShort: boolean;
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

export type LibraryWriteTx = IDBPTransaction<LibrarySchema, (typeof LIBRARY_STORES)[number][], 'readwrite'>;
