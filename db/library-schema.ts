import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Fingerprint } from '../core/matching/fingerprint';
import type { ArticleReport, FlagSummary } from '../core/protocol/messages';
import type { PieceKind, PieceType } from '../core/piece-type';
import type { DfEntries } from './df-table';

/**
 * The shape of the reader's library: its stores and what each holds, with no code that
 * reads or writes them (only the pure conversion of an account to its record), so the modules that do (library-db.ts opens it, library-writes.ts
 * and library-queries.ts use it, library-stats.ts, library-space.ts and
 * library-upgrade.ts keep it in order) all depend on this one and not on each other.
 * Five stores:
 * - `articles`: one record per article, keyed by canonical URL, with its fingerprint and
 *   `keys`, the ~28 most telling of its features (core/matching/index-keys.ts);
 * - `postings`: the inverted index. One row per article, its keys each with the day it is
 *   filed under, and the multiEntry index `by-key` on those [key, day] pairs: the
 *   accounts under a key near a date are one index range, so candidates for a match never
 *   need a scan of the library, and the browser keeps the index in step with the row in
 *   one request (in Chromium, 28 rows of a store of pairs cost five times as much to
 *   write; each index entry read costs ~50 µs at 100,000 articles, which the day window
 *   keeps few). The row is also the article's card: its fingerprint and what a listing
 *   shows of it, all a query reads of a candidate, without the text and flags (2.5 kB of
 *   JSON against 3.8 kB for the bench's full-length records), in the row the index
 *   already writes, so an add makes no more requests for it;
 * - `pending`: the keys of articles a visit wrote that the index does not file yet.
 *   Writing a row's ~27 index entries into a large index was a visit's dearest part, so a
 *   visit writes its postings row (its card) with no keys, and its keys here, in a store
 *   without an index; a batch of them is filed at a time (library-writes.ts
 *   `foldPending`), and a query reads them all (they are few and small) beside the index
 *   ranges. An article's keys are in exactly one of the two;
 * - `dfLog` and `meta`: how many articles hold each fingerprint key, for the idf weights,
 *   as a log of changes and a snapshot (library-stats.ts); `meta` also keeps the notice
 *   of articles dropped for space (library-space.ts).
 */

/**
 * One record of `articles`, declared field by field rather than as the message a content
 * script sends plus extras: a field added to ArticleReport is not stored until it is
 * added here, to STORED_ARTICLE_FIELDS and to `toStoredArticle` (and
 * tests/db/library-schema.test.ts asks for a schema version with it).
 */
export interface StoredArticle {
  url: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  text: string;
  flags: FlagSummary[];
  /** What kind of piece the page said it is; absent on records from before it was read. */
  pieceType?: PieceType;
  fingerprint: Fingerprint;
  /** The keys this article is posted under, its most telling (its `postings` row files them by day). */
  keys: string[];
  firstSeen: number;
  lastSeen: number;
  savedByHand: boolean;
}

/** Every field of a stored article, in the order `toStoredArticle` writes them. */
export const STORED_ARTICLE_FIELDS = [
  'url',
  'title',
  'siteName',
  'byline',
  'publishedTime',
  'lang',
  'excerpt',
  'text',
  'flags',
  'pieceType',
  'fingerprint',
  'keys',
  'firstSeen',
  'lastSeen',
  'savedByHand',
] as const satisfies ReadonlyArray<keyof StoredArticle>;

// A field declared above but missing from the list is a compile error here.
type UnlistedField = Exclude<keyof StoredArticle, (typeof STORED_ARTICLE_FIELDS)[number]>;
const everyFieldListed: [UnlistedField] extends [never] ? true : UnlistedField = true;
void everyFieldListed;

/** What the library adds to an account when it stores it. */
export type StoredExtras = Pick<StoredArticle, 'fingerprint' | 'keys' | 'firstSeen' | 'lastSeen' | 'savedByHand'>;

/**
 * The record stored for an account: its fields copied one by one, so whatever else the
 * report carries (the outlet's policies, kept per outlet in outlet-db.ts, or a field
 * added to the messages later) stays out of the library.
 */
export function toStoredArticle(report: ArticleReport, extras: StoredExtras): StoredArticle {
  return {
    url: report.url,
    title: report.title,
    siteName: report.siteName,
    byline: report.byline,
    publishedTime: report.publishedTime,
    lang: report.lang,
    excerpt: report.excerpt,
    text: report.text,
    flags: report.flags,
    ...(report.pieceType !== undefined && { pieceType: report.pieceType }),
    fingerprint: extras.fingerprint,
    keys: extras.keys,
    firstSeen: extras.firstSeen,
    lastSeen: extras.lastSeen,
    savedByHand: extras.savedByHand,
  };
}

/**
 * An article's entries in the inverted index, each posted key with the day it is filed
 * under, and its card: what ranking and the listing read of a candidate (copies of its
 * record's fields, written in the same transaction, so the two never disagree).
 */
export interface PostingRow {
  url: string;
  keys: Array<[key: string, day: number]>;
  fingerprint: Fingerprint;
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
  pieceKind: PieceKind | null;
}

/** An article's keys not filed yet: its postings row has none meanwhile (`pending`). */
export interface PendingRow {
  url: string;
  keys: PostingRow['keys'];
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
  pending: { key: string; value: PendingRow };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

export const LIBRARY_DB_NAME = 'parallax-library';
export const LIBRARY_DB_VERSION = 4;

/**
 * Every schema version the library has had, so an upgrade can be written and tested
 * against each (tests/db/library-upgrade.test.ts lays out a database of every version
 * listed here with raw IndexedDB and opens it with `openLibrary`). A new version adds its
 * line here, its step in library-upgrade.ts, and its row in that test.
 */
export const LIBRARY_SCHEMA_HISTORY = {
  1: 'articles (keyPath url; index by-last-seen on lastSeen), each with fingerprint and keys; postings (keyPath [key, url]; indexes by-key, by-url); df (keyPath key, {key, n})',
  2: 'articles as in 1, keys now the ~28 most telling; postings (keyPath url, {url, keys: [key, day][]}; index by-key multiEntry on keys), day = publication day, else the day first seen; no df; dfLog (keyPath id, autoIncrement, {id, h: Float64Array, c: Int32Array, docs}); meta (out-of-line string keys: "df" {gen, upTo, docCount, chunks}, "df:N" {h, c}, "space-notice")',
  3: 'as in 2; each postings row also the article\'s card: {url, keys, fingerprint, title, siteName, publishedTime, pieceKind (pieceType.kind or null)}, what a query reads of a candidate',
  4: 'as in 3; pending (keyPath url, no index, {url, keys: [key, day][]}): the keys of articles written by a visit and not yet filed, whose postings rows (cards) have keys [] meanwhile; an article\'s keys are in its postings row or in pending, never both',
} as const satisfies Record<number, string>;

/** Every store; a transaction that writes articles holds them all. */
export const LIBRARY_STORES = ['articles', 'postings', 'meta', 'dfLog', 'pending'] as const;

export type LibraryWriteTx = IDBPTransaction<LibrarySchema, (typeof LIBRARY_STORES)[number][], 'readwrite'>;
