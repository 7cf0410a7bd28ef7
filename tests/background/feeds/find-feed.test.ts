import { describe, expect, test } from 'vitest';
import { findFeed, type FindDeps } from '../../../background/feeds/find-feed';
import { commonFeedPaths } from '../../../core/feeds/discover-feeds';
import { fakeFetch, NOW, reply, rss, serve } from './fakes';

const SITE = 'https://ledger.example/';
const GRANTED = ['https://ledger.example/*'];
const FEED_XML = rss('Northern Ledger', [{ url: 'https://ledger.example/news/a', title: 'Harbour talks', summary: 'Talks resume.', published: 'Fri, 14 Mar 2025 09:00:00 GMT' }]);

const deps = (fetch: typeof globalThis.fetch, granted = GRANTED): FindDeps => ({ fetch, now: () => NOW, granted });
const page = (head: string) => `<!doctype html><html><head><title>Northern Ledger</title>${head}</head><body><h1>News</h1></body></html>`;

describe('findFeed: found', () => {
  test('the address itself is a feed', async () => {
    const { fetch, urls } = fakeFetch({ 'https://ledger.example/feed': serve(FEED_XML) });
    const found = await findFeed('https://ledger.example/feed', deps(fetch));
    expect(found).toMatchObject({ ok: true, feedUrl: 'https://ledger.example/feed', siteUrl: SITE, feed: { title: 'Northern Ledger', format: 'rss' } });
    expect(found.ok && found.feed.items.map((item) => item.url)).toEqual(['https://ledger.example/news/a']);
    expect(urls()).toEqual(['https://ledger.example/feed']);
  });

  test('a feed address that redirects is followed under its final address', async () => {
    const { fetch } = fakeFetch({ 'https://ledger.example/rss': serve(FEED_XML, 'application/rss+xml', { url: 'https://ledger.example/feed.xml' }) });
    expect(await findFeed('https://ledger.example/rss', deps(fetch))).toMatchObject({ ok: true, feedUrl: 'https://ledger.example/feed.xml' });
  });

  test('a feed without a site link is given its own origin as the site', async () => {
    const xml = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><entry><title>A</title><link href="https://ledger.example/a"/><id>a</id></entry></feed>';
    const { fetch } = fakeFetch({ 'https://ledger.example/atom.xml': serve(xml, 'application/atom+xml') });
    expect(await findFeed('https://ledger.example/atom.xml', deps(fetch))).toMatchObject({ ok: true, siteUrl: SITE });
  });

  test('a page’s <link rel="alternate"> is followed, and the usual paths are not tried', async () => {
    const { fetch, urls } = fakeFetch({
      [SITE]: serve(page('<link rel="alternate" type="application/rss+xml" title="Ledger" href="/feeds/main.xml">'), 'text/html'),
      'https://ledger.example/feeds/main.xml': serve(FEED_XML),
    });
    const found = await findFeed(SITE, deps(fetch));
    expect(found).toMatchObject({ ok: true, feedUrl: 'https://ledger.example/feeds/main.xml', siteUrl: SITE });
    expect(urls()).toEqual([SITE, 'https://ledger.example/feeds/main.xml']);
  });

  test('without links, the usual paths are tried in order until one is a feed', async () => {
    const { fetch, urls } = fakeFetch({
      [SITE]: serve(page(''), 'text/html'),
      'https://ledger.example/rss': serve(page(''), 'text/html'), // a page, not a feed: go on
      'https://ledger.example/rss.xml': serve(FEED_XML),
    });
    const found = await findFeed(SITE, deps(fetch));
    expect(found).toMatchObject({ ok: true, feedUrl: 'https://ledger.example/rss.xml', siteUrl: SITE });
    expect(urls()).toEqual([SITE, 'https://ledger.example/feed', 'https://ledger.example/rss', 'https://ledger.example/rss.xml']);
  });
});

describe('findFeed: not found', () => {
  test('an address not granted is refused, asking for its origin, without fetching', async () => {
    const { fetch, calls } = fakeFetch({ 'https://news.example/feed': serve(FEED_XML) });
    expect(await findFeed('https://news.example/feed', deps(fetch))).toEqual({
      ok: false,
      error: 'Allow Parallax to read news.example first.',
      needsOrigins: ['https://news.example/*'],
    });
    expect(calls).toHaveLength(0);
  });

  test('a feed kept on an origin not granted is reported, not fetched', async () => {
    const { fetch, urls } = fakeFetch({
      [SITE]: serve(page('<link rel="alternate" type="application/atom+xml" href="https://feeds.ledgercdn.example/main.xml">'), 'text/html'),
      'https://feeds.ledgercdn.example/main.xml': serve(FEED_XML),
    });
    expect(await findFeed(SITE, deps(fetch))).toEqual({
      ok: false,
      error: 'ledger.example keeps its feed on feeds.ledgercdn.example. Allow Parallax to read it too.',
      needsOrigins: ['https://feeds.ledgercdn.example/*'],
    });
    expect(urls()).toEqual([SITE]);
  });

  test('a linked feed that is allowed is preferred over one that is not', async () => {
    const { fetch } = fakeFetch({
      [SITE]: serve(
        page(
          '<link rel="alternate" type="application/rss+xml" href="https://feeds.ledgercdn.example/main.xml">' +
            '<link rel="alternate" type="application/rss+xml" href="/feed.xml">',
        ),
        'text/html',
      ),
      'https://ledger.example/feed.xml': serve(FEED_XML),
    });
    expect(await findFeed(SITE, deps(fetch))).toMatchObject({ ok: true, feedUrl: 'https://ledger.example/feed.xml' });
  });

  test('nothing found anywhere says so, after trying every usual path', async () => {
    const { fetch, urls } = fakeFetch({ [SITE]: serve(page(''), 'text/html') });
    expect(await findFeed(SITE, deps(fetch))).toEqual({ ok: false, error: 'No news feed found at ledger.example. Try the address of its RSS or Atom feed.' });
    expect(urls()).toEqual([SITE, ...commonFeedPaths(SITE)]);
  });

  test('a linked feed that fails is not a find, says why, and the usual paths are not tried', async () => {
    const { fetch, urls } = fakeFetch({
      [SITE]: serve(page('<link rel="alternate" type="application/rss+xml" href="/broken.xml">'), 'text/html'),
      'https://ledger.example/broken.xml': () => reply('nope', { status: 500 }),
    });
    // What went wrong with the feed the site names is what the reader can act on.
    expect(await findFeed(SITE, deps(fetch))).toMatchObject({ ok: false, error: 'The site answered 500 (server error).' });
    expect(urls()).toEqual([SITE, 'https://ledger.example/broken.xml']);
  });

  test.each([
    ['the address fails', () => reply('gone', { status: 404 }), 'The site answered 404 (not found).'],
    ['the address is unreachable', () => Promise.reject(new TypeError('fetch failed')), 'Parallax could not reach the site. It may be down, or this computer may be offline.'],
    ['the address answers 304', () => reply(null, { status: 304 }), 'ledger.example answered without content.'],
  ])('%s: its error is given', async (_name, route, error) => {
    const { fetch } = fakeFetch({ [SITE]: route });
    expect(await findFeed(SITE, deps(fetch))).toEqual({ ok: false, error });
  });
});
