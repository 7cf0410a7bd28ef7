import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { countedKeys, indexKeys } from '../core/matching/index-keys';
import type { CorpusStats } from '../core/matching/score';
import { requestAll } from './in-transaction';
import { indexEntry } from './index-entry';
import { postingRow } from './library-writes';
import type { LibrarySchema, StoredArticle } from './library-schema';
import { countFromArticles, saveSnapshot } from './library-stats';

/**
 * Schema steps, one per version in LIBRARY_SCHEMA_HISTORY, run in the versionchange
 * transaction (only its IndexedDB requests are awaited).
 *
 * 1 → 2: version 1 posted every article under all of its ~120 keys, one postings row per
 * pair with two indexes, and kept one df row per key: 5,000 articles took a minute to
 * import. Both stores go (postings come back as one row per article, indexed by key and
 * day); every article is counted, then posted under its most telling keys; the counts
 * become a snapshot.
 *
 * 2 → 3: a query read each candidate's whole record (~4 kB with its text) for its
 * fingerprint and a few fields; each postings row now carries them, its card. Every row
 * is written anew from its article, under the same keys and days; the counts stay.
 *
 * 3 → 4: a visit's row waits in the new `pending` store until a batch of them is filed in
 * `postings` (writing its index entries one visit at a time was most of a visit's cost).
 * Every row of a library of version 3 is filed already: the store starts empty.
 */

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/** Articles read and rewritten at a time. */
const BATCH = 500;

export async function upgradeLibrary(db: IDBPDatabase<LibrarySchema>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) db.createObjectStore('articles', { keyPath: 'url' }).createIndex('by-last-seen', 'lastSeen');
  // Before any step awaits: stores are created while the upgrade's transaction is surely active.
  if (oldVersion < 4) db.createObjectStore('pending', { keyPath: 'url' });
  if (oldVersion < 2) {
    if (oldVersion >= 1) {
      // Stores of version 1 that the typed schema no longer names.
      const raw = db as unknown as IDBPDatabase;
      raw.deleteObjectStore('postings');
      raw.deleteObjectStore('df');
    }
    db.createObjectStore('postings', { keyPath: 'url' }).createIndex('by-key', 'keys', { multiEntry: true });
    db.createObjectStore('dfLog', { keyPath: 'id', autoIncrement: true });
    db.createObjectStore('meta');
    if (oldVersion >= 1) await repostAll(tx);
  } else if (oldVersion < 3) {
    await addCards(tx);
  }
}

/**
 * Writes each article's postings row anew, with its card. A record without a fingerprint
 * or keys (damaged) keeps the row it has: a query skipped it before and skips it still.
 */
async function addCards(tx: UpgradeTx): Promise<void> {
  const articles = tx.objectStore('articles');
  const postings = tx.objectStore('postings');
  let after: string | null = null;
  for (;;) {
    const batch: StoredArticle[] = await articles.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), BATCH);
    const whole = batch.filter((record) => record.fingerprint?.words && Array.isArray(record.keys));
    await requestAll(whole.map((record) => () => postings.put(postingRow(record))));
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.url;
  }
}

/** Counts every article, then posts each under its most telling keys; a record without a usable fingerprint gets a new one. */
async function repostAll(tx: UpgradeTx): Promise<void> {
  const table = await countFromArticles(tx);
  const stats: CorpusStats = { docCount: table.docCount, df: (key) => table.df(key) };
  const articles = tx.objectStore('articles');
  const postings = tx.objectStore('postings');
  let after: string | null = null;
  for (;;) {
    const batch: StoredArticle[] = await articles.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), BATCH);
    const requests: Array<() => Promise<unknown>> = [];
    for (const record of batch) {
      let fp = record.fingerprint;
      if (!fp?.words) {
        fp = indexEntry({ ...record, flags: record.flags ?? [] }).fingerprint;
        for (const key of countedKeys(fp)) table.add(key, 1);
      }
      const reposted = { ...record, fingerprint: fp, keys: indexKeys(fp, stats) };
      requests.push(
        () => articles.put(reposted),
        () => postings.put(postingRow(reposted)),
      );
    }
    await requestAll(requests);
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.url;
  }
  await saveSnapshot(tx, table);
}
