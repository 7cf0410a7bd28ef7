import { unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { countedKeys } from '../core/matching/index-keys';
import type { CorpusStats } from '../core/matching/score';
import { DfTable, type DfDelta, type DfEntries } from './df-table';
import { inTransaction, requestAll } from './in-transaction';
import type { DfLogRow, DfMeta, LibrarySchema, StoredArticle } from './library-schema';

/**
 * The library's document frequencies, kept in IndexedDB as a snapshot plus a log, and
 * in memory as a DfTable per connection.
 *
 * Why not one row per key: a write would then read and write one row for each of its
 * ~120 keys and a query read one for each key of 60 candidates, and Chromium's IndexedDB
 * pays about 0.1 ms a request. Instead every write appends ONE `dfLog` row (its changes,
 * hashed), in the transaction that changes the articles, so counts and articles never
 * disagree; every transaction that reads counts first catches up with the log rows it has
 * not seen (one small read), and once the log grows long it is folded into a snapshot
 * (`meta` 'df' and 'df:0'…, typed arrays) and emptied. `gen` changes when the library is
 * emptied, so a connection whose table predates that reloads.
 */

export const DF_META_KEY = 'df';
const CHUNK_PREFIX = 'df:';
/** Entries per snapshot row (3 MB). */
const CHUNK_ENTRIES = 1 << 18;
/** Fold the log into a new snapshot once it has this many rows, or this many entries. */
const COMPACT_ROWS = 512;
const COMPACT_ENTRIES = 200_000;
/** Articles read at a time when the counts are rebuilt from the articles themselves. */
const REBUILD_BATCH = 500;

/** Every store a transaction that reads or changes the counts must hold (the articles, to count them again if need be). */
export const STATS_STORES = ['articles', 'meta', 'dfLog'] as const;
type StatsStore = (typeof STATS_STORES)[number];
// Any transaction over the stats stores, including the upgrade's.
type StatsTx = IDBPTransaction<LibrarySchema, ArrayLike<StatsStore | 'postings' | 'pending'>, IDBTransactionMode>;
type StatsWriteTx = IDBPTransaction<LibrarySchema, ArrayLike<StatsStore | 'postings' | 'pending'>, 'readwrite' | 'versionchange'>;

interface StatsState {
  gen: number;
  upTo: number;
  /** The last log row applied. */
  lastId: number;
  table: DfTable;
  logRows: number;
  logEntries: number;
  /** The snapshot was missing or damaged: write a new one at the next compaction. */
  needsSnapshot: boolean;
}

const states = new WeakMap<IDBDatabase, StatsState>();

const EMPTY_META: DfMeta = { gen: 0, upTo: 0, docCount: 0, chunks: 0 };

function isMeta(value: unknown): value is DfMeta {
  const m = value as DfMeta | undefined;
  return typeof m?.gen === 'number' && typeof m.upTo === 'number' && typeof m.docCount === 'number' && typeof m.chunks === 'number';
}

function isEntries(value: unknown): value is DfEntries {
  const e = value as DfEntries | undefined;
  return e?.h instanceof Float64Array && e.c instanceof Int32Array && e.h.length === e.c.length;
}

function apply(state: StatsState, row: DfLogRow): void {
  const id = row.id ?? 0;
  if (id <= state.lastId) return; // another transaction applied it already
  state.lastId = id;
  if (!isEntries(row)) return;
  for (let i = 0; i < row.h.length; i++) state.table.addHash(row.h[i]!, row.c[i]!);
  state.table.docCount += typeof (row as DfLogRow).docs === 'number' ? (row as DfLogRow).docs : 0;
  state.table.version++;
  state.logRows++;
  state.logEntries += row.h.length;
}

async function readMeta(tx: StatsTx): Promise<DfMeta> {
  const meta = await tx.objectStore('meta').get(DF_META_KEY);
  return isMeta(meta) ? meta : EMPTY_META;
}

/** Reads the snapshot and the whole log; rebuilds from the articles if the snapshot is damaged. */
async function load(tx: StatsTx, meta: DfMeta): Promise<StatsState> {
  const metaStore = tx.objectStore('meta');
  const [rows, ...chunks] = (await requestAll<unknown>([
    () => tx.objectStore('dfLog').getAll(IDBKeyRange.lowerBound(meta.upTo, true)),
    ...Array.from({ length: meta.chunks }, (_, i) => () => metaStore.get(CHUNK_PREFIX + i)),
  ])) as [DfLogRow[], ...unknown[]];
  const intact = chunks.every(isEntries);
  const state: StatsState = { gen: meta.gen, upTo: meta.upTo, lastId: meta.upTo, table: new DfTable(), logRows: 0, logEntries: 0, needsSnapshot: !intact };
  if (intact) {
    const table = new DfTable(chunks.reduce((n, c) => n + c.h.length, 0));
    for (const chunk of chunks) for (let i = 0; i < chunk.h.length; i++) table.addHash(chunk.h[i]!, chunk.c[i]!);
    table.docCount = meta.docCount;
    state.table = table;
    for (const row of rows) apply(state, row);
  } else {
    // The articles are the truth: count them again, and take the log as already seen.
    state.table = await countFromArticles(tx);
    state.lastId = rows.reduce((last, row) => Math.max(last, row.id ?? 0), meta.upTo);
    state.logRows = rows.length;
  }
  return state;
}

/** Document frequencies counted from the articles' fingerprints, reading them a batch at a time. */
export async function countFromArticles(tx: StatsTx): Promise<DfTable> {
  const table = new DfTable();
  const articles = tx.objectStore('articles');
  let after: string | null = null;
  for (;;) {
    const batch: StoredArticle[] = await articles.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), REBUILD_BATCH);
    for (const article of batch) {
      if (!article.fingerprint?.words) continue;
      for (const key of countedKeys(article.fingerprint)) table.add(key, 1);
    }
    table.docCount += batch.length;
    if (batch.length < REBUILD_BATCH) return table;
    after = batch[batch.length - 1]!.url;
  }
}

/**
 * The library's document frequencies as of this transaction: the connection's table,
 * caught up with the log (usually one small read), or loaded anew when the library was
 * emptied or compacted elsewhere. Only IndexedDB requests of `tx` are awaited.
 */
export async function libraryStats(tx: StatsTx): Promise<CorpusStats> {
  const db = unwrap(tx.db) as IDBDatabase;
  let state = states.get(db);
  // Both reads at once: the log's tail is wasted only when the table must be loaded anew.
  const tail = state ? tx.objectStore('dfLog').getAll(IDBKeyRange.lowerBound(state.lastId, true)) : undefined;
  // Listened to at once: when the header's read fails, nothing awaits the tail.
  tail?.catch(() => undefined);
  const meta = await readMeta(tx);
  if (!state || state.gen !== meta.gen || state.upTo !== meta.upTo || state.lastId < meta.upTo) {
    const loaded = await load(tx, meta);
    state = states.get(db);
    // Another transaction may have loaded meanwhile; keep whichever has seen more.
    if (!state || state.gen !== loaded.gen || state.upTo !== loaded.upTo || state.lastId < loaded.lastId) states.set(db, (state = loaded));
  } else {
    for (const row of await tail!) apply(state, row);
  }
  const { table } = state;
  return { docCount: table.docCount, df: (key) => table.df(key), version: table.version };
}

/** What a connection's counts were when a guess was made from them (knownCounts). */
export interface KnownCounts {
  stats: CorpusStats;
  /** Compared by identity only. */
  state: object;
  lastId: number;
  version: number;
}

/**
 * The counts this connection holds, without reading (null before its first read): what a
 * single write guesses from, to send its writes with its reads (library-writes.ts).
 */
export function knownCounts(db: IDBPDatabase<LibrarySchema>): KnownCounts | null {
  const state = states.get(unwrap(db) as IDBDatabase);
  if (!state) return null;
  const { table } = state;
  return { stats: { docCount: table.docCount, df: (key) => table.df(key) }, state, lastId: state.lastId, version: table.version };
}

/** The counts are still those of `known`: no log row applied since, no table loaded anew. */
export function countsUnchanged(db: IDBPDatabase<LibrarySchema>, known: KnownCounts): boolean {
  const state = states.get(unwrap(db) as IDBDatabase);
  return state === known.state && state.lastId === known.lastId && state.table.version === known.version;
}

/** The connection's counts include the log row `id` (a table loaded while a write's own row was already in the log). */
export function countsInclude(db: IDBPDatabase<LibrarySchema>, id: number): boolean {
  return (states.get(unwrap(db) as IDBDatabase)?.lastId ?? 0) >= id;
}

/**
 * A write's own log row, once committed, applied to the connection's table when nothing
 * else was applied since the write read the counts (`known`, taken after its catch-up):
 * the next write's guess then holds, instead of reading the row back and finding the
 * counts changed.
 */
export function applyOwnRow(db: IDBPDatabase<LibrarySchema>, known: KnownCounts, row: DfLogRow): void {
  if (countsUnchanged(db, known)) apply(known.state as StatsState, row);
}

/** Drops the connection's counts, so the next read loads them from the stores. */
export function forgetCounts(db: IDBPDatabase<LibrarySchema>): void {
  states.delete(unwrap(db) as IDBDatabase);
}

/** Appends this write's changes to the log, in the caller's transaction. */
export async function logChanges(tx: StatsWriteTx, delta: DfDelta): Promise<void> {
  if (delta.empty) return;
  await tx.objectStore('dfLog').add({ ...delta.entries(), docs: delta.docs });
}

/** Writes the table as the snapshot, replacing the old one and the log it covers. */
async function writeSnapshot(tx: StatsWriteTx, state: StatsState, oldChunks: number): Promise<void> {
  const { h, c } = state.table.entries();
  const meta = tx.objectStore('meta');
  const chunks = Math.ceil(h.length / CHUNK_ENTRIES);
  const requests: Array<() => Promise<unknown>> = [];
  for (let i = 0; i < chunks; i++) {
    const from = i * CHUNK_ENTRIES;
    requests.push(() => meta.put({ h: h.slice(from, from + CHUNK_ENTRIES), c: c.slice(from, from + CHUNK_ENTRIES) }, CHUNK_PREFIX + i));
  }
  for (let i = chunks; i < oldChunks; i++) requests.push(() => meta.delete(CHUNK_PREFIX + i));
  const next: DfMeta = { gen: state.gen, upTo: state.lastId, docCount: state.table.docCount, chunks };
  requests.push(
    () => meta.put(next, DF_META_KEY),
    () => tx.objectStore('dfLog').delete(IDBKeyRange.upperBound(state.lastId)),
  );
  await requestAll(requests);
}

/**
 * Folds the log into a new snapshot when it has grown long (or the snapshot was damaged),
 * in a transaction of its own after the write that grew it. `force` folds it anyway.
 */
export async function compactStats(db: IDBPDatabase<LibrarySchema>, force = false): Promise<boolean> {
  const state = states.get(unwrap(db) as IDBDatabase);
  if (!force && (!state || (!state.needsSnapshot && state.logRows < COMPACT_ROWS && state.logEntries < COMPACT_ENTRIES))) return false;
  const tx = db.transaction(STATS_STORES, 'readwrite');
  // Whole or not at all: new chunks under the old header would count the log twice.
  const { current, upTo } = await inTransaction(tx, async () => {
    await libraryStats(tx);
    const meta = await readMeta(tx);
    const current = states.get(unwrap(db) as IDBDatabase)!;
    const upTo = current.lastId;
    await writeSnapshot(tx, current, meta.chunks);
    return { current, upTo };
  });
  if (states.get(unwrap(db) as IDBDatabase) === current) {
    current.upTo = upTo;
    // Log ids count up by one, so rows applied since the snapshot are the difference.
    current.logRows = current.lastId - upTo;
    current.logEntries = 0;
    current.needsSnapshot = false;
  }
  return true;
}

/**
 * compactStats after a write has committed. It is housekeeping: when it fails, the write
 * is done all the same (and is not to be reported as failed), and the log, still long, is
 * folded after the next write.
 */
export async function compactAfterWrite(db: IDBPDatabase<LibrarySchema>): Promise<void> {
  await compactStats(db).catch(() => false);
}

/**
 * Empties the counts with the library, in the caller's transaction (which empties the
 * articles): a new generation, so every connection's table reloads.
 */
export async function resetStats(tx: StatsWriteTx): Promise<void> {
  const meta = await readMeta(tx);
  await requestAll([() => tx.objectStore('dfLog').clear(), () => tx.objectStore('meta').delete(IDBKeyRange.bound(CHUNK_PREFIX, CHUNK_PREFIX + '\uffff'))]);
  await tx.objectStore('meta').put({ gen: meta.gen + 1, upTo: 0, docCount: 0, chunks: 0 }, DF_META_KEY);
}

/** Stores `table` as the whole of the counts: the snapshot, with the log it replaces (the schema upgrade's step). */
export async function saveSnapshot(tx: StatsWriteTx, table: DfTable): Promise<void> {
  const meta = await readMeta(tx);
  const last = await tx.objectStore('dfLog').openKeyCursor(null, 'prev');
  const state: StatsState = { gen: meta.gen, upTo: 0, lastId: last?.key ?? 0, table, logRows: 0, logEntries: 0, needsSnapshot: false };
  await writeSnapshot(tx, state, meta.chunks);
}
