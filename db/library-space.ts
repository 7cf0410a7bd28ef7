import type { IDBPObjectStore, StoreNames } from 'idb';
import { countArticles } from './library-queries';
import { unpostArticles } from './library-writes';
import { LIBRARY_STORES, type LibraryDb, type LibrarySchema, type SpaceNotice, type StoredArticle } from './library-schema';
import { DfDelta } from './df-table';
import { abortAndWait, inTransaction, requestAll, watched } from './in-transaction';
import { compactAfterWrite, logChanges } from './library-stats';

/**
 * Making room when the browser's quota is near: the articles the reader opened longest
 * ago go first, and never one saved by hand. How much to drop is worked out from the
 * estimate once (usage per article, times the articles needed to get under the low
 * watermark) rather than by asking again after each batch, because Chromium frees the
 * space of deleted records only when it compacts its files, later: an estimate asked
 * right after a deletion still shows the old usage, and would empty the library.
 *
 * What was dropped is kept as a notice in `meta` (counts add up until the reader
 * dismisses it), for the popup or the options page to tell the reader; each batch counts
 * itself in it in the transaction that drops it, so an eviction that fails part way
 * still tells what it dropped.
 */

export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export interface EvictionOptions {
  /** Evict once usage / quota is above this. @default 0.9 */
  high?: number;
  /** Evict until usage / quota is (estimated to be) below this. @default 0.8 */
  low?: number;
  /** Articles deleted per transaction. @default 200 */
  batch?: number;
  /**
   * A write was refused for want of space: evict whatever the estimate says, at least
   * FORCED_SHARE of the library (an estimate may be missing or say all is well).
   * @default false
   */
  force?: boolean;
}

export interface EvictionResult {
  at: number;
  evicted: number;
  spaceShort: boolean;
}

const SPACE_NOTICE_KEY = 'space-notice';
/** Share of the library a refused write drops at least. */
const FORCED_SHARE = 0.05;

/**
 * Drops the oldest articles not saved by hand (by `lastSeen`) when `estimate` is above
 * the high watermark, until it is estimated below the low one; postings and counts go
 * with them, a batch per transaction. Records a notice when it dropped anything or could
 * not drop enough.
 */
export async function evictForSpace(db: LibraryDb, estimate: StorageEstimateLike, now: number, options: EvictionOptions = {}): Promise<EvictionResult> {
  const { high = 0.9, low = 0.8, batch = 200, force = false } = options;
  const { usage, quota } = estimate;
  const known = usage !== undefined && quota !== undefined && quota > 0;
  if (!force && !(known && usage / quota > high)) return { at: now, evicted: 0, spaceShort: false };

  const articles = await countArticles(db);
  let wanted = known && articles > 0 ? Math.ceil(Math.max(0, usage - low * quota) / (usage / articles)) : 0;
  if (force) wanted = Math.max(wanted, Math.ceil(articles * FORCED_SHARE), 1);

  let evicted = 0;
  let from: number | null = null;
  while (evicted < wanted) {
    const tx = db.transaction(LIBRARY_STORES, 'readwrite');
    const { dropped, last } = await inTransaction(tx, async () => {
      let cursor = await tx.objectStore('articles').index('by-last-seen').openCursor(from === null ? null : IDBKeyRange.lowerBound(from));
      const victims: StoredArticle[] = [];
      while (cursor && victims.length < Math.min(batch, wanted - evicted)) {
        if (cursor.value.savedByHand !== true) victims.push(cursor.value);
        // Inclusive next time: articles seen at the same moment as the last one read.
        from = cursor.key;
        cursor = await cursor.continue();
      }
      const delta = new DfDelta();
      const requests = [() => unpostArticles(tx, victims, delta), () => logChanges(tx, delta)];
      if (victims.length > 0) requests.push(() => addToNotice(tx.objectStore('meta'), { at: now, evicted: victims.length, spaceShort: false }));
      await requestAll(requests);
      return { dropped: victims.length, last: cursor === null };
    });
    evicted += dropped;
    if (last || dropped === 0) break;
  }
  // Short: fewer dropped than needed, or nothing of ours to drop while over the watermark.
  const result = { at: now, evicted, spaceShort: evicted < wanted || articles === 0 };
  if (evicted > 0) await compactAfterWrite(db);
  // The batches counted what they dropped; this says that space is still short.
  if (result.spaceShort) await recordSpaceNotice(db, { ...result, evicted: 0 });
  return result;
}

/** A write refused for want of space. */
export function isQuotaError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

/**
 * Aborts a failed write's transaction (if it is not over yet) and tells why it failed:
 * Chromium checks the quota only when committing, so the transaction's own error is the
 * reason when the write's requests all succeeded.
 */
export async function whyAborted(tx: { abort(): void; done: Promise<void> }, error: unknown): Promise<unknown> {
  const reason = await abortAndWait(tx);
  return isQuotaError(reason) ? reason : error;
}

function browserEstimate(): Promise<StorageEstimateLike> {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<StorageEstimateLike> } } }).navigator?.storage;
  return storage?.estimate ? storage.estimate() : Promise.resolve({});
}

/** Runs `write`; refused for want of space, it makes room (evictForSpace, forced) and runs it once more. */
export async function withRoomToWrite<T>(db: LibraryDb, now: number, estimate: (() => Promise<StorageEstimateLike>) | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await evictForSpace(db, await (estimate ?? browserEstimate)().catch(() => ({})), now, { force: true });
    return write();
  }
}

function isNotice(value: unknown): value is SpaceNotice {
  const n = value as SpaceNotice | undefined;
  return typeof n?.at === 'number' && typeof n.evicted === 'number' && typeof n.spaceShort === 'boolean';
}

/** Adds an eviction to the notice the reader has not dismissed yet. */
export async function recordSpaceNotice(db: LibraryDb, eviction: EvictionResult): Promise<SpaceNotice> {
  const tx = db.transaction('meta', 'readwrite');
  return inTransaction(tx, () => addToNotice(tx.store, eviction));
}

/** recordSpaceNotice within the caller's transaction. */
async function addToNotice<Stores extends ArrayLike<StoreNames<LibrarySchema>>>(
  meta: IDBPObjectStore<LibrarySchema, Stores, 'meta', 'readwrite'>,
  eviction: EvictionResult,
): Promise<SpaceNotice> {
  const previous = await meta.get(SPACE_NOTICE_KEY);
  const notice: SpaceNotice = {
    at: eviction.at,
    evicted: (isNotice(previous) ? previous.evicted : 0) + eviction.evicted,
    spaceShort: eviction.spaceShort,
  };
  await meta.put(notice, SPACE_NOTICE_KEY);
  return notice;
}

/** What to tell the reader about space, if anything. */
export async function spaceNotice(db: LibraryDb): Promise<SpaceNotice | undefined> {
  // Not db.get: its transaction's end would go unheard when the read fails.
  const tx = watched(db.transaction('meta', 'readonly'));
  const notice = await tx.store.get(SPACE_NOTICE_KEY);
  await tx.done;
  return isNotice(notice) ? notice : undefined;
}

export async function dismissSpaceNotice(db: LibraryDb): Promise<void> {
  await db.delete('meta', SPACE_NOTICE_KEY);
}
