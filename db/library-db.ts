import { openDB,} from 'idb';
import type { ArticleReport } from '../core/protocol/messages';
import { DfDelta,} from './df-table';
import { inTransaction, watched,} from './in-transaction';
import { indexEntry, type IndexEntry } from './index-entry';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, LIBRARY_STORES, toStoredArticle, type LibraryDb, type LibrarySchema, type StoredArticle } from './library-schema';
import { whyAborted, withRoomToWrite, type StorageEstimateLike } from './library-space';
import { compactAfterWrite, logChanges } from './library-stats';
import { upgradeLibrary } from './library-upgrade';
import { clearLibraryStores, foldPending, unpostArticles, writeOneArticle } from './library-writes';

/**
 * The reader's library, owned by the background (its stores: library-schema.ts): the
 * one connection, and the background's writes as whole transactions (a visit saved, an
 * article deleted, everything cleared), each followed by folding the counts' log when it
 * has grown, and a visit also by filing the keys visits left pending once they are many.
 * The writes within a transaction are library-writes.ts; reads are library-queries.ts.
 */

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
  /**
   * The report's index entry when the caller made it already (the background makes one
   * for saving and for the query that follows): the fingerprint is not made twice.
   * @default made here from `report`
   */
  entry?: IndexEntry;
}

/**
 * Articles whose keys wait in `pending` (library-schema.ts), filed together once a visit
 * leaves this many: a query reads every pending row, so they stay few, and a batch is
 * filed in one transaction instead of one each (1.3 ms an article against 3, at 100,000
 * articles in Chromium).
 */
export const FOLD_PENDING_AT = 32;

/**
 * Stores an article (once per canonical URL: a second visit updates it) and re-posts it
 * in the index, all in one transaction so the stores never disagree. When the browser
 * refuses the write for want of space, the oldest articles not saved by hand make room
 * and the write is tried once more (library-space.ts).
 */
export async function saveArticle(db: LibraryDb, report: ArticleReport, now: number, options: SaveOptions = {}): Promise<StoredArticle> {
  // Computed before the transaction opens: no foreign await may run inside it.
  const { fingerprint: fp } = options.entry?.url === report.url ? options.entry : indexEntry(report);
  const { record, pendingRows } = await withRoomToWrite(db, now, options.estimate, async () => {
    const tx = watched(db.transaction(LIBRARY_STORES, 'readwrite'));
    try {
      const written = await writeOneArticle(tx, {
        url: report.url,
        build: (existing) =>
          toStoredArticle(report, {
            fingerprint: fp,
            keys: [],
            firstSeen: existing?.firstSeen ?? now,
            lastSeen: now,
            savedByHand: (options.byHand ?? false) || (existing?.savedByHand ?? false),
          }),
      });
      await tx.done;
      return written;
    } catch (error) {
      throw await whyAborted(tx, error);
    }
  });
  await compactAfterWrite(db);
  if (pendingRows >= FOLD_PENDING_AT) await filePendingRows(db);
  return record;
}

/**
 * Files the keys visits left in `pending` in the index, in a transaction of its own. It is
 * housekeeping, like folding the counts: when it fails, the keys wait (a query still
 * reads them) and the next full batch tries again.
 */
export async function filePendingRows(db: LibraryDb): Promise<number> {
  const tx = db.transaction(['postings', 'pending'], 'readwrite');
  return inTransaction(tx, () => foldPending(tx)).catch(() => 0);
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

/** Empties the library: articles, postings and document frequencies together. */
export async function clearLibrary(db: LibraryDb): Promise<void> {
  const tx = db.transaction(LIBRARY_STORES, 'readwrite');
  await inTransaction(tx, () => clearLibraryStores(tx));
}
