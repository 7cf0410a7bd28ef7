import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { ArticleReport } from '../../core/protocol/messages';
import type { LibrarySearch } from '../../core/protocol/library-messages';
import { clearLibrary, deleteArticle, openLibrary, saveArticle } from '../../db/library-db';
import { countArticles, articleDay, libraryOutlets, searchLibrary } from '../../db/library-queries';
import type { LibraryDb } from '../../db/library-schema';
import { expectIndexConsistent } from './library-fixtures';

let dbCounter = 0;
const freshDb = () => openLibrary(`library-queries-${++dbCounter}`);
const DAY = 86_400_000;

function report(url: string, title: string | null, siteName: string | null, text: string, publishedTime: string | null): ArticleReport {
  return { url, title, siteName, byline: null, publishedTime, lang: 'en', excerpt: null, text, flags: [] };
}

// Saved in this order, one day apart: the last one is the newest opened.
const LIBRARY = [
  report('https://ledger.example/talks', 'Voskov and Lin tout closer ties', 'The Northern Ledger', 'Talks in Temirsk on the eve of the summit.', '2025-03-12T19:11:00-04:00'),
  report('https://harbour.example/ties', 'Valdoria-Qiran ties in finest chapter', 'Harbour Independent', 'Voskov said ties were at their best.', '2025-03-13T09:22:00+02:00'),
  report('https://www.valley.example/floods', 'Floods cut off villages', null, 'Heavy rain flooded the Anvar valley; the HARBOUR road closed.', null),
  report('https://ledger.example/budget', null, 'The Northern Ledger', 'The budget passed after a long night.', '2025-04-01'),
];

async function filled(): Promise<LibraryDb> {
  const db = await freshDb();
  for (const [i, r] of LIBRARY.entries()) await saveArticle(db, r, Date.UTC(2025, 3, 10) + i * DAY, { byHand: i === 1 });
  return db;
}

const search = (over: Partial<LibrarySearch>): LibrarySearch => ({ query: '', outlet: null, from: null, to: null, offset: 0, limit: 50, ...over });
const urls = async (db: LibraryDb, over: Partial<LibrarySearch>) => (await searchLibrary(db, search(over))).items.map((i) => i.url);

describe('searchLibrary', () => {
  describe('must find', () => {
    test.each<[string, Partial<LibrarySearch>, string[]]>([
      ['everything, newest opened first', {}, ['https://ledger.example/budget', 'https://www.valley.example/floods', 'https://harbour.example/ties', 'https://ledger.example/talks']],
      ['a word of the title, any case', { query: 'valdoria' }, ['https://harbour.example/ties']],
      ['the outlet name', { query: 'northern ledger' }, ['https://ledger.example/budget', 'https://ledger.example/talks']],
      ['a word of the text only', { query: 'anvar' }, ['https://www.valley.example/floods']],
      ['every word, wherever it is', { query: 'harbour voskov' }, ['https://harbour.example/ties']],
      ['by outlet', { outlet: 'The Northern Ledger' }, ['https://ledger.example/budget', 'https://ledger.example/talks']],
      ['by host when the page names no outlet', { outlet: 'valley.example' }, ['https://www.valley.example/floods']],
      ['by outlet, however it is spelt', { outlet: 'northern ledger' }, ['https://ledger.example/budget', 'https://ledger.example/talks']],
      ['the published day as the outlet wrote it', { from: '2025-03-13', to: '2025-03-13' }, ['https://harbour.example/ties']],
      ['the day opened when there is no published date', { from: '2025-04-12', to: '2025-04-12' }, ['https://www.valley.example/floods']],
      ['an open-ended range', { from: '2025-03-13' }, ['https://ledger.example/budget', 'https://www.valley.example/floods', 'https://harbour.example/ties']],
      ['regex characters as plain text', { query: 'Valdoria-Qiran' }, ['https://harbour.example/ties']],
    ])('%s', async (_name, over, expected) => {
      expect(await urls(await filled(), over)).toEqual(expected);
    });
  });

  describe('must not find', () => {
    test.each<[string, Partial<LibrarySearch>]>([
      ['a word no article has', { query: 'zeppelin' }],
      ['words split over two articles', { query: 'budget anvar' }],
      ['a regex pattern', { query: 'Vos.ov' }],
      ['an outlet by part of its name', { outlet: 'Ledger' }],
      ['a range before every article', { to: '2025-03-01' }],
      ['the right words in the wrong outlet', { query: 'budget', outlet: 'Harbour Independent' }],
    ])('%s', async (_name, over) => {
      expect(await urls(await filled(), over)).toEqual([]);
    });
  });

  test('items carry what the list shows', async () => {
    const [item] = (await searchLibrary(await filled(), search({ query: 'valdoria' }))).items;
    expect(item).toEqual({
      url: 'https://harbour.example/ties',
      title: 'Valdoria-Qiran ties in finest chapter',
      outlet: 'Harbour Independent',
      publishedTime: '2025-03-13T09:22:00+02:00',
      lastSeen: Date.UTC(2025, 3, 11),
      savedByHand: true,
    });
  });

  test.each([
    ['unfiltered', ''],
    ['filtered', 'the'],
  ])('pages through the library (%s), saying when there is more', async (_name, query) => {
    const db = await freshDb();
    for (let i = 0; i < 7; i++) await saveArticle(db, report(`https://a.example/${i}`, `Story ${i}`, 'A', 'the text', null), 1000 + i);
    const pages = [];
    for (let offset = 0; offset < 9; offset += 3) pages.push(await searchLibrary(db, search({ query, offset, limit: 3 })));
    expect(pages.map((p) => p.items.map((i) => i.title))).toEqual([
      ['Story 6', 'Story 5', 'Story 4'],
      ['Story 3', 'Story 2', 'Story 1'],
      ['Story 0'],
    ]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
  });

  test('bounded work: stops at the scan limit and says so', async () => {
    const db = await freshDb();
    for (let i = 0; i < 6; i++) await saveArticle(db, report(`https://a.example/${i}`, `Story ${i}`, 'A', i === 0 ? 'needle' : 'hay', null), i);
    const limited = await searchLibrary(db, search({ query: 'needle' }), { scanLimit: 4 });
    expect(limited).toEqual({ items: [], hasMore: false, scanLimited: true });
    const whole = await searchLibrary(db, search({ query: 'needle' }), { scanLimit: 6 });
    expect(whole.items.map((i) => i.title)).toEqual(['Story 0']);
    expect(whole.scanLimited).toBe(false);
  });

  test('an empty library answers with nothing', async () => {
    expect(await searchLibrary(await freshDb(), search({ offset: 10 }))).toEqual({ items: [], hasMore: false, scanLimited: false });
  });
});

describe('libraryOutlets', () => {
  test('counts articles per outlet, most first, host for pages without a name', async () => {
    expect(await libraryOutlets(await filled())).toEqual({
      outlets: [
        { name: 'The Northern Ledger', count: 2 },
        { name: 'Harbour Independent', count: 1 },
        { name: 'valley.example', count: 1 },
      ],
      scanLimited: false,
    });
  });

  test('counts only the newest when the library is larger than the scan', async () => {
    const result = await libraryOutlets(await filled(), { scanLimit: 1 });
    expect(result).toEqual({ outlets: [{ name: 'The Northern Ledger', count: 1 }], scanLimited: true });
  });
});

describe('clearLibrary', () => {
  test('empties articles, postings and document frequencies together', async () => {
    const db = await filled();
    expect(await db.countFromIndex('postings', 'by-key')).toBeGreaterThan(0);
    await clearLibrary(db);
    expect([await countArticles(db), await db.count('articles'), await db.countFromIndex('postings', 'by-key'), await db.count('dfLog')]).toEqual([0, 0, 0, 0]);
    await expectIndexConsistent(db);
  });

  test('deleting one article keeps the others searchable and the index in step', async () => {
    const db = await filled();
    await deleteArticle(db, 'https://harbour.example/ties');
    expect(await urls(db, { query: 'voskov' })).toEqual(['https://ledger.example/talks']);
    await expectIndexConsistent(db);
  });
});

describe('helpers', () => {
  test.each([
    [{ publishedTime: '2025-03-13T23:30:00-05:00', lastSeen: 0 }, '2025-03-13'],
    [{ publishedTime: null, lastSeen: Date.UTC(2025, 0, 2, 23, 59) }, '2025-01-02'],
    [{ publishedTime: 'yesterday', lastSeen: Date.UTC(2025, 0, 2) }, '2025-01-02'],
  ])('articleDay(%j) is %s', (article, expected) => {
    expect(articleDay(article)).toBe(expected);
  });
});
