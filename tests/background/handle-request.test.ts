import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import { handleRequest, ownSiteOnly, type BackgroundDeps } from '../../background/handle-request';
import { getArticle, openLibrary } from '../../db/library-db';

let n = 0;
function deps() {
  const db = openLibrary(`handler-${++n}`);
  const setBadge = vi.fn<(tabId: number, count: number) => void>();
  return { db: () => db, now: () => 5, extensionId: 'parallax', setBadge } satisfies BackgroundDeps;
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

describe('handleRequest', () => {
  test('stores a reported article and sets the badge of its tab', async () => {
    const d = deps();
    const response = await handleRequest({ type: 'article:seen', report }, { id: 'parallax', tab }, d);
    expect(response).toEqual({ ok: true, matchCount: 0, url: report.url });
    expect(d.setBadge).toHaveBeenCalledWith(7, 0);
    expect(await getArticle(await d.db(), report.url)).toBeDefined();
  });

  test.each([
    ['another extension', { id: 'evil', tab }, { type: 'article:seen', report }, 'outside Parallax'],
    ['no tab', { id: 'parallax' }, { type: 'article:seen', report }, 'come from tabs'],
    ['unknown type', { id: 'parallax', tab }, { type: 'nuke' }, 'unknown message type'],
  ])('refuses %s', async (_name, sender, message, reason) => {
    const response = await handleRequest(message, sender, deps());
    expect(response.ok).toBe(false);
    expect('error' in response && response.error).toContain(reason);
  });

  test('answers the popup with matches and the library size', async () => {
    const d = deps();
    await handleRequest({ type: 'article:seen', report }, { id: 'parallax', tab }, d);
    const response = await handleRequest({ type: 'matches:get', url: report.url }, { id: 'parallax' }, d);
    expect(response).toEqual({ ok: true, matches: [], libraryCount: 1, stored: true, savedByHand: false });
  });
});

test('with automatic saving off, a seen article is matched but not stored; Save stores it by hand', async () => {
  const d = deps();
  const db = await d.db();
  expect(await handleRequest({ type: 'article:seen', report, save: false }, { id: 'parallax', tab }, d)).toMatchObject({ ok: true });
  expect(await getArticle(db, report.url)).toBeUndefined();
  await handleRequest({ type: 'article:save', report }, { id: 'parallax', tab }, d);
  expect(await getArticle(db, report.url)).toMatchObject({ savedByHand: true });
  // A later automatic visit does not take the reader's choice back.
  await handleRequest({ type: 'article:seen', report, save: true }, { id: 'parallax', tab }, d);
  expect(await getArticle(db, report.url)).toMatchObject({ savedByHand: true });
});

describe('ownSiteOnly: a page cannot write over another site’s article', () => {
  test.each([
    ['https://ledger.example/a', 'https://www.ledger.example/a?x=1', 'https://ledger.example/a'],
    ['https://news.bbc.co.uk/a', 'https://www.bbc.co.uk/b', 'https://news.bbc.co.uk/a'],
    ['https://victim.example/story', 'https://evil.example/page', 'https://evil.example/page'],
  ])('claimed %s from %s → %s', (claimed, tabUrl, expected) => {
    expect(ownSiteOnly({ ...report, url: claimed }, tabUrl).url).toBe(expected);
  });
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
    await handleRequest({ type: 'article:seen', report }, { id: 'parallax', tab }, d);
    await handleRequest({ type: 'article:seen', report: other }, { id: 'parallax', tab: { id: 8, url: other.url } }, d);
    const response = await handleRequest({ type: 'matches:get', url: report.url }, { id: 'parallax' }, d);
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
    await handleRequest({ type: 'article:seen', report: other }, { id: 'parallax', tab: { id: 8, url: other.url } }, d);
    const response = await handleRequest({ type: 'matches:get', url: report.url, report }, { id: 'parallax' }, d);
    expect(response).toMatchObject({ ok: true, stored: false, comparison: { outlets: [{ name: 'Ledger' }, { name: 'Harbour' }] } });
  });
});
