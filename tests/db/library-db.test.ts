import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { findMatches } from '../../db/find-matches';
import { countArticles, deleteArticle, getArticle, saveArticle } from '../../db/library-db';
import { floods, freshDbFactory, report, summitA, summitB } from './library-fixtures';

const freshDb = freshDbFactory('test-library');

describe('library', () => {
  test('stores once per canonical URL and keeps the first-seen time', async () => {
    const db = await freshDb();
    await saveArticle(db, summitA, 1000);
    await saveArticle(db, { ...summitA, title: 'Updated title' }, 2000);
    expect(await countArticles(db)).toBe(1);
    const stored = await getArticle(db, summitA.url);
    expect(stored).toMatchObject({ title: 'Updated title', firstSeen: 1000, lastSeen: 2000 });
  });

  test('finds the other account of the same event, with reasons, and not the unrelated one', async () => {
    const db = await freshDb();
    for (const r of [summitA, summitB, floods]) await saveArticle(db, r, 1);
    const matches = await findMatches(db, summitA.url);
    expect(matches.map((m) => m.url)).toEqual([summitB.url]);
    expect(matches[0]!.sharedNames.join(' ')).toMatch(/Hollen/);
    expect(matches[0]!.daysApart).toBe(1);
    expect(await findMatches(db, floods.url)).toEqual([]);
  });

  test('an update re-indexes: postings and document frequencies stay in step', async () => {
    const db = await freshDb();
    await saveArticle(db, summitA, 1);
    await saveArticle(db, summitB, 1);
    await saveArticle(db, { ...summitB, title: floods.title, text: floods.text }, 2);
    expect(await findMatches(db, summitA.url)).toEqual([]);
    await deleteArticle(db, summitB.url);
    expect(await db.count('postings')).toBe((await getArticle(db, summitA.url))!.keys.length);
    const dfTotal = (await db.getAll('df')).reduce((sum, row) => sum + row.n, 0);
    expect(dfTotal).toBe(await db.count('postings'));
  });

  test('bad input: no title, no date, one word, huge text: stored, no throw', async () => {
    const db = await freshDb();
    await saveArticle(db, { ...report('https://a.example/1', '', 'Word', null), title: null }, 1);
    await saveArticle(db, report('https://a.example/2', 'Huge', 'lorem ipsum dolor '.repeat(300_000), null), 1);
    expect(await countArticles(db)).toBe(2);
    expect(await findMatches(db, 'https://a.example/1')).toEqual([]);
    expect(await findMatches(db, 'https://nowhere.example/')).toEqual([]);
  });
});
