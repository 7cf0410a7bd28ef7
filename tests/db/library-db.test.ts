import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic-articles';
import { EventIndex } from '../../core/matching/event-index';
import { countedKeys, POSTED_KEYS } from '../../core/matching/index-keys';
import { MATCH_THRESHOLD } from '../../core/matching/score';
import { findMatches, findMatchesFor } from '../../db/find-matches';
import { indexEntry } from '../../db/index-entry';
import { deleteArticle, saveArticle } from '../../db/library-db';
import { countArticles, getArticle } from '../../db/library-queries';
import { expectIndexConsistent, floods, freshDbFactory, report, summitA, summitB } from './library-fixtures';

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

  test('an account that shares little with the one read is listed through a closer account of the event, and named', async () => {
    const db = await freshDb();
    const day = '2025-03-04T12:00:00Z';
    const collapse = report('https://harbour.example/collapse', 'Kessel Bridge collapses in Norvik, four injured', 'A section of the Kessel Bridge in Norvik collapsed into the harbour early on Tuesday, injuring four people, the fire service said. Fire chief Aldo Renner said two cars were on the span. The 1962 bridge had been closed to lorries since an inspection found corrosion in its cables.', day);
    const closures = report('https://wire.example/closures', 'Norvik shuts harbour crossings after Kessel Bridge collapse', 'Mayor Ilse Varga shut every harbour crossing in Norvik after the Kessel Bridge collapse, and ordered ferry operator Fjordline to run extra boats from Osterkai pier until engineers from Brandt & Co finish checks.', day);
    const ferries = report('https://ferries.example/boats', 'Fjordline adds boats from Osterkai pier in Norvik', 'Ferry operator Fjordline will run extra boats from Osterkai pier while Mayor Ilse Varga keeps harbour crossings shut and Brandt & Co engineers carry out checks.', day);
    for (const r of [collapse, closures, ferries, floods]) await saveArticle(db, r, 1);
    const matches = await findMatches(db, collapse.url);
    expect(matches.map((m) => m.url)).toEqual([closures.url, ferries.url]);
    expect(matches[0]!.via).toBeNull();
    expect(matches[1]!.via).toEqual({ url: closures.url, title: closures.title, siteName: 'wire.example' });
    expect(matches[1]!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    // Read from the ferries' side, the collapse is the one linked.
    expect((await findMatches(db, ferries.url)).map((m) => [m.url, m.via?.url ?? null])).toEqual([
      [closures.url, null],
      [collapse.url, closures.url],
    ]);
  });

  test.each([
    ['its own URL, the fingerprint given is stored', summitA.url, 'given'],
    ["another article's URL, the report's own fingerprint is stored", summitB.url, 'own'],
  ])('an index entry made by the caller, for %s', async (_, entryUrl, expected) => {
    const db = await freshDb();
    // An entry unlike the report's own, so which fingerprint was stored shows.
    const given = { ...indexEntry(floods), url: entryUrl };
    await saveArticle(db, summitA, 1, { entry: given });
    const stored = (await getArticle(db, summitA.url))!;
    expect(stored.fingerprint).toEqual(expected === 'given' ? given.fingerprint : indexEntry(summitA).fingerprint);
    await expectIndexConsistent(db);
  });

  test('an update re-indexes: postings and document frequencies stay in step', async () => {
    const db = await freshDb();
    await saveArticle(db, summitA, 1);
    await saveArticle(db, summitB, 1);
    await saveArticle(db, { ...summitB, title: floods.title, text: floods.text }, 2);
    expect(await findMatches(db, summitA.url)).toEqual([]);
    await deleteArticle(db, summitB.url);
    expect(await db.countFromIndex('postings', 'by-key')).toBe((await getArticle(db, summitA.url))!.keys.length);
    await expectIndexConsistent(db);
  });

  test('bad input: no title, no date, one word, huge text: stored, no throw', async () => {
    const db = await freshDb();
    await saveArticle(db, { ...report('https://a.example/1', '', 'Word', null), title: null }, 1);
    await saveArticle(db, report('https://a.example/2', 'Huge', 'lorem ipsum dolor '.repeat(300_000), null), 1);
    expect(await countArticles(db)).toBe(2);
    expect(await findMatches(db, 'https://a.example/1')).toEqual([]);
    expect(await findMatches(db, 'https://nowhere.example/')).toEqual([]);
  });

  test('a long article is posted under its most telling keys only: quotes and names, not every word', async () => {
    const db = await freshDb();
    const long = report(
      'https://tidewater.example/strike',
      'Dock workers strike at Calder Bay as wage talks with Orsk Shipping collapse',
      [
        'About 2,400 dock workers walked out at the port of Calder Bay on Friday after talks between the Harbour Workers Union and Orsk Shipping broke down.',
        '"We did not choose this fight, but we will not go back to work for less than we need to live," union leader Teodor Brask told a rally.',
        'Port director Halla Mendes said 31 ships were waiting off the coast and that perishable cargo would be diverted to Velmar.',
        'Officials said the situation remained uncertain while residents waited for more information about what happened next.',
        'Economists estimated that each day of the strike would cost the regional economy about 18 million euros in delayed shipments.',
      ].join(' '),
    );
    const stored = await saveArticle(db, long, 1);
    const all = countedKeys(stored.fingerprint);
    expect(all.length).toBeGreaterThan(POSTED_KEYS);
    expect(stored.keys).toHaveLength(POSTED_KEYS);
    expect(all).toEqual(expect.arrayContaining(stored.keys));
    expect(stored.keys).toEqual(expect.arrayContaining([expect.stringMatching(/^q:/), 'e:calder bay', 'e:orsk shipping', 'w:brask']));
    expect(stored.keys).not.toContain('w:situat');
    const day = Math.floor(Date.parse('2024-07-03T10:00:00Z') / 86_400_000);
    // The row is also the card a query reads: the fingerprint and what a listing shows, never the text.
    expect(await db.get('postings', long.url)).toEqual({
      url: long.url,
      keys: stored.keys.map((key) => [key, day]),
      fingerprint: stored.fingerprint,
      title: stored.title,
      siteName: stored.siteName,
      publishedTime: stored.publishedTime,
      pieceKind: null,
    });
  });

  test('an article not stored (automatic saving off) is matched too, and not counted', async () => {
    const db = await freshDb();
    for (const r of [summitB, floods]) await saveArticle(db, r, 1);
    expect((await findMatchesFor(db, indexEntry(summitA))).map((m) => m.url)).toEqual([summitB.url]);
    expect(await countArticles(db)).toBe(2);
  });
});

describe('the IndexedDB library lists what the in-memory index lists', () => {
  // The same synthetic library (bench/synthetic-articles.ts), saved one by one in both.
  const inputs = [...syntheticArticles(400, 11)];

  test('for every tenth article, the same accounts above the threshold', async () => {
    const db = await freshDb();
    const memory = new EventIndex();
    const url = new Map<string, string>();
    for (const [i, a] of inputs.entries()) {
      const id = memory.add(a);
      url.set(id, a.url!);
      await saveArticle(db, report(a.url!, a.title ?? '', a.text, a.date), i);
    }
    let listed = 0;
    for (const a of inputs.filter((_, i) => i % 10 === 0)) {
      const expected = memory.query(a.id, { limit: 30 }).map((m) => url.get(m.id));
      const got = (await findMatches(db, a.url!)).map((m) => m.url);
      expect(got.sort()).toEqual(expected.sort());
      listed += got.length;
    }
    expect(listed).toBeGreaterThan(20);
  }, 600_000);
});
