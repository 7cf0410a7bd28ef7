import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findMatches } from '../../db/find-matches';
import { clearLibrary, deleteArticle, FOLD_PENDING_AT, openLibrary, saveArticle } from '../../db/library-db';
import { countArticles, getArticle } from '../../db/library-queries';
import type { LibraryDb } from '../../db/library-schema';
import { exportPage } from '../../db/library-export';
import { applyImport, prepareImport } from '../../db/library-import';
import { evictForSpace, spaceNotice } from '../../db/library-space';
import { compactStats, DF_META_KEY } from '../../db/library-stats';
import { installFaultyIdb, type FaultKind, type FaultyIdb } from './faulty-idb';
import { expectIndexConsistent, report } from './library-fixtures';

/**
 * Each fault where it hurts, one at a time (the seeded mix is fault-injection.test.ts):
 * a failed operation leaves the library as it was, with its index and counts; one that
 * committed says so; and nothing is left as an unhandled rejection.
 */

let counter = 0;
let faults: FaultyIdb;
let unhandled: unknown[];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  faults?.uninstall();
  process.off('unhandledRejection', onUnhandled);
});

const article = (i: number) => report(`https://a.example/${i}`, `Harbour vote ${i} in Porto ${i}`, `Mayor Ana Ruiz ${i} said the harbour plan ${i} costs ${i} million.`);

/** Ten articles opened at times 1..10, then the injector, armed, drawing no fault of its own. */
async function library(): Promise<{ db: LibraryDb; name: string }> {
  const name = `faults-${++counter}`;
  const db = await openLibrary(name);
  for (let i = 1; i <= 10; i++) await saveArticle(db, article(i), i);
  faults = installFaultyIdb({ seed: 1, rate: 0 });
  return { db, name };
}

/** Everything the library holds, for comparing before and after. */
async function contents(name: string): Promise<unknown> {
  const db = await openLibrary(name);
  return { articles: await db.getAll('articles'), postings: await db.getAll('postings'), pending: await db.getAll('pending'), notice: await spaceNotice(db) };
}

/** Lets fake-indexeddb finish what the failure set going, so a rejection left unhandled shows. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

async function expectUnchanged(name: string, before: unknown): Promise<void> {
  faults.armed = false;
  await settle();
  expect(await contents(name)).toEqual(before);
  await expectIndexConsistent(await openLibrary(name));
  expect(unhandled).toEqual([]);
}

describe('a save meeting each fault: written after making room, or refused with the library as it was', () => {
  test.each<[FaultKind, number, 'saved' | string]>([
    ['quota-on-write', 1, 'saved'],
    ['quota-at-commit', 1, 'saved'],
    ['unknown-error', 4, 'UnknownError'],
    ['invalid-state-throw', 5, 'InvalidStateError'],
    ['abort-midway', 2, 'AbortError'],
    ['connection-closed', 2, 'AbortError'],
  ])('%s at request %i', async (kind, at, outcome) => {
    const { db, name } = await library();
    const before = await contents(name);
    faults.force(kind, at, { writesOnly: true });
    const fresh = report('https://b.example/new', 'Harbour vote passes', 'Mayor Ana Ruiz said the harbour plan passed.');
    const saving = saveArticle(db, fresh, 100, { estimate: async () => ({ usage: 95, quota: 100 }) });
    if (outcome === 'saved') {
      await expect(saving).resolves.toMatchObject({ url: fresh.url, lastSeen: 100 });
      faults.armed = false;
      expect(await spaceNotice(db)).toMatchObject({ evicted: 2 });
      await expectIndexConsistent(db);
    } else {
      await expect(saving).rejects.toMatchObject({ name: outcome });
      await expectUnchanged(name, before);
      // A closed connection is replaced at the next call, as the background makes one.
      expect(await countArticles(await openLibrary(name))).toBe(10);
    }
    expect(faults.injected[kind]).toBe(1);
  });
});

describe('a request refused on the spot does not leave half a write', () => {
  // Which request of the operation's first write transaction throws: after the ones the operation made before it.
  test.each<[string, number, (db: LibraryDb) => Promise<unknown>]>([
    ['deleteArticle, on the postings row after the article', 3, (db) => deleteArticle(db, 'https://a.example/4')],
    ['clearLibrary, on the postings after the articles', 2, (db) => clearLibrary(db)],
    ['evictForSpace, on the second victim’s postings row', 7, (db) => evictForSpace(db, { usage: 95, quota: 100 }, 100)],
    ['saveArticle, on the postings row after the article', 5, (db) => saveArticle(db, article(3), 100)],
  ])('%s', async (_, at, operation) => {
    const { db, name } = await library();
    const before = await contents(name);
    faults.force('invalid-state-throw', at, { writesOnly: true });
    await expect(operation(db)).rejects.toMatchObject({ name: 'InvalidStateError' });
    expect(faults.injected['invalid-state-throw']).toBe(1);
    await expectUnchanged(name, before);
  });

  test('compactStats, between the new snapshot and its header: the counts stay right', async () => {
    const { db, name } = await library();
    faults.armed = false;
    await compactStats(db, true);
    for (let i = 11; i <= 13; i++) await saveArticle(db, article(i), i);
    faults.armed = true;
    // Its requests: the log's tail, the header (twice), the new chunk, then the new header.
    faults.force('invalid-state-throw', 5, { writesOnly: true });
    await expect(compactStats(db, true)).rejects.toMatchObject({ name: 'InvalidStateError' });
    faults.armed = false;
    await settle();
    await expectIndexConsistent(await openLibrary(name));
    expect(unhandled).toEqual([]);
  });
});

describe('housekeeping that fails after the commit does not turn a done write into a failure', () => {
  /** The counts' snapshot damaged, so the next write is followed by a compaction (library-stats.ts). */
  async function compactionDue(db: LibraryDb): Promise<void> {
    faults.armed = false;
    await db.put('meta', { gen: 99, upTo: 0, docCount: 0, chunks: 1 }, DF_META_KEY);
    await db.put('meta', { h: 'damaged' } as never, 'df:0');
    // Read once, found damaged: counted again from the articles, and marked for a new snapshot.
    await countArticles(db);
    faults.armed = true;
    // The write's own transaction passes; the compaction's fails.
    faults.force(null, 1, { writesOnly: true });
    faults.force('unknown-error', 1, { writesOnly: true });
  }

  test.each<[string, (db: LibraryDb) => Promise<unknown>, (db: LibraryDb) => Promise<void>]>([
    ['saveArticle', (db) => saveArticle(db, article(11), 11), async (db) => void expect(await getArticle(db, article(11).url)).toBeDefined()],
    ['deleteArticle', (db) => deleteArticle(db, article(4).url), async (db) => void expect(await getArticle(db, article(4).url)).toBeUndefined()],
    [
      'applyImport',
      (db) => applyImport(db, [prepareImport({ ...article(12), firstSeen: 5, lastSeen: 12, savedByHand: false })], 'merge'),
      async (db) => void expect(await countArticles(db)).toBe(11),
    ],
  ])('%s resolves', async (_, operation, check) => {
    const { db } = await library();
    await compactionDue(db);
    await expect(operation(db)).resolves.not.toThrow();
    expect(faults.injected['unknown-error']).toBe(1);
    faults.armed = false;
    await check(db);
    // The snapshot is still damaged; the next compaction writes it anew, counting the write.
    expect(await compactStats(db)).toBe(true);
    await expectIndexConsistent(db);
  });
});

test('filing the waiting keys fails after a visit: the visit is saved, and its keys wait, still found', async () => {
  const { db, name } = await library();
  faults.armed = false;
  // library() filed its first article; the others wait. One visit short of a batch:
  for (let i = 11; (await db.count('pending')) < FOLD_PENDING_AT - 1; i++) await saveArticle(db, article(i), i);
  const waiting = await db.count('pending');
  faults.armed = true;
  // The visit's own transaction passes; filing the batch fails.
  faults.force(null, 1, { writesOnly: true });
  faults.force('unknown-error', 1, { writesOnly: true });
  await expect(saveArticle(db, article(99), 99)).resolves.toMatchObject({ url: article(99).url });
  expect(faults.injected['unknown-error']).toBe(1);
  faults.armed = false;
  expect(await db.count('pending')).toBe(waiting + 1);
  expect((await findMatches(db, article(99).url)).length).toBeGreaterThan(0);
  await settle();
  expect(unhandled).toEqual([]);
  await expectIndexConsistent(await openLibrary(name));
});

test('an eviction that fails part way still tells the reader what it dropped', async () => {
  const { db, name } = await library();
  // One article a batch; the first batch commits, the second fails.
  faults.force(null, 1, { writesOnly: true });
  faults.force('unknown-error', 1, { writesOnly: true });
  await expect(evictForSpace(db, { usage: 95, quota: 100 }, 100, { batch: 1 })).rejects.toMatchObject({ name: 'UnknownError' });
  faults.armed = false;
  expect(await countArticles(db)).toBe(9);
  expect(await spaceNotice(db)).toMatchObject({ evicted: 1 });
  await expectIndexConsistent(await openLibrary(name));
});

test('a read that fails leaves no unhandled rejection behind', async () => {
  const { db } = await library();
  faults.force('unknown-error', 1);
  await expect(exportPage(db, null)).rejects.toMatchObject({ name: 'UnknownError' });
  await settle();
  expect(unhandled).toEqual([]);
});
