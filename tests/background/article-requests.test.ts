import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import type { BackgroundDeps } from '../../background/article-requests';
import { handleRequest } from './route-for-tests';
import { reportBudget } from '../../background/report-policy';
import { openLibrary } from '../../db/library-db';
import { getArticle } from '../../db/library-queries';

let n = 0;
function deps() {
  const db = openLibrary(`handler-${++n}`);
  const setBadge = vi.fn<(tabId: number, count: number) => void>();
  return { db: () => db, now: () => 5, extensionId: 'parallax', setBadge, reports: reportBudget() } satisfies BackgroundDeps;
}

const report = {
  url: 'https://ledger.example/story',
  title: 'Story',
  siteName: 'Ledger',
  byline: null,
  publishedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'President Arvid Hollen met Lin Sorel in Kestrel.',
  flags: [],
};
const tab = { id: 7, url: 'https://www.ledger.example/story?utm_source=x' };
const POPUP = { id: 'parallax', url: 'chrome-extension://parallax/popup.html' };

describe('handleRequest', () => {
  test('stores a reported article and sets the badge of its tab', async () => {
    const d = deps();
    const response = await handleRequest({ type: 'article:seen', report }, { id: 'parallax', frameId: 0, tab }, d);
    expect(response).toEqual({ ok: true, matchCount: 0, url: report.url });
    expect(d.setBadge).toHaveBeenCalledWith(7, 0);
    expect(await getArticle(await d.db(), report.url)).toBeDefined();
  });

  test.each([
    ['another extension', { id: 'evil', tab }, { type: 'article:seen', report }, 'outside Parallax'],
    ['no tab', { id: 'parallax', frameId: 0 }, { type: 'article:seen', report }, 'come from tabs'],
    ['unknown type', { id: 'parallax', frameId: 0, tab }, { type: 'nuke' }, 'unknown message type'],
  ])('refuses %s', async (_name, sender, message, reason) => {
    const response = await handleRequest(message, sender, deps());
    expect(response.ok).toBe(false);
    expect('error' in response && response.error).toContain(reason);
  });

  test('answers the popup with matches and the library size', async () => {
    const d = deps();
    await handleRequest({ type: 'article:seen', report }, { id: 'parallax', frameId: 0, tab }, d);
    const response = await handleRequest({ type: 'matches:get', url: report.url }, POPUP, d);
    expect(response).toEqual({ ok: true, matches: [], libraryCount: 1, stored: true, savedByHand: false });
  });
});

test('with automatic saving off, a seen article is matched but not stored; Save stores it by hand', async () => {
  const d = deps();
  const db = await d.db();
  expect(await handleRequest({ type: 'article:seen', report, save: false }, { id: 'parallax', frameId: 0, tab }, d)).toMatchObject({ ok: true });
  expect(await getArticle(db, report.url)).toBeUndefined();
  await handleRequest({ type: 'article:save', report }, { id: 'parallax', frameId: 0, tab }, d);
  expect(await getArticle(db, report.url)).toMatchObject({ savedByHand: true });
  // A later automatic visit does not take the reader's choice back.
  await handleRequest({ type: 'article:seen', report, save: true }, { id: 'parallax', frameId: 0, tab }, d);
  expect(await getArticle(db, report.url)).toMatchObject({ savedByHand: true });
});

describe('matches:get for the popup', () => {
  const other = {
    ...report,
    url: 'https://harbour.example/story',
    siteName: 'Harbour',
    title: 'Hollen and Sorel meet in Kestrel',
    text: 'President Arvid Hollen met Lin Sorel in Kestrel on Wednesday.',
    flags: [{ entryId: 'regime', category: 'label' as const, text: 'regime', voice: 'outlet' as const, speaker: null }],
  };

  test('adds the comparison when there are other accounts, with reasons by kind in each match', async () => {
    const d = deps();
    await handleRequest({ type: 'article:seen', report }, { id: 'parallax', frameId: 0, tab }, d);
    await handleRequest({ type: 'article:seen', report: other }, { id: 'parallax', frameId: 0, tab: { id: 8, url: other.url } }, d);
    const response = await handleRequest({ type: 'matches:get', url: report.url }, POPUP, d);
    expect(response).toMatchObject({
      ok: true,
      matches: [{ url: other.url, people: expect.any(Array), places: expect.any(Array), orgs: expect.any(Array), sharedNumbers: [] }],
      comparison: {
        outlets: [expect.objectContaining({ name: 'Ledger', current: true }), expect.objectContaining({ name: 'Harbour', current: false })],
        phrases: [{ entryId: 'regime', cells: [null, { use: 'own', speakers: [] }], outletCount: 1 }],
      },
    });
  });

  test('compares an unsaved article from its report', async () => {
    const d = deps();
    await handleRequest({ type: 'article:seen', report: other }, { id: 'parallax', frameId: 0, tab: { id: 8, url: other.url } }, d);
    const response = await handleRequest({ type: 'matches:get', url: report.url, report }, POPUP, d);
    expect(response).toMatchObject({ ok: true, stored: false, comparison: { outlets: [{ name: 'Ledger' }, { name: 'Harbour' }] } });
  });
});

describe('a hostile page', () => {
  test.each([
    ['a report from an iframe', { id: 'parallax', frameId: 3, tab }, { type: 'article:seen', report }, 'top frame'],
    ['a report from an extension page', { id: 'parallax', frameId: 0, tab: { id: 9, url: 'chrome-extension://parallax/options.html' } }, { type: 'article:seen', report }, 'come from tabs'],
    ['a content script reading the library’s matches', { id: 'parallax', frameId: 0, url: tab.url, tab }, { type: 'matches:get', url: report.url }, 'own pages'],
  ])('is refused %s', async (_name, sender, message, reason) => {
    const response = await handleRequest(message, sender, deps());
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining(reason) });
  });

  test('cannot replace a stored story by claiming its canonical URL', async () => {
    const d = deps();
    const db = await d.db();
    await handleRequest({ type: 'article:save', report }, { id: 'parallax', frameId: 0, tab }, d);
    const forged = { ...report, title: 'Forged', text: 'Completely different words about a harbour fire that never happened at all.' };
    const hostileTab = { id: 8, url: 'https://ledger.example/comments/123' };
    const response = await handleRequest({ type: 'article:seen', report: forged }, { id: 'parallax', frameId: 0, tab: hostileTab }, d);
    expect(response).toMatchObject({ ok: true, url: hostileTab.url });
    expect(await getArticle(db, report.url)).toMatchObject({ title: 'Story', text: report.text, savedByHand: true });
  });

  test('cannot flood the library from one tab', async () => {
    const d = { ...deps(), reports: reportBudget({ burst: 5, refillMs: 60_000 }) };
    const sent = Array.from({ length: 12 }, (_, i) => ({ ...report, url: `https://ledger.example/made-up-${i}` }));
    const answers = [];
    for (const r of sent) answers.push(await handleRequest({ type: 'article:seen', report: r }, { id: 'parallax', frameId: 0, tab }, d));
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    expect(answers.at(-1)).toMatchObject({ ok: false, error: expect.stringContaining('too many') });
    expect(await (await d.db()).count('articles')).toBe(5);
  });
});
