import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { findMatches } from '../../db/find-matches';
import { indexEntry } from '../../db/index-entry';
import type { ArticleReport } from '../../core/protocol/messages';
import { clearLibrary, deleteArticle, saveArticle } from '../../db/library-db';
import { corpusStats } from '../../db/library-queries';
import { LIBRARY_DB_VERSION, LIBRARY_STORES, type LibraryDb, type LibrarySchema, type StoredArticle, type DfMeta } from '../../db/library-schema';
import { writeArticles } from '../../db/library-writes';
import { compactStats, DF_META_KEY } from '../../db/library-stats';
import { expectIndexConsistent, floods, freshDbFactory, report, summitA, summitB } from './library-fixtures';

/**
 * The document frequencies live in memory per connection, as a snapshot plus a log in
 * IndexedDB: whatever happens, in whichever connection, every connection's counts equal
 * a recount of the articles (expectIndexConsistent checks this one and a new one).
 */

const freshDb = freshDbFactory('stats-test');

function otherConnection(db: LibraryDb): Promise<LibraryDb> {
  return openDB<LibrarySchema>(db.name, LIBRARY_DB_VERSION);
}

describe('the counts follow the articles', () => {
  test('saves, updates and deletes', async () => {
    const db = await freshDb();
    for (const r of [summitA, summitB, floods]) await saveArticle(db, r, 1);
    await expectIndexConsistent(db);
    await saveArticle(db, { ...summitB, text: floods.text }, 2);
    await expectIndexConsistent(db);
    await deleteArticle(db, summitA.url);
    await expectIndexConsistent(db);
    expect((await corpusStats(db)).docCount).toBe(2);
  });

  test('a URL written twice in one write is one article, built on the first and counted once', async () => {
    const db = await freshDb();
    const write = (r: ArticleReport, at: number) => ({
      url: r.url,
      build: (existing: StoredArticle | undefined): StoredArticle => ({
        ...r,
        fingerprint: indexEntry(r).fingerprint,
        keys: [],
        firstSeen: existing?.firstSeen ?? at,
        lastSeen: at,
        savedByHand: false,
      }),
    });
    const tx = db.transaction(LIBRARY_STORES, 'readwrite');
    const written = await writeArticles(tx, [write(summitA, 1), write({ ...summitA, title: 'Second title' }, 2)]);
    await tx.done;
    expect(written.map((w) => w.title)).toEqual(['Second title', 'Second title']);
    expect(await db.count('articles')).toBe(1);
    expect(await db.get('articles', summitA.url)).toMatchObject({ title: 'Second title', firstSeen: 1, lastSeen: 2 });
    await expectIndexConsistent(db);
  });

  test('another connection sees this one\'s writes, and this one the other\'s', async () => {
    const db = await freshDb();
    const other = await otherConnection(db);
    await saveArticle(db, summitA, 1);
    expect((await corpusStats(other)).docCount).toBe(1);
    await saveArticle(other, summitB, 2);
    expect((await findMatches(db, summitA.url)).map((m) => m.url)).toEqual([summitB.url]);
    await expectIndexConsistent(db);
    other.close();
  });
});

describe('compaction', () => {
  test('folds the log into a snapshot without changing a count', async () => {
    const db = await freshDb();
    for (const r of [summitA, summitB, floods]) await saveArticle(db, r, 1);
    expect(await db.count('dfLog')).toBe(3);
    expect(await compactStats(db, true)).toBe(true);
    expect(await db.count('dfLog')).toBe(0);
    const meta = (await db.get('meta', DF_META_KEY)) as DfMeta;
    expect(meta).toMatchObject({ docCount: 3, chunks: 1 });
    await expectIndexConsistent(db);
    // The log goes on from the snapshot.
    await deleteArticle(db, floods.url);
    await expectIndexConsistent(db);
  });

  test('happens by itself once the log is long', async () => {
    const db = await freshDb();
    for (let i = 0; i < 520; i++) await saveArticle(db, report(`https://many.example/${i}`, `Harbour vote ${i}`, `Mayor Ana Ruiz said ${i}.`), i);
    expect(await db.count('dfLog')).toBeLessThan(100);
    await expectIndexConsistent(db);
  }, 600_000);

  test('a connection whose snapshot another one replaced loads the new one', async () => {
    const db = await freshDb();
    const other = await otherConnection(db);
    await saveArticle(db, summitA, 1);
    await corpusStats(other);
    await saveArticle(db, summitB, 1);
    await compactStats(db, true);
    await saveArticle(db, floods, 1);
    expect((await corpusStats(other)).docCount).toBe(3);
    await expectIndexConsistent(other);
    other.close();
  });
});

describe('emptied or damaged', () => {
  test('a library emptied by another connection is empty here too', async () => {
    const db = await freshDb();
    const other = await otherConnection(db);
    for (const r of [summitA, summitB]) await saveArticle(db, r, 1);
    await corpusStats(db);
    await clearLibrary(other);
    expect((await corpusStats(db)).docCount).toBe(0);
    await saveArticle(db, floods, 2);
    await expectIndexConsistent(db);
    other.close();
  });

  test.each([
    ['a snapshot row of the wrong shape', { h: [1, 2], c: 'x' }],
    ['a missing snapshot row', undefined],
  ])('%s: the counts are rebuilt from the articles, and the snapshot repaired', async (_, damaged) => {
    const db = await freshDb();
    for (const r of [summitA, summitB, floods]) await saveArticle(db, r, 1);
    await compactStats(db, true);
    await saveArticle(db, { ...floods, url: 'https://valley.example/floods-2' }, 2);
    if (damaged === undefined) await db.delete('meta', 'df:0');
    else await db.put('meta', damaged as never, 'df:0');
    const other = await otherConnection(db);
    expect((await corpusStats(other)).docCount).toBe(4);
    await compactStats(other);
    other.close();
    await expectIndexConsistent(db);
    expect(((await db.get('meta', 'df:0')) as { h?: unknown }).h).toBeInstanceOf(Float64Array);
  });
});
