import { describe, expect, test, vi } from 'vitest';
import { checkOutlet, feedArticle, type CheckDeps } from '../../../background/feeds/check-outlet';
import { checkDeps, fakeFetch, fakeLibrary, feedState, flagSlammed, NOW, outlet, pageReport, reply, rss, serve, type Route, type Story } from './fakes';

const FEED = 'https://ledger.example/feed';
const WORLD = 'https://ledger.example/world/feed';

const story = (slug: string, extra: Partial<Story> = {}): Story => ({
  url: `https://ledger.example/news/${slug}`,
  title: `Story ${slug}`,
  summary: `The summary of ${slug}.`,
  guid: `guid-${slug}`,
  published: 'Fri, 14 Mar 2025 09:00:00 GMT',
  ...extra,
});

const savedUrls = (saved: { report: { url: string } }[]) => saved.map((s) => s.report.url).sort();

describe('checkOutlet: what is saved', () => {
  test('new stories are saved with the outlet id, as the feed tells them', async () => {
    const { fetch } = fakeFetch({
      [FEED]: serve(
        rss('Northern Ledger', [
          story('a', { summary: 'Ministers slammed the plan.', author: 'Ann Reed' }),
          story('b', { published: 'Fri, 14 Mar 2025 08:00:00 GMT' }),
        ]),
        'application/rss+xml',
        { headers: { etag: '"v1"' } },
      ),
    });
    const { library, saved } = fakeLibrary();
    const result = await checkOutlet(outlet(), {}, new Set(), checkDeps(fetch, library));

    expect(saved.map((s) => s.outletId)).toEqual(['ledger.example', 'ledger.example']);
    expect(saved[0]!.report).toEqual({
      url: 'https://ledger.example/news/a',
      title: 'Story a',
      siteName: 'Northern Ledger',
      byline: 'Ann Reed',
      publishedTime: '2025-03-14T09:00:00Z',
      lang: null,
      excerpt: 'Ministers slammed the plan.',
      text: 'Ministers slammed the plan.',
      flags: [{ entryId: 'slammed', category: 'label', text: 'slammed', voice: 'outlet', speaker: null }],
    });
    expect(saved[1]!.report.flags).toEqual([]);
    expect(result.added).toEqual(['https://ledger.example/news/a', 'https://ledger.example/news/b']);
    expect(result.feeds).toEqual([
      {
        feedUrl: FEED,
        added: result.added,
        // Both were published on the day of NOW (UTC), the day coverage counts them under.
        addedDays: [Math.floor(NOW / 86_400_000), Math.floor(NOW / 86_400_000)],
        skipped: 0,
        state: { etag: '"v1"', lastModified: null, lastCheck: NOW, lastSuccess: NOW, consecutiveErrors: 0, lastError: null, itemCount: 2 },
      },
    ]);
  });

  test('the flags are those deps.flag gives for the saved text', async () => {
    const { fetch } = fakeFetch({ [FEED]: serve(rss('Ledger', [story('a', { summary: 'Quiet news.' })])) });
    const { library, saved } = fakeLibrary();
    const flag = vi.fn(() => [{ entryId: 'e1', category: 'weasel' as const, text: 'some say', voice: 'quote' as const, speaker: 'Lin Sorel' }]);
    await checkOutlet(outlet(), {}, new Set(), checkDeps(fetch, library, { flag }));
    expect(flag).toHaveBeenCalledWith('Quiet news.');
    expect(saved[0]!.report.flags).toEqual([{ entryId: 'e1', category: 'weasel', text: 'some say', voice: 'quote', speaker: 'Lin Sorel' }]);
  });

  test('a story without a summary is saved under its title, with no excerpt', async () => {
    const { fetch } = fakeFetch({ [FEED]: serve(rss('Ledger', [story('a', { summary: undefined, title: 'Harbour closes' })])) });
    const { library, saved } = fakeLibrary();
    await checkOutlet(outlet(), {}, new Set(), checkDeps(fetch, library));
    expect(saved[0]!.report).toMatchObject({ text: 'Harbour closes', title: 'Harbour closes', excerpt: null });
  });

  test('stories in the library, seen by GUID, or repeated across two feeds of the outlet are saved once', async () => {
    const { fetch } = fakeFetch({
      [FEED]: serve(rss('Ledger', [story('a'), story('held'), story('old', { guid: 'guid-seen-last-week' })])),
      [WORLD]: serve(
        rss('Ledger World', [
          story('a'), // the same address in the second feed
          story('a-again', { guid: 'guid-a' }), // another address, the same GUID
          story('w'),
        ]),
      ),
    });
    const { library, saved } = fakeLibrary(['https://ledger.example/news/held']);
    const guids = new Set(['guid-seen-last-week']);
    const result = await checkOutlet(outlet({ feedUrls: [FEED, WORLD] }), {}, guids, checkDeps(fetch, library));

    expect(savedUrls(saved)).toEqual(['https://ledger.example/news/a', 'https://ledger.example/news/w']);
    expect(result.feeds.map((f) => f.added)).toEqual([['https://ledger.example/news/a'], ['https://ledger.example/news/w']]);
    expect(result.feeds.map((f) => f.state.itemCount)).toEqual([3, 3]);
    // The GUIDs of this check are remembered for the next.
    expect([...guids].sort()).toEqual(['guid-a', 'guid-held', 'guid-seen-last-week', 'guid-w']);
  });

  test('a second check of the same feed with the remembered GUIDs saves nothing', async () => {
    const { fetch } = fakeFetch({ [FEED]: serve(rss('Ledger', [story('a', { url: 'https://ledger.example/news/a?v=1' })])) });
    const guids = new Set<string>();
    const first = fakeLibrary();
    await checkOutlet(outlet(), {}, guids, checkDeps(fetch, first.library));
    // The library lost the article (the reader deleted it); its GUID still says it was seen.
    const second = fakeLibrary();
    const result = await checkOutlet(outlet(), {}, guids, checkDeps(fetch, second.library));
    expect(first.saved).toHaveLength(1);
    expect(second.saved).toHaveLength(0);
    expect(result.added).toEqual([]);
  });

  test('a story on a site not granted is skipped: not fetched, not saved', async () => {
    const { fetch, urls } = fakeFetch({
      [FEED]: serve(rss('Ledger', [story('a'), story('x', { url: 'https://elsewhere.example/story' })])),
      'https://ledger.example/news/a': serve('<html><body>page</body></html>', 'text/html'),
    });
    const { library, saved } = fakeLibrary();
    const extract = vi.fn(async (_html: string, url: string) => pageReport(url, 'x'.repeat(500)));
    const result = await checkOutlet(outlet({ fetchFullText: true }), {}, new Set(), checkDeps(fetch, library, { extract }));

    expect(savedUrls(saved)).toEqual(['https://ledger.example/news/a']);
    expect(urls()).toEqual([FEED, 'https://ledger.example/news/a']);
    expect(result.feeds[0]!.skipped).toBe(1);
  });

  test('the items the feed itself could not use are counted as skipped', async () => {
    const feed = rss('Ledger', [story('a'), story('js', { url: 'javascript:alert(1)', guid: undefined })]);
    const { fetch } = fakeFetch({ [FEED]: serve(feed) });
    const { library, saved } = fakeLibrary();
    const result = await checkOutlet(outlet(), {}, new Set(), checkDeps(fetch, library));
    expect(saved).toHaveLength(1);
    expect(result.feeds[0]!.skipped).toBe(1);
  });

  test('a save that throws skips that story only', async () => {
    const { fetch } = fakeFetch({ [FEED]: serve(rss('Ledger', [story('a'), story('b', { published: 'Fri, 14 Mar 2025 08:00:00 GMT' }), story('c', { published: 'Fri, 14 Mar 2025 07:00:00 GMT' })])) });
    const { library, saved } = fakeLibrary([], (report) => report.url.endsWith('/b'));
    const result = await checkOutlet(outlet(), {}, new Set(), checkDeps(fetch, library));
    expect(savedUrls(saved)).toEqual(['https://ledger.example/news/a', 'https://ledger.example/news/c']);
    expect(result.added).toEqual(['https://ledger.example/news/a', 'https://ledger.example/news/c']);
    expect(result.feeds[0]!.skipped).toBe(1);
    expect(result.feeds[0]!.state.lastError).toBeNull();
  });

  test('a story the library refused, or on a site not granted yet, is not remembered: a later check takes it', async () => {
    const feed = rss('Ledger', [story('a'), story('x', { url: 'https://elsewhere.example/story' })]);
    const { fetch } = fakeFetch({ [FEED]: serve(feed) });
    const guids = new Set<string>();
    const refusing = fakeLibrary([], () => true);
    await checkOutlet(outlet(), {}, guids, checkDeps(fetch, refusing.library));
    expect(refusing.saved).toHaveLength(0);
    expect([...guids]).toEqual([]);

    const later = fakeLibrary();
    const granted = checkDeps(fetch, later.library, { grantedOrigins: async () => ['https://ledger.example/*', 'https://elsewhere.example/*'] });
    await checkOutlet(outlet(), {}, guids, granted);
    expect(savedUrls(later.saved)).toEqual(['https://elsewhere.example/story', 'https://ledger.example/news/a']);
    expect([...guids].sort()).toEqual(['guid-a', 'guid-x']);
  });
});

describe('checkOutlet: feeds that fail or did not change', () => {
  test('a failing feed records the error and one more failure, and the other feed still adds', async () => {
    const { fetch } = fakeFetch({
      [FEED]: () => reply('oops', { status: 500 }),
      [WORLD]: serve(rss('Ledger World', [story('w')])),
    });
    const { library, saved } = fakeLibrary();
    const before = { [FEED]: feedState({ etag: '"v3"', lastCheck: NOW - 3_600_000, lastSuccess: NOW - 7_200_000, consecutiveErrors: 2, itemCount: 12 }) };
    const result = await checkOutlet(outlet({ feedUrls: [FEED, WORLD] }), before, new Set(), checkDeps(fetch, library));

    expect(result.feeds[0]).toEqual({
      feedUrl: FEED,
      added: [],
      addedDays: [],
      skipped: 0,
      state: {
        etag: '"v3"',
        lastModified: null,
        lastCheck: NOW,
        lastSuccess: NOW - 7_200_000,
        consecutiveErrors: 3,
        lastError: { kind: 'http-status', message: 'The site answered 500 (server error).' },
        itemCount: 12,
      },
    });
    expect(result.feeds[1]!.state).toMatchObject({ consecutiveErrors: 0, lastError: null, itemCount: 1 });
    expect(savedUrls(saved)).toEqual(['https://ledger.example/news/w']);
    expect(result.added).toEqual(['https://ledger.example/news/w']);
  });

  test('a page where the feed should be is recorded as html-page', async () => {
    const { fetch } = fakeFetch({ [FEED]: serve('<!doctype html><html><head><title>Not found</title></head><body>Sorry</body></html>', 'text/html') });
    const { library, saved } = fakeLibrary();
    const result = await checkOutlet(outlet(), {}, new Set(), checkDeps(fetch, library));
    expect(result.feeds[0]!.state.lastError?.kind).toBe('html-page');
    expect(result.feeds[0]!.state.consecutiveErrors).toBe(1);
    expect(saved).toEqual([]);
  });

  test('a feed whose origin is no longer granted records a permission error without fetching', async () => {
    const { fetch, calls } = fakeFetch({ [FEED]: serve(rss('Ledger', [story('a')])) });
    const { library } = fakeLibrary();
    const result = await checkOutlet(outlet(), {}, new Set(), checkDeps(fetch, library, { grantedOrigins: async () => [] }));
    expect(result.feeds[0]!.state.lastError?.kind).toBe('permission');
    expect(calls).toHaveLength(0);
  });

  test('304 asks with the validators and keeps the item count', async () => {
    const { fetch, calls } = fakeFetch({ [FEED]: () => reply(null, { status: 304 }) });
    const { library, saved } = fakeLibrary();
    const before = {
      [FEED]: feedState({ etag: '"v3"', lastModified: 'Thu, 13 Mar 2025 10:00:00 GMT', lastCheck: NOW - 3_600_000, consecutiveErrors: 1, itemCount: 7 }),
    };
    const result = await checkOutlet(outlet(), before, new Set(), checkDeps(fetch, library));

    expect(calls[0]!.init!.headers).toEqual({ 'If-None-Match': '"v3"', 'If-Modified-Since': 'Thu, 13 Mar 2025 10:00:00 GMT' });
    expect(result.feeds[0]!.state).toEqual({
      etag: '"v3"',
      lastModified: 'Thu, 13 Mar 2025 10:00:00 GMT',
      lastCheck: NOW,
      lastSuccess: NOW,
      consecutiveErrors: 0,
      lastError: null,
      itemCount: 7,
    });
    expect(saved).toEqual([]);
  });
});

describe('checkOutlet: full text', () => {
  const A = 'https://ledger.example/news/a';
  const feed = rss('Ledger', [story('a', { summary: 'A short teaser.' })]);

  test('the page is read and its longer text kept, under the feed’s address and dates', async () => {
    const { fetch, urls } = fakeFetch({
      [FEED]: serve(feed),
      [A]: serve('<html><body>the whole story</body></html>', 'text/html', { url: 'https://ledger.example/news/a?amp=1' }),
    });
    const { library, saved } = fakeLibrary();
    const full = 'The whole story, paragraph after paragraph. '.repeat(10);
    const extract = vi.fn(async (_html: string, url: string) =>
      pageReport(url, full, { byline: 'Ann Reed', flags: [{ entryId: 'p', category: 'hyperbole', text: 'whole', voice: 'outlet', speaker: null }] }),
    );
    await checkOutlet(outlet({ fetchFullText: true }), {}, new Set(), checkDeps(fetch, library, { extract }));

    expect(urls()).toEqual([FEED, A]);
    expect(extract).toHaveBeenCalledWith('<html><body>the whole story</body></html>', 'https://ledger.example/news/a?amp=1');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.report).toEqual({
      url: A,
      title: 'Story a',
      siteName: 'Northern Ledger',
      byline: 'Ann Reed',
      publishedTime: '2025-03-14T09:00:00Z',
      lang: 'en',
      excerpt: null,
      text: full,
      flags: [{ entryId: 'p', category: 'hyperbole', text: 'whole', voice: 'outlet', speaker: null }],
    });
  });

  test('without fetchFullText no page is fetched', async () => {
    const { fetch, urls } = fakeFetch({ [FEED]: serve(feed), [A]: serve('<html></html>', 'text/html') });
    const { library, saved } = fakeLibrary();
    const extract = vi.fn(async (_html: string, url: string) => pageReport(url, 'long '.repeat(100)));
    await checkOutlet(outlet(), {}, new Set(), checkDeps(fetch, library, { extract }));
    expect(urls()).toEqual([FEED]);
    expect(extract).not.toHaveBeenCalled();
    expect(saved[0]!.report.text).toBe('A short teaser.');
  });

  test.each<[string, Route, NonNullable<CheckDeps['extract']>]>([
    ['extract finds no article', serve('<html></html>', 'text/html'), async () => null],
    ['extract throws', serve('<html></html>', 'text/html'), async () => { throw new Error('parser broke'); }],
    ['the page text is shorter than the summary', serve('<html></html>', 'text/html'), async (_html, url) => pageReport(url, 'Short.')],
    ['the page answers 404', () => reply('gone', { status: 404 }), async (_html, url) => pageReport(url, 'long '.repeat(100))],
    ['the page redirects to a site not granted', serve('<html></html>', 'text/html', { url: 'https://paywall.example/a' }), async (_html, url) => pageReport(url, 'long '.repeat(100))],
  ])('the summary is kept when %s', async (_name, page, extract) => {
    const { fetch } = fakeFetch({ [FEED]: serve(feed), [A]: page });
    const { library, saved } = fakeLibrary();
    const result = await checkOutlet(outlet({ fetchFullText: true }), {}, new Set(), checkDeps(fetch, library, { extract }));
    expect(saved.map((s) => s.report)).toEqual([feedArticle({ url: A, guid: 'guid-a', title: 'Story a', summary: 'A short teaser.', published: '2025-03-14T09:00:00Z', author: null }, outlet(), { flag: flagSlammed })]);
    expect(saved[0]!.report.text).toBe('A short teaser.');
    expect(result.feeds[0]!.state.lastError).toBeNull();
  });
});

describe('checkOutlet: stopping', () => {
  test('an aborted signal saves nothing more', async () => {
    const { fetch } = fakeFetch({ [FEED]: serve(rss('Ledger', [story('a'), story('b')])) });
    const { library, saved } = fakeLibrary();
    const controller = new AbortController();
    const deps = checkDeps(fetch, library, {
      signal: controller.signal,
      save: async (report, id) => {
        await library.save(report, id);
        controller.abort();
      },
    });
    await checkOutlet(outlet(), {}, new Set(), deps);
    expect(saved).toHaveLength(1);
  });
});
