import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { findMatches } from '../../db/find-matches';
import { deleteArticle, openLibrary, saveArticle } from '../../db/library-db';
import { countArticles, getArticle, searchLibrary } from '../../db/library-queries';
import { LIBRARY_DB_VERSION, LIBRARY_SCHEMA_HISTORY, type LibraryDb, type StoredArticle } from '../../db/library-schema';
import { exportPage } from '../../db/library-export';
import { countedKeys, POSTED_KEYS } from '../../core/matching/index-keys';
import { postingRow } from '../../db/library-writes';
import { done, expectIndexConsistent, layOutVersion1, rawOpen } from './library-fixtures';
import v1File from './upgrade-fixtures/library-v1.json';
import v2File from './upgrade-fixtures/library-v2.json';
import v3File from './upgrade-fixtures/library-v3.json';
import v4File from './upgrade-fixtures/library-v4.json';

/**
 * Every schema version the library has had, laid out with raw IndexedDB as that version
 * wrote it (its stores, indexes and records, frozen in upgrade-fixtures/), then opened
 * with today's `openLibrary`: everything must read back and keep working. A schema bump
 * adds a row here (and its line in LIBRARY_SCHEMA_HISTORY).
 */

interface EarlierVersion {
  version: number;
  /** The articles as that version stored them. */
  articles: StoredArticle[];
  /** Creates the database of that version, with its data, using raw IndexedDB only. */
  layOut(name: string, articles: StoredArticle[]): Promise<void>;
}

type FileMeta = Record<string, { h: number[]; c: number[] } | Record<string, number>>;

interface FrozenFile {
  postings: unknown[];
  /** Version 4 on: rows waiting to be filed. */
  pending?: unknown[];
  meta: unknown;
  dfLog: Array<{ id: number; h: number[]; c: number[]; docs: number }>;
}

/** A library of version 2, 3 or 4 (the same stores, and 4's pending; 3's and 4's rows carry cards) as the frozen file holds it. */
function layOutFile(file: FrozenFile, version: 2 | 3 | 4): EarlierVersion['layOut'] {
  return (name, articles) =>
    rawOpen(name, version, (db) => {
      const store = db.createObjectStore('articles', { keyPath: 'url' });
      store.createIndex('by-last-seen', 'lastSeen');
      db.createObjectStore('postings', { keyPath: 'url' }).createIndex('by-key', 'keys', { multiEntry: true });
      db.createObjectStore('dfLog', { keyPath: 'id', autoIncrement: true });
      db.createObjectStore('meta');
      if (version >= 4) db.createObjectStore('pending', { keyPath: 'url' });
    }).then((db) => {
      const tx = db.transaction(['articles', 'postings', 'dfLog', 'meta', ...(version >= 4 ? ['pending'] : [])], 'readwrite');
      for (const article of articles) tx.objectStore('articles').put(article);
      for (const row of file.postings) tx.objectStore('postings').put(row);
      for (const row of file.pending ?? []) tx.objectStore('pending').put(row);
      for (const [key, value] of Object.entries(file.meta as FileMeta)) {
        const row = Array.isArray(value.h) ? { h: Float64Array.from(value.h as number[]), c: Int32Array.from(value.c as number[]) } : value;
        tx.objectStore('meta').put(row, key);
      }
      for (const { id, h, c, docs } of file.dfLog) tx.objectStore('dfLog').put({ id, h: Float64Array.from(h), c: Int32Array.from(c), docs });
      return done(tx).finally(() => db.close());
    });
}

const EARLIER_VERSIONS: EarlierVersion[] = [
  {
    version: 1,
    articles: v1File.articles as unknown as StoredArticle[],
    layOut: layOutVersion1,
  },
  {
    version: 2,
    articles: v2File.articles as unknown as StoredArticle[],
    layOut: layOutFile(v2File, 2),
  },
  {
    version: 3,
    articles: v3File.articles as unknown as StoredArticle[],
    layOut: layOutFile(v3File, 3),
  },
  {
    version: 4,
    articles: v4File.articles as unknown as StoredArticle[],
    layOut: layOutFile(v4File, 4),
  },
];

/** A record without the keys it is posted under, which an upgrade may choose anew. */
function withoutKeys(article: StoredArticle | undefined): Omit<StoredArticle, 'keys'> | undefined {
  if (!article) return undefined;
  const { keys: _keys, ...rest } = article;
  return rest;
}

test('every version in LIBRARY_SCHEMA_HISTORY has a row here, and the newest is the one openLibrary opens', () => {
  const history = Object.keys(LIBRARY_SCHEMA_HISTORY).map(Number);
  expect(Math.max(...history)).toBe(LIBRARY_DB_VERSION);
  // The current version too: a reader's database of it must open unchanged after any refactor of the upgrade code.
  expect(EARLIER_VERSIONS.map((v) => v.version)).toEqual(history);
});

describe.each(EARLIER_VERSIONS)('a library of schema version $version', ({ version, articles, layOut }) => {
  let counter = 0;
  async function upgraded(): Promise<LibraryDb> {
    const name = `upgrade-v${version}-${++counter}`;
    await layOut(name, articles);
    return openLibrary(name);
  }

  test('opens at the current version with every store and index', async () => {
    const db = await upgraded();
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'dfLog', 'meta', 'pending', 'postings']);
    const tx = db.transaction(['articles', 'postings'], 'readonly');
    expect([...tx.objectStore('articles').indexNames]).toEqual(['by-last-seen']);
    expect([...tx.objectStore('postings').indexNames]).toEqual(['by-key']);
    expect(tx.objectStore('postings').index('by-key').multiEntry).toBe(true);
    await tx.done;
  });

  test('every article reads back as it was stored, posted under at most POSTED_KEYS of its own keys', async () => {
    const db = await upgraded();
    expect(await countArticles(db)).toBe(articles.length);
    for (const article of articles) {
      const stored = await getArticle(db, article.url);
      if (version === LIBRARY_DB_VERSION) expect(stored).toEqual(article);
      else expect(withoutKeys(stored)).toEqual(withoutKeys(article));
      expect(stored!.keys.length).toBeLessThanOrEqual(POSTED_KEYS);
      expect(countedKeys(stored!.fingerprint)).toEqual(expect.arrayContaining(stored!.keys));
    }
  });

  test('the postings and the counts agree with the articles', async () => {
    const db = await upgraded();
    await expectIndexConsistent(db);
    // The fixture holds an article with more keys than are posted now, so re-posting is tested.
    if (version < 2) expect(Math.max(...articles.map((a) => a.keys.length))).toBeGreaterThan(POSTED_KEYS);
  });

  test('the index still finds the other account, and the search and the export read every article', async () => {
    const db = await upgraded();
    const [first, second] = articles;
    expect((await findMatches(db, first!.url)).map((m) => m.url)).toEqual([second!.url]);
    const all = await searchLibrary(db, { query: '', outlet: null, from: null, to: null, offset: 0, limit: 10 });
    expect(all.items.map((i) => i.url)).toEqual([...articles].sort((a, b) => b.lastSeen - a.lastSeen).map((a) => a.url));
    const page = await exportPage(db, null);
    expect(page.articles.map((a) => a.url)).toEqual(articles.map((a) => a.url).sort());
    // A record from before flags were kept is exported with none.
    expect(page.articles.every((a) => Array.isArray(a.flags))).toBe(true);
  });

  test('writes keep the index consistent: a visit updates an old record, a delete removes one', async () => {
    const db = await upgraded();
    const [first, second] = articles;
    const { fingerprint: _fp, keys: _keys, firstSeen, lastSeen: _last, savedByHand, ...report } = second!;
    const updated = await saveArticle(db, { ...report, flags: report.flags ?? [] }, 1_800_000_000_000);
    expect(updated).toMatchObject({ firstSeen, lastSeen: 1_800_000_000_000, savedByHand });
    await deleteArticle(db, first!.url);
    expect(await countArticles(db)).toBe(articles.length - 1);
    await expectIndexConsistent(db);
  });
});

test('a version 1 record without a fingerprint is given one, counted and posted by the upgrade', async () => {
  const [first, second] = v1File.articles as unknown as StoredArticle[];
  const { fingerprint: _fp, ...damaged } = second!;
  const name = 'upgrade-v1-damaged';
  await EARLIER_VERSIONS[0]!.layOut(name, [first!, damaged as StoredArticle]);
  const db = await openLibrary(name);
  const repaired = await getArticle(db, second!.url);
  expect(repaired!.fingerprint).toEqual(second!.fingerprint);
  expect(repaired!.keys.length).toBeGreaterThan(0);
  await expectIndexConsistent(db);
  expect((await findMatches(db, first!.url)).map((m) => m.url)).toEqual([second!.url]);
});

describe('version 2 → 3: each postings row gets its card', () => {
  const v2Articles = v2File.articles as unknown as StoredArticle[];
  const layOutV2 = EARLIER_VERSIONS[1]!.layOut;

  test('every article lists, after the upgrade, the accounts a library written by version 3 lists, shown as their records say', async () => {
    await layOutV2('cards-from-v2', v2Articles);
    await EARLIER_VERSIONS[2]!.layOut('cards-written', v3File.articles as unknown as StoredArticle[]);
    const [upgraded, written] = [await openLibrary('cards-from-v2'), await openLibrary('cards-written')];
    let listed = 0;
    for (const article of v2Articles) {
      const matches = await findMatches(upgraded, article.url);
      expect(matches).toEqual(await findMatches(written, article.url));
      for (const match of matches) {
        const record = await getArticle(upgraded, match.url);
        expect(match).toMatchObject({ title: record!.title, siteName: record!.siteName, publishedTime: record!.publishedTime, pieceKind: null });
      }
      listed += matches.length;
    }
    expect(listed).toBeGreaterThan(0);
  });

  test("a record's kind of piece is carried to its card, and a damaged record keeps its old row: the upgrade still opens", async () => {
    const [first, second, third] = v2Articles;
    const { fingerprint: _fp, ...damaged } = third!;
    const articles = [first!, { ...second!, pieceType: { kind: 'opinion', reasons: [] } }, damaged as StoredArticle, ...v2Articles.slice(3)] as StoredArticle[];
    await layOutV2('cards-damaged', articles);
    const db = await openLibrary('cards-damaged');
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect(await findMatches(db, first!.url)).toEqual([expect.objectContaining({ url: second!.url, pieceKind: 'opinion' })]);
    expect(await db.get('postings', third!.url)).toEqual(v2File.postings.find((row) => row.url === third!.url));
    expect(await db.get('postings', first!.url)).toEqual(postingRow(first!));
  });
});

describe('version 3 → 4: rows wait in pending until filed', () => {
  test('a library of version 2 or 3, upgraded, lists for every article the accounts a library of version 4 lists (one row pending)', async () => {
    await EARLIER_VERSIONS[1]!.layOut('pending-from-v2', v2File.articles as unknown as StoredArticle[]);
    await EARLIER_VERSIONS[2]!.layOut('pending-from-v3', v3File.articles as unknown as StoredArticle[]);
    await EARLIER_VERSIONS[3]!.layOut('pending-written', v4File.articles as unknown as StoredArticle[]);
    const [fromV2, fromV3, written] = [await openLibrary('pending-from-v2'), await openLibrary('pending-from-v3'), await openLibrary('pending-written')];
    expect(await written.count('pending')).toBe(1);
    expect([await fromV2.count('pending'), await fromV3.count('pending')]).toEqual([0, 0]);
    let listed = 0;
    for (const article of v4File.articles as unknown as StoredArticle[]) {
      const matches = await findMatches(written, article.url);
      expect(await findMatches(fromV3, article.url)).toEqual(matches);
      expect(await findMatches(fromV2, article.url)).toEqual(matches);
      listed += matches.length;
    }
    expect(listed).toBeGreaterThan(0);
  });
});
