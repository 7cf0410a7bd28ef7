import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic-articles';
import { countedKeys } from '../../core/matching/index-keys';
import type { ArticleReport } from '../../core/protocol/messages';
import { indexEntry } from '../../db/index-entry';
import { findMatches, findMatchesFor } from '../../db/find-matches';
import { clearLibrary, FOLD_PENDING_AT, filePendingRows, openLibrary, saveArticle } from '../../db/library-db';
import { corpusStats } from '../../db/library-queries';
import { LIBRARY_DB_VERSION, LIBRARY_STORES, toStoredArticle, type LibraryDb, type LibrarySchema } from '../../db/library-schema';
import { compactStats } from '../../db/library-stats';
import { writeArticles, writeOneArticle } from '../../db/library-writes';
import { expectIndexConsistent, floods, report, rowsAsRead, summitA, summitB } from './library-fixtures';

/**
 * A visit is written in one round trip when the connection's counts and the absence of
 * the article are guessed right (writeOneArticle); whatever happened meanwhile, the
 * library must end as the plain path (writeArticles, reads first) leaves it. Each case runs
 * the same steps twice, once through saveArticle and once through writeArticles, and
 * compares the stores and the counts.
 */

type Save = (db: LibraryDb, r: ArticleReport, now: number) => Promise<unknown>;

const guessing: Save = (db, r, now) => saveArticle(db, r, now);

/** saveArticle as it was before the guess: the reads, then the writes. */
const plain: Save = async (db, r, now) => {
  const { fingerprint } = indexEntry(r);
  const tx = db.transaction(LIBRARY_STORES, 'readwrite');
  await writeArticles(tx, [
    {
      url: r.url,
      build: (existing) => toStoredArticle(r, { fingerprint, keys: [], firstSeen: existing?.firstSeen ?? now, lastSeen: now, savedByHand: existing?.savedByHand ?? false }),
    },
  ]);
  await tx.done;
};

const many = [...syntheticArticles(40, 11)].map((a) => report(a.url!, a.title ?? '', a.text, a.date));

/** A step: what the library's own connection saves, or what another connection does meanwhile. */
type Step = (save: Save, db: LibraryDb, other: LibraryDb) => Promise<unknown>;

let counter = 0;

async function outcome(save: Save, steps: Step[]): Promise<unknown> {
  const name = `writes-${++counter}`;
  const db = await openLibrary(name);
  const other = await openDB<LibrarySchema>(name, LIBRARY_DB_VERSION);
  try {
    for (const step of steps) await step(save, db, other);
    await expectIndexConsistent(db);
    const stats = await corpusStats(db);
    const articles = await db.getAll('articles');
    const keys = [...new Set(articles.flatMap((a) => countedKeys(a.fingerprint)))].sort();
    // A visit's keys wait in pending where the plain path files them: the rows are compared as a query reads them.
    return { articles, rows: await rowsAsRead(db), docCount: stats.docCount, df: keys.map((key) => stats.df(key)) };
  } finally {
    other.close();
  }
}

const saveAll =
  (reports: ArticleReport[], from = 1): Step =>
  async (save, db) => {
    for (const [i, r] of reports.entries()) await save(db, r, from + i);
  };

describe('a visit written with its reads ends as one written after them', () => {
  test.each<[string, Step[]]>([
    ['new articles, one after another', [saveAll(many)]],
    ['a second visit to a stored article, changed', [saveAll(many.slice(0, 10)), saveAll([{ ...many[3]!, title: 'Changed', text: `${many[3]!.text} More was said later.` }], 50)]],
    ['a second visit, unchanged (no change to the counts)', [saveAll([summitA, summitB]), saveAll([summitA], 9)]],
    ['another connection wrote meanwhile', [saveAll(many.slice(0, 10)), (save, _db, other) => save(other, floods, 20), saveAll(many.slice(10, 20), 30)]],
    ['another connection folded the counts into a snapshot meanwhile (the counts load anew)', [saveAll(many.slice(0, 10)), async (save, _db, other) => { await save(other, floods, 20); await compactStats(other, true); }, saveAll(many.slice(10, 20), 30)]],
    ['another connection emptied the library meanwhile', [saveAll(many.slice(0, 10)), (_save, _db, other) => clearLibrary(other), saveAll(many.slice(10, 20), 30)]],
  ])('%s', async (_, steps) => {
    const expected = await outcome(plain, steps);
    expect(await outcome(guessing, steps)).toEqual(expected);
  });
});

test('after the first, each new article of a session is written on the guess (its record built once, not twice)', async () => {
  const db = await openLibrary(`writes-${++counter}`);
  const builds: number[] = [];
  for (const [i, r] of many.slice(0, 12).entries()) {
    const { fingerprint } = indexEntry(r);
    let built = 0;
    const tx = db.transaction(LIBRARY_STORES, 'readwrite');
    await writeOneArticle(tx, {
      url: r.url,
      build: (existing) => {
        built++;
        return toStoredArticle(r, { fingerprint, keys: [], firstSeen: existing?.firstSeen ?? i, lastSeen: i, savedByHand: false });
      },
    });
    await tx.done;
    builds.push(built);
  }
  // The first has no counts to guess from; the second reads the first's log row back.
  expect(builds.slice(2)).toEqual(Array(10).fill(1));
  await expectIndexConsistent(db);
});

describe('a visit waits in pending until a batch is filed', () => {
  test('a visit just saved is found while its keys wait, by the other account and by itself, and lists the same once they are filed', async () => {
    const db = await openLibrary(`writes-${++counter}`);
    // The first write of a connection has no counts to guess from and files its row.
    await saveArticle(db, floods, 1);
    await saveArticle(db, summitA, 2);
    await saveArticle(db, summitB, 3);
    expect((await db.getAllKeys('pending')).sort()).toEqual([summitA.url, summitB.url].sort());
    const waiting = [await findMatches(db, summitA.url), await findMatches(db, summitB.url), await findMatchesFor(db, indexEntry(summitB))];
    expect(waiting.map((matches) => matches.map((m) => m.url))).toEqual([[summitB.url], [summitA.url], [summitA.url]]);
    expect(await filePendingRows(db)).toBe(2);
    expect(await db.count('pending')).toBe(0);
    expect([await findMatches(db, summitA.url), await findMatches(db, summitB.url), await findMatchesFor(db, indexEntry(summitB))]).toEqual(waiting);
    await expectIndexConsistent(db);
  });

  test('a second visit to a filed article takes its keys out of the index until they are filed again', async () => {
    const db = await openLibrary(`writes-${++counter}`);
    await saveArticle(db, floods, 1);
    await saveArticle(db, summitA, 2);
    await filePendingRows(db);
    expect((await db.get('postings', summitA.url))!.keys.length).toBeGreaterThan(0);
    await saveArticle(db, { ...summitA, title: 'Leaders praise alliance at Kestrel' }, 3);
    expect([(await db.get('postings', summitA.url))!.keys, await db.getKey('pending', summitA.url)]).toEqual([[], summitA.url]);
    await expectIndexConsistent(db);
  });

  test(`visits' keys are filed ${FOLD_PENDING_AT} articles at a time: never more wait, and none is lost`, async () => {
    const db = await openLibrary(`writes-${++counter}`);
    const reports = [...syntheticArticles(FOLD_PENDING_AT + 8, 5)].map((a) => report(a.url!, a.title ?? '', a.text, a.date));
    let most = 0;
    for (const [i, r] of reports.entries()) {
      await saveArticle(db, r, i);
      most = Math.max(most, await db.count('pending'));
    }
    expect(most).toBe(FOLD_PENDING_AT - 1);
    expect(await db.count('postings')).toBe(reports.length);
    expect((await db.getAll('postings')).filter((row) => row.keys.length > 0).length).toBeGreaterThanOrEqual(FOLD_PENDING_AT);
    await expectIndexConsistent(db);
  });
});
