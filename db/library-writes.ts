import { countedKeys, dayOf, indexKeys } from '../core/matching/index-keys';
import type { CorpusStats } from '../core/matching/score';
import { DfDelta } from './df-table';
import { requestAll } from './in-transaction';
import { applyOwnRow, countsInclude, countsUnchanged, forgetCounts, knownCounts, libraryStats, logChanges, resetStats, type KnownCounts } from './library-stats';
import type { IDBPTransaction } from 'idb';
import type { DfLogRow, LibrarySchema, LibraryWriteTx, PendingRow, PostingRow, StoredArticle } from './library-schema';

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
 * round trips to the database and the commit. Keys are filed in `postings` directly (an
 * import writes thousands in one transaction); an article stored before loses the keys
 * it may have waiting in `pending`.
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
    for (const { before, record } of planned.slice(i, i + WRITE_BATCH)) {
      const final = { ...record, keys: indexKeys(record.fingerprint, stats) };
      posted.set(final.url, final);
      requests.push(
        () => articles.put(final),
        () => tx.objectStore('postings').put(postingRow(final)),
      );
      // Only a stored article can have keys waiting: a new one skips the request.
      if (before !== undefined) requests.push(() => tx.objectStore('pending').delete(final.url));
    }
    if (i + WRITE_BATCH >= planned.length) requests.push(() => logChanges(tx, delta));
    // A request refused on the spot (a bad key) rejects this; the caller aborts the transaction.
    await requestAll(requests);
    if (planned.length > 0) options.onProgress?.(Math.round((Math.min(i + WRITE_BATCH, planned.length) / planned.length) * writes.length));
  }
  return built.map((record) => posted.get(record.url) ?? record);
}

/** A record posted under its most telling keys by `stats`, and its change to the counts. */
function planWrite(write: ArticleWrite, before: StoredArticle | undefined, base: CorpusStats): { final: StoredArticle; delta: DfDelta } {
  const record = write.build(before);
  const delta = new DfDelta();
  if (before?.fingerprint?.words) delta.add(countedKeys(before.fingerprint), -1);
  else if (!before) delta.docs++;
  delta.add(countedKeys(record.fingerprint), 1);
  const stats: CorpusStats = { docCount: base.docCount + delta.docs, df: (key) => base.df(key) + (delta.byKey.get(key) ?? 0) };
  return { final: { ...record, keys: indexKeys(record.fingerprint, stats) }, delta };
}

/** What writeOneArticle wrote. */
export interface OneWritten {
  record: StoredArticle;
  /** Articles whose keys wait in `pending` once it commits, its own among them (0 when it filed its keys in `postings`). */
  pendingRows: number;
}

/**
 * writeArticles for one article (a visit), in one round trip to the database instead of
 * two when the guess holds: the writes for a new article, posted by the counts this
 * connection already holds, go out with the reads, since a transaction's requests run in
 * order and the reads see the library as it was. When the article was stored already, or
 * the counts had changed, the same rows are written again, as writeArticles would have
 * written them (its log row under the same id), so the outcome is the same. `build` may
 * be called twice.
 *
 * The article's card goes to `postings` without its keys, and its keys to `pending`, a
 * store without an index: one entry instead of one per key (at 100,000 articles in
 * Chromium, 2.4 ms an add against 5.4), and `foldPending` files a batch of them later; a
 * query reads both (find-matches.ts), so the article is found at once.
 */
export async function writeOneArticle(tx: LibraryWriteTx, write: ArticleWrite): Promise<OneWritten> {
  const known = knownCounts(tx.db);
  if (!known) return { record: (await writeArticles(tx, [write]))[0]!, pendingRows: 0 };
  const articles = tx.objectStore('articles');
  const postings = tx.objectStore('postings');
  const pending = tx.objectStore('pending');
  const log = tx.objectStore('dfLog');
  const guess = planWrite(write, undefined, known.stats);
  try {
    const [base, stored, , , , logId, pendingRows] = (await requestAll<unknown>([
      () => libraryStats(tx),
      () => articles.get(write.url),
      () => articles.put(guess.final),
      () => postings.put(unfiled(guess.final)),
      () => pending.put(pendingRow(guess.final)),
      () => log.add({ ...guess.delta.entries(), docs: guess.delta.docs }),
      () => pending.count(),
    ])) as [CorpusStats, StoredArticle | undefined, unknown, unknown, unknown, number, number];
    if (stored === undefined && countsUnchanged(tx.db, known)) {
      appliedOnCommit(tx, known, { ...guess.delta.entries(), docs: guess.delta.docs, id: logId });
      return { record: guess.final, pendingRows };
    }
    // A table loaded during this transaction read the guess's own log row: take it out again.
    const reloaded = countsInclude(tx.db, logId);
    const counted: CorpusStats = reloaded ? { docCount: base.docCount - guess.delta.docs, df: (key) => base.df(key) - (guess.delta.byKey.get(key) ?? 0) } : base;
    const { final, delta } = planWrite(write, stored, counted);
    const row = { ...delta.entries(), docs: delta.docs, id: logId };
    await requestAll<unknown>([
      () => articles.put(final),
      () => postings.put(unfiled(final)),
      () => pending.put(pendingRow(final)),
      () => (delta.empty ? log.delete(logId) : log.put(row)),
    ]);
    // That table counted the guess; the next read loads the counts as committed.
    if (reloaded) forgetCounts(tx.db);
    else if (!delta.empty) appliedOnCommit(tx, knownCounts(tx.db), row);
    return { record: final, pendingRows };
  } catch (error) {
    // A table loaded during a transaction that fails may count its uncommitted log row.
    if (!countsUnchanged(tx.db, known)) forgetCounts(tx.db);
    throw error;
  }
}

type FoldTx = IDBPTransaction<LibrarySchema, ArrayLike<'postings' | 'pending'>, 'readwrite'>;

/** An article's card as a visit writes it: its keys wait in `pending`, so the index files nothing yet. */
function unfiled(article: StoredArticle): PostingRow {
  return { ...postingRow(article), keys: [] };
}

/** The keys a visit leaves to be filed, each with its day, as its postings row would hold them. */
export function pendingRow(article: StoredArticle): PendingRow {
  return { url: article.url, keys: postingRow(article).keys };
}

/**
 * Files every article's keys waiting in `pending` in its postings row, within the
 * caller's transaction (whole or not at all: keys are never lost between the two, nor in
 * both). They were chosen by their writes, days included, so filing them changes no
 * listing. Returns how many articles were filed.
 */
export async function foldPending(tx: FoldTx): Promise<number> {
  const pending = tx.objectStore('pending');
  const postings = tx.objectStore('postings');
  const rows = await pending.getAll();
  if (rows.length === 0) return 0;
  const cards = await requestAll(rows.map((row) => () => postings.get(row.url)));
  const filed: Array<() => Promise<unknown>> = [];
  // A card is written with its keys in the same transaction: one can only be missing if damaged, and then has nothing to file.
  rows.forEach((row, i) => {
    const card = cards[i];
    if (card) filed.push(() => postings.put({ ...card, keys: row.keys }));
  });
  await requestAll([...filed, () => pending.clear()]);
  return rows.length;
}

/** `row`, this transaction's own log row, applied to the connection's counts once it commits (never if it aborts). */
function appliedOnCommit(tx: LibraryWriteTx, known: KnownCounts | null, row: DfLogRow): void {
  // No counts (dropped meanwhile): the next read loads them, this row with them.
  if (!known) return;
  tx.done.then(
    () => applyOwnRow(tx.db, known, row),
    () => undefined,
  );
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
 * Takes stored articles out of the library, their postings rows and keys waiting with them, within the
 * caller's transaction; `delta` is counted at once, and the caller logs it (one row for
 * many deletions).
 */
export function unpostArticles(tx: LibraryWriteTx, records: readonly StoredArticle[], delta: DfDelta): Promise<unknown> {
  for (const record of records) {
    if (record.fingerprint?.words) delta.add(countedKeys(record.fingerprint), -1);
    delta.docs--;
  }
  return requestAll(
    records.flatMap((record) => [() => tx.objectStore('articles').delete(record.url), () => tx.objectStore('postings').delete(record.url), () => tx.objectStore('pending').delete(record.url)]),
  );
}

/** Empties the library, its index and its counts, within the caller's transaction. */
export async function clearLibraryStores(tx: LibraryWriteTx): Promise<void> {
  await requestAll([() => tx.objectStore('articles').clear(), () => tx.objectStore('postings').clear(), () => tx.objectStore('pending').clear(), () => resetStats(tx)]);
}
