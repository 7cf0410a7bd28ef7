import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { BackgroundDeps, RequestSender } from '../../background/article-requests';
import { reportBudget } from '../../background/report-policy';
import { fromExtensionPage, type ExtensionIdentity } from '../../core/protocol/senders';
import { handleRequest, libraryOnly } from './route-for-tests';
import type { ArticleReport } from '../../core/protocol/messages';
import { LIBRARY_LIMITS, parseLibraryRequest } from '../../core/protocol/library-messages';
import { countArticles, getArticle } from '../../db/library-queries';
import { openLibrary, saveArticle } from '../../db/library-db';
import { recordSpaceNotice } from '../../db/library-space';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const OPTIONS_PAGE: RequestSender = { id: ID, url: `chrome-extension://${ID}/options.html#library`, tab: { id: 3, url: `chrome-extension://${ID}/options.html` } };
const CONTENT_SCRIPT: RequestSender = { id: ID, url: 'https://ledger.example/story', tab: { id: 7, url: 'https://ledger.example/story' } };

let n = 0;
async function deps(articles: ArticleReport[] = []) {
  const db = await openLibrary(`library-requests-${++n}`);
  for (const [i, r] of articles.entries()) await saveArticle(db, r, 1000 + i);
  return { db: () => Promise.resolve(db), now: () => 5, extensionId: ID, setBadge: () => undefined, reports: reportBudget() } satisfies BackgroundDeps;
}

function report(url: string, title: string): ArticleReport {
  return { url, title, siteName: 'Ledger', byline: null, publishedTime: null, lang: 'en', excerpt: null, text: `${title}. President Arvid Hollen met Lin Sorel in Kestrel.`, flags: [] };
}
const A = report('https://ledger.example/a', 'Harbour talks');
const B = report('https://ledger.example/b', 'Budget night');
const search = { type: 'library:search', query: '', offset: 0, limit: 10 };

describe('who may ask', () => {
  describe('must accept', () => {
    test.each<[string, RequestSender, Partial<ExtensionIdentity>]>([
      ['the options page in Chromium', OPTIONS_PAGE, {}],
      ['the popup in Chromium (no tab)', { id: ID, url: `chrome-extension://${ID}/popup.html` }, {}],
      ['an extension page in Firefox', { id: ID, url: 'moz-extension://0b7e-uuid/options.html' }, {}],
      ['a page on the given origin', { id: ID, url: 'moz-extension://0b7e-uuid/options.html' }, { extensionOrigin: 'moz-extension://0b7e-uuid/' }],
    ])('%s', (_name, sender, extra) => {
      expect(fromExtensionPage(sender, { extensionId: ID, ...extra })).toBe(true);
    });
  });

  describe('must refuse', () => {
    test.each<[string, RequestSender, Partial<ExtensionIdentity>]>([
      ['a content script (its URL is the web page)', CONTENT_SCRIPT, {}],
      ['a content script on a page whose path names the extension', { id: ID, url: `https://evil.example/chrome-extension://${ID}/` }, {}],
      ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }, {}],
      ['our id claimed from another extension origin', { id: ID, url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/x.html' }, {}],
      ['a sender without a URL', { id: ID }, {}],
      ['a sender with a broken URL', { id: ID, url: 'not a url' }, {}],
      ['a page off the given origin', { id: ID, url: 'moz-extension://someone-else/options.html' }, { extensionOrigin: 'moz-extension://0b7e-uuid/' }],
      ['a file page', { id: ID, url: 'file:///home/me/options.html' }, {}],
    ])('%s', (_name, sender, extra) => {
      expect(fromExtensionPage(sender, { extensionId: ID, ...extra })).toBe(false);
    });
  });

  test('a content script asking through the dispatcher is refused and nothing is deleted', async () => {
    const d = await deps([A]);
    const answer = await handleRequest({ type: 'library:delete', urls: [A.url] }, CONTENT_SCRIPT, d);
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('own pages') });
    expect(await countArticles(await d.db())).toBe(1);
  });
});

describe('parseLibraryRequest', () => {
  describe('must accept', () => {
    test.each<[string, unknown, unknown]>([
      ['a plain search', search, { type: 'library:search', query: '', outlet: null, from: null, to: null, offset: 0, limit: 10 }],
      [
        'a full search, query trimmed, empty dates as none',
        { ...search, query: '  harbour ', outlet: 'Ledger', from: '2024-02-29', to: '', offset: 100, limit: LIBRARY_LIMITS.pageSize },
        { type: 'library:search', query: 'harbour', outlet: 'Ledger', from: '2024-02-29', to: null, offset: 100, limit: 100 },
      ],
      ['outlets', { type: 'library:outlets', extra: 1 }, { type: 'library:outlets' }],
      ['clear', { type: 'library:clear' }, { type: 'library:clear' }],
      ['delete, duplicates merged', { type: 'library:delete', urls: [A.url, A.url, B.url] }, { type: 'library:delete', urls: [A.url, B.url] }],
    ])('%s', (_name, message, expected) => {
      expect(parseLibraryRequest(message)).toEqual(expected);
    });
  });

  describe('must refuse', () => {
    test.each<[string, unknown, string]>([
      ['no query', { ...search, query: undefined }, 'query'],
      ['a query too long', { ...search, query: 'x'.repeat(LIBRARY_LIMITS.queryChars + 1) }, 'query'],
      ['an outlet that is not text', { ...search, outlet: 42 }, 'outlet'],
      ['a day that does not exist', { ...search, from: '2025-02-30' }, 'YYYY-MM-DD'],
      ['a date with a time', { ...search, to: '2025-02-03T10:00' }, 'YYYY-MM-DD'],
      ['a negative offset', { ...search, offset: -1 }, 'offset'],
      ['an offset past the scan', { ...search, offset: LIBRARY_LIMITS.maxOffset + 1 }, 'offset'],
      ['a fractional offset', { ...search, offset: 1.5 }, 'offset'],
      ['a page of none', { ...search, limit: 0 }, 'limit'],
      ['a page too large', { ...search, limit: LIBRARY_LIMITS.pageSize + 1 }, 'limit'],
      ['a limit as text', { ...search, limit: '10' }, 'limit'],
      ['delete without urls', { type: 'library:delete' }, 'list of urls'],
      ['delete of none', { type: 'library:delete', urls: [] }, 'list of urls'],
      ['delete of too many', { type: 'library:delete', urls: Array.from({ length: LIBRARY_LIMITS.deleteUrls + 1 }, (_, i) => `https://a.example/${i}`) }, 'at most'],
      ['delete of a script url', { type: 'library:delete', urls: ['javascript:alert(1)'] }, 'http(s)'],
      ['delete of a url too long', { type: 'library:delete', urls: [`https://a.example/${'x'.repeat(3000)}`] }, 'http(s)'],
      ['delete of something not a url', { type: 'library:delete', urls: [{}] }, 'http(s)'],
      ['an unknown library type', { type: 'library:drop-tables' }, 'unknown message type'],
      ['not an object', 'library:clear', 'not an object'],
    ])('%s', (_name, message, reason) => {
      const parsed = parseLibraryRequest(message);
      expect(typeof parsed).toBe('string');
      expect(parsed).toContain(reason);
    });
  });
});

describe('handleLibraryRequest', () => {
  test('search answers a page, whether there is more, and the library size', async () => {
    const d = await deps([A, B]);
    expect(await handleRequest({ ...search, query: 'harbour' }, OPTIONS_PAGE, d)).toEqual({
      ok: true,
      items: [{ url: A.url, title: 'Harbour talks', outlet: 'Ledger', publishedTime: null, lastSeen: 1000, savedByHand: false }],
      hasMore: false,
      scanLimited: false,
      libraryCount: 2,
    });
  });

  test('outlets lists names with counts', async () => {
    expect(await handleRequest({ type: 'library:outlets' }, OPTIONS_PAGE, await deps([A, B]))).toEqual({
      ok: true,
      outlets: [{ name: 'Ledger', count: 2 }],
      scanLimited: false,
    });
  });

  test('delete removes what it names, counts what was there, and leaves the rest', async () => {
    const d = await deps([A, B]);
    const answer = await handleRequest({ type: 'library:delete', urls: [A.url, 'https://ledger.example/never-stored'] }, OPTIONS_PAGE, d);
    expect(answer).toEqual({ ok: true, deleted: 1, libraryCount: 1 });
    const db = await d.db();
    expect(await getArticle(db, A.url)).toBeUndefined();
    expect(await getArticle(db, B.url)).toBeDefined();
    // B's row may still wait in pending (schema 4): its keys are counted wherever they are.
    const waiting = (await db.getAll('pending')).reduce((n, row) => n + row.keys.length, 0);
    expect((await db.countFromIndex('postings', 'by-key')) + waiting).toBe((await getArticle(db, B.url))!.keys.length);
  });

  test('clear empties the library', async () => {
    const d = await deps([A, B]);
    expect(await handleRequest({ type: 'library:clear' }, OPTIONS_PAGE, d)).toEqual({ ok: true, libraryCount: 0 });
    expect(await countArticles(await d.db())).toBe(0);
  });

  test('the space notice: none at first, then what was dropped, until dismissed', async () => {
    const d = await deps([A, B]);
    expect(await handleRequest({ type: 'library:space-notice' }, OPTIONS_PAGE, d)).toEqual({ ok: true, notice: null });
    await recordSpaceNotice(await d.db(), { at: 5_000, evicted: 12, spaceShort: false });
    expect(await handleRequest({ type: 'library:space-notice' }, OPTIONS_PAGE, d)).toEqual({ ok: true, notice: { at: 5_000, evicted: 12, spaceShort: false } });
    expect(await handleRequest({ type: 'library:dismiss-space-notice' }, OPTIONS_PAGE, d)).toEqual({ ok: true, notice: null });
    expect(await handleRequest({ type: 'library:space-notice' }, OPTIONS_PAGE, d)).toEqual({ ok: true, notice: null });
  });

  test('a bad request is refused with its reason', async () => {
    expect(await handleRequest({ ...search, limit: 1000 }, OPTIONS_PAGE, await deps())).toEqual({ ok: false, error: expect.stringContaining('limit') });
  });

  test('a library that cannot be opened is an error answer, not a throw', async () => {
    const d = libraryOnly({ extensionId: ID, db: () => Promise.reject(new Error('quota exceeded')) });
    expect(await handleRequest({ type: 'library:clear' }, OPTIONS_PAGE, d)).toEqual({ ok: false, error: 'quota exceeded' });
  });

  test('the other messages still go where they went', async () => {
    const d = await deps([A]);
    expect(await handleRequest({ type: 'matches:get', url: A.url }, OPTIONS_PAGE, d)).toMatchObject({ ok: true, libraryCount: 1, stored: true });
  });
});
