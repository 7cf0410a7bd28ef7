import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { LIBRARY_FILE_TAIL, libraryFileArticle, libraryFileHead, parseLibraryFile, type LibraryFileArticle } from '../../core/library-file/library-file-format';
import type { ArticleReport } from '../../core/protocol/messages';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { findMatches } from '../../db/find-matches';
import { saveArticle } from '../../db/library-db';
import { countArticles, getArticle, searchLibrary } from '../../db/library-queries';
import type { LibraryDb, StoredArticle } from '../../db/library-schema';
import { exportPage } from '../../db/library-export';
import { applyImport, prepareImport } from '../../db/library-import';
import { expectIndexConsistent, freshDbFactory, report, summitA, summitB } from './library-fixtures';

const freshDb = freshDbFactory('export-test');
const floods = {
  ...report(
    'https://valley.example/floods',
    'Floods cut off villages in the Anvar valley',
    'Heavy rain flooded the Anvar valley on Monday, cutting roads to a dozen villages. Rescue teams evacuated 300 residents, the regional fire service said.',
  ),
  flags: [{ entryId: 'e1', category: 'hyperbole' as const, text: 'cut off', voice: 'outlet' as const, speaker: null }],
};

/** Every page of the library, as the options page reads it. */
async function exportAll(db: LibraryDb, maxArticles?: number): Promise<{ articles: LibraryFileArticle[]; pages: number }> {
  const articles: LibraryFileArticle[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page = await exportPage(db, after, maxArticles === undefined ? {} : { maxArticles });
    articles.push(...page.articles);
    after = page.next;
    pages++;
  } while (after !== null);
  return { articles, pages };
}

/** Export → file text → parse → import, as the two pages and the background do it. */
async function roundTrip(from: LibraryDb, to: LibraryDb, mode: 'merge' | 'replace') {
  const { articles } = await exportAll(from);
  const text = libraryFileHead(DEFAULT_SETTINGS, new Date()) + articles.map(libraryFileArticle).join(',\n') + LIBRARY_FILE_TAIL;
  const parsed = parseLibraryFile(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return applyImport(to, parsed.file.articles.map(prepareImport), mode);
}

async function library(reports: ArticleReport[], byHand: string[] = []): Promise<LibraryDb> {
  const db = await freshDb();
  for (const [i, r] of reports.entries()) await saveArticle(db, r, 1_000 + i, { byHand: byHand.includes(r.url) });
  return db;
}

describe('export', () => {
  test('pages in URL order, each after the last, every article once, no fingerprint or keys', async () => {
    const reports = Array.from({ length: 23 }, (_, i) => report(`https://a.example/${String(i).padStart(2, '0')}`, `Story ${i}`, `Text ${i}.`));
    const db = await library(reports);
    const { articles, pages } = await exportAll(db, 5);
    expect(pages).toBe(5);
    expect(articles.map((a) => a.url)).toEqual(reports.map((r) => r.url));
    expect(Object.keys(articles[0]!).sort()).toEqual(
      ['url', 'title', 'siteName', 'byline', 'publishedTime', 'lang', 'excerpt', 'text', 'flags', 'firstSeen', 'lastSeen', 'savedByHand'].sort(),
    );
  });

  test('a page holds at least one article, however long, and stops at its character budget', async () => {
    const db = await library([report('https://a.example/1', 'One', 'x'.repeat(50_000)), report('https://a.example/2', 'Two', 'y'.repeat(50_000))]);
    const first = await exportPage(db, null, { maxChars: 10 });
    expect(first.articles.map((a) => a.url)).toEqual(['https://a.example/1']);
    expect(first.next).toBe('https://a.example/1');
    const second = await exportPage(db, first.next, { maxChars: 10 });
    expect([second.articles.length, second.next]).toEqual([1, null]);
  });

  test('the kind of piece goes into the file and comes back', async () => {
    const opinion = { ...summitA, pieceType: { kind: 'opinion' as const, reasons: [{ id: 'address-section' as const, evidence: '/opinion/' }] } };
    const to = await freshDb();
    await roundTrip(await library([opinion, summitB]), to, 'replace');
    expect((await getArticle(to, summitA.url))?.pieceType).toEqual(opinion.pieceType);
    expect(await getArticle(to, summitB.url)).not.toHaveProperty('pieceType');
  });

  test('an empty library is one empty page', async () => {
    expect(await exportPage(await freshDb(), null)).toEqual({ articles: [], next: null });
  });
});

describe('export → import round trip', () => {
  test('replace: the new library is the old one, with the same fingerprints, and matches are found again', async () => {
    const from = await library([summitA, summitB, floods], [floods.url]);
    const to = await library([report('https://gone.example/x', 'Old story', 'President Hollen in Kestrel.')]);
    expect(await roundTrip(from, to, 'replace')).toEqual({ added: 3, updated: 0 });
    expect(await countArticles(to)).toBe(3);
    expect(await getArticle(to, 'https://gone.example/x')).toBeUndefined();
    // The keys an article is posted under depend on the library it joins, so they are left out.
    const withoutKeys = (a: StoredArticle | undefined) => a && { ...a, keys: undefined };
    for (const url of [summitA.url, summitB.url, floods.url]) expect(withoutKeys(await getArticle(to, url))).toEqual(withoutKeys(await getArticle(from, url)));
    expect((await findMatches(to, summitA.url)).map((m) => m.url)).toEqual([summitB.url]);
    expect(await findMatches(to, floods.url)).toEqual([]);
    await expectIndexConsistent(to);
  });

  test('merge: new articles join, one in both keeps the newer account, earlier first-seen and "saved by you"', async () => {
    const from = await library([summitA, floods]);
    const older = { ...summitB, title: 'Old title of B' };
    const to = await freshDb();
    await saveArticle(to, older, 5, { byHand: true }); // seen first here, at 5
    await saveArticle(to, summitA, 9_999); // seen later here than in the file
    const { articles } = await exportAll(from);
    const newerB: LibraryFileArticle = { ...articles[0]!, ...summitB, firstSeen: 50, lastSeen: 60, savedByHand: false };
    const result = await applyImport(to, [...articles, newerB].map(prepareImport), 'merge');
    expect(result).toEqual({ added: 1, updated: 2 });
    expect(await countArticles(to)).toBe(3);
    expect(await getArticle(to, summitB.url)).toMatchObject({ title: summitB.title, firstSeen: 5, lastSeen: 60, savedByHand: true });
    expect(await getArticle(to, summitA.url)).toMatchObject({ firstSeen: 1_000, lastSeen: 9_999 });
    expect((await findMatches(to, summitA.url)).map((m) => m.url)).toEqual([summitB.url]);
    const found = await searchLibrary(to, { query: 'Anvar', outlet: null, from: null, to: null, offset: 0, limit: 10 });
    expect(found.items.map((i) => i.url)).toEqual([floods.url]);
    await expectIndexConsistent(to);
  });

  test('merge: an older account in the file does not overwrite the newer one here, and the index is untouched by it', async () => {
    const to = await library([summitA]);
    const stale: LibraryFileArticle = { ...summitA, text: 'Floods in the Anvar valley.', firstSeen: 1, lastSeen: 2, savedByHand: true };
    await applyImport(to, [prepareImport(stale)], 'merge');
    expect(await getArticle(to, summitA.url)).toMatchObject({ text: summitA.text, firstSeen: 1, lastSeen: 1_000, savedByHand: true });
    await expectIndexConsistent(to);
  });

  test('merging the same file twice changes nothing the second time', async () => {
    const from = await library([summitA, summitB, floods]);
    const to = await library([summitA]);
    await roundTrip(from, to, 'merge');
    const postings = await to.countFromIndex('postings', 'by-key');
    expect(await roundTrip(from, to, 'merge')).toEqual({ added: 0, updated: 3 });
    expect(await to.countFromIndex('postings', 'by-key')).toBe(postings);
    await expectIndexConsistent(to);
  });

  test('replacing with an empty file empties the library and its index', async () => {
    const to = await library([summitA, summitB]);
    await applyImport(to, [], 'replace');
    expect([await countArticles(to), await to.count('articles'), await to.countFromIndex('postings', 'by-key'), await to.count('dfLog')]).toEqual([0, 0, 0, 0]);
    await expectIndexConsistent(to);
  });

  test('a failed import leaves the library as it was (one transaction)', async () => {
    const to = await library([summitA, summitB]);
    const before = await to.getAll('articles');
    const [postingsBefore, logBefore] = [await to.getAll('postings'), await to.getAll('dfLog')];
    // An article whose url cannot be a key makes the put fail half-way through the writes.
    const prepared = [prepareImport({ ...floods, firstSeen: 1, lastSeen: 1, savedByHand: false })];
    const broken = { ...prepared[0]!, article: { ...prepared[0]!.article, url: undefined as unknown as string } };
    await expect(applyImport(to, [...prepared, broken], 'replace')).rejects.toThrow();
    expect(await to.getAll('articles')).toEqual(before);
    expect([await to.getAll('postings'), await to.getAll('dfLog')]).toEqual([postingsBefore, logBefore]);
    await expectIndexConsistent(to);
  });

  test('1,000 articles: one transaction, consistent, with the time it took', async () => {
    const reports = Array.from({ length: 1_000 }, (_, i) =>
      report(`https://bulk.example/${i}`, `Council ${i} votes on harbour plan ${i % 37}`, `Mayor Ana Ruiz ${i} said the ${i % 11} harbour plan costs ${i} million. "We will build it," she said in Porto ${i % 5}.`),
    );
    const articles: LibraryFileArticle[] = reports.map((r, i) => ({ ...r, firstSeen: i, lastSeen: i, savedByHand: false }));
    const t0 = performance.now();
    const prepared = articles.map(prepareImport);
    const t1 = performance.now();
    const to = await freshDb();
    await applyImport(to, prepared, 'replace');
    const t2 = performance.now();
    console.log(`import of 1,000 articles (fake-indexeddb): fingerprints ${(t1 - t0).toFixed(0)} ms, transaction ${(t2 - t1).toFixed(0)} ms, ${await to.countFromIndex('postings', 'by-key')} postings`);
    expect(await countArticles(to)).toBe(1_000);
    await expectIndexConsistent(to);
  }, 600_000);
});
