import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { saveArticle } from '../../db/library-db';
import { countArticles, getArticle } from '../../db/library-queries';
import type { LibraryDb } from '../../db/library-schema';
import { dismissSpaceNotice, evictForSpace, spaceNotice } from '../../db/library-space';
import { expectIndexConsistent, freshDbFactory, report } from './library-fixtures';

const freshDb = freshDbFactory('space-test');

/** Ten articles opened at times 1..10; those listed were saved by hand. */
async function library(byHand: number[] = []): Promise<LibraryDb> {
  const db = await freshDb();
  for (let i = 1; i <= 10; i++) {
    await saveArticle(db, report(`https://a.example/${i}`, `Harbour vote ${i} in Porto ${i}`, `Mayor Ana Ruiz ${i} said the harbour plan ${i} costs ${i} million.`), i, { byHand: byHand.includes(i) });
  }
  return db;
}

async function stored(db: LibraryDb): Promise<number[]> {
  const urls = await db.getAllKeys('articles');
  return urls.map((u) => Number(u.split('/').pop())).sort((a, b) => a - b);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('evictForSpace', () => {
  test.each([
    ['below the high watermark', { usage: 85, quota: 100 }],
    ['no estimate', {}],
    ['no quota', { usage: 85 }],
  ])('%s: nothing is dropped', async (_, estimate) => {
    const db = await library();
    expect(await evictForSpace(db, estimate, 100)).toEqual({ at: 100, evicted: 0, spaceShort: false });
    expect(await countArticles(db)).toBe(10);
    expect(await spaceNotice(db)).toBeUndefined();
  });

  test('above it, the oldest articles not saved by hand go until under the low one, index and counts with them', async () => {
    const db = await library([1, 3]);
    // 10 articles in 95 units: 9.5 an article; 80 is the low watermark, so two go.
    const result = await evictForSpace(db, { usage: 95, quota: 100 }, 500, { batch: 1 });
    expect(result).toEqual({ at: 500, evicted: 2, spaceShort: false });
    expect(await stored(db)).toEqual([1, 3, 5, 6, 7, 8, 9, 10]);
    await expectIndexConsistent(db);
    expect(await spaceNotice(db)).toEqual({ at: 500, evicted: 2, spaceShort: false });
  });

  test('notices add up until dismissed', async () => {
    const db = await library();
    await evictForSpace(db, { usage: 95, quota: 100 }, 500);
    await evictForSpace(db, { usage: 95, quota: 100 }, 600);
    expect(await spaceNotice(db)).toEqual({ at: 600, evicted: 4, spaceShort: false });
    await dismissSpaceNotice(db);
    expect(await spaceNotice(db)).toBeUndefined();
  });

  test('hand-saved articles are never dropped: when only they are left, space is reported short', async () => {
    const db = await library([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const result = await evictForSpace(db, { usage: 99, quota: 100 }, 700);
    expect(result).toEqual({ at: 700, evicted: 1, spaceShort: true });
    expect(await stored(db)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await evictForSpace(db, { usage: 99, quota: 100 }, 800)).toEqual({ at: 800, evicted: 0, spaceShort: true });
    expect(await spaceNotice(db)).toEqual({ at: 800, evicted: 1, spaceShort: true });
    await expectIndexConsistent(db);
  });

  test('forced (a write was refused) it drops at least one article even when the estimate says all is well', async () => {
    const db = await library();
    expect(await evictForSpace(db, { usage: 10, quota: 100 }, 900, { force: true })).toMatchObject({ evicted: 1 });
    expect(await stored(db)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await expectIndexConsistent(db);
  });
});

describe('a save refused for want of space', () => {
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  test('makes room (oldest unsaved first), then is written on the one retry', async () => {
    const db = await library([1]);
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw quotaError();
    });
    const estimate = vi.fn(async () => ({ usage: 95, quota: 100 }));
    const fresh = report('https://b.example/new', 'Harbour vote passes', 'Mayor Ana Ruiz said the harbour plan passed.');
    await saveArticle(db, fresh, 1_000, { estimate });
    expect(estimate).toHaveBeenCalledOnce();
    expect(spy.mock.calls.length).toBeGreaterThan(1);
    expect(await getArticle(db, fresh.url)).toMatchObject({ lastSeen: 1_000 });
    // 10 articles in 95 units: two go to get under 80; the first was saved by hand.
    const kept = (await db.getAllKeys('articles')).filter((u) => u.startsWith('https://a.example/')).map((u) => Number(u.split('/').pop()));
    expect(kept.sort((a, b) => a - b)).toEqual([1, 4, 5, 6, 7, 8, 9, 10]);
    expect(await spaceNotice(db)).toEqual({ at: 1_000, evicted: 2, spaceShort: false });
    await expectIndexConsistent(db);
  });

  test('refused again, it fails with the reason, after one retry only', async () => {
    const db = await library();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    const fresh = report('https://b.example/new', 'Harbour vote passes', 'Mayor Ana Ruiz said the harbour plan passed.');
    await expect(saveArticle(db, fresh, 1_000, { estimate: async () => ({ usage: 95, quota: 100 }) })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect(await getArticle(db, fresh.url)).toBeUndefined();
    await expectIndexConsistent(db);
  });

  test('other errors are not taken for want of space', async () => {
    const db = await library();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('bad data', 'DataError');
    });
    const estimate = vi.fn(async () => ({ usage: 95, quota: 100 }));
    await expect(saveArticle(db, report('https://b.example/x', 'X', 'Y'), 1, { estimate })).rejects.toMatchObject({ name: 'DataError' });
    expect(estimate).not.toHaveBeenCalled();
    expect(await countArticles(db)).toBe(10);
  });
});
