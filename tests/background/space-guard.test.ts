import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import { spaceGuard, SPACE_CHECK_EVERY_MS } from '../../background/space-guard';
import { openLibrary, saveArticle } from '../../db/library-db';
import { spaceNotice } from '../../db/library-space';

const article = (n: number) => ({
  url: `https://ledger.example/news/${n}`,
  title: `Story ${n} about the Carrow Bridge floods`,
  siteName: 'Ledger',
  byline: null,
  publishedTime: null,
  lang: 'en',
  excerpt: null,
  text: `The River Wendle flooded Carrow Bridge, story ${n}.`,
  flags: [],
});

describe('spaceGuard', () => {
  test('asks how full storage is at most once per interval', async () => {
    const db = await openLibrary(`space-guard-${Math.random()}`);
    const estimate = vi.fn(async () => ({ usage: 10, quota: 100 }));
    let now = 1_000;
    const guard = spaceGuard({ db: async () => db, now: () => now, estimate });
    await guard();
    await guard();
    expect(estimate).toHaveBeenCalledTimes(1);
    now += SPACE_CHECK_EVERY_MS;
    await guard();
    expect(estimate).toHaveBeenCalledTimes(2);
  });

  test('near the quota, drops the oldest articles not saved by hand and leaves a notice', async () => {
    const db = await openLibrary(`space-guard-${Math.random()}`);
    for (let n = 0; n < 10; n++) await saveArticle(db, article(n), 1_000 + n, { byHand: n === 0 });
    const guard = spaceGuard({ db: async () => db, now: () => 50_000, estimate: async () => ({ usage: 95, quota: 100 }) });
    await guard();
    const left = await db.getAllKeys('articles');
    expect(left.length).toBeLessThan(10);
    expect(left).toContain(article(0).url); // saved by hand: kept
    expect(left).toContain(article(9).url); // the newest stay
    expect(await spaceNotice(db)).toMatchObject({ evicted: 10 - left.length, spaceShort: false });
  });

  test('a failing estimate is reported, not thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = await openLibrary(`space-guard-${Math.random()}`);
    const guard = spaceGuard({ db: async () => db, now: () => 1, estimate: () => Promise.reject(new Error('no storage manager')) });
    await expect(guard()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
