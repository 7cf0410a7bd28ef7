import { describe, expect, test } from 'vitest';
import { commonFeedPaths, discoverFeeds } from '../../../core/feeds/discover-feeds';
import { feedFixture } from './feed-fixtures';

const page = (head: string, body = '') => `<!DOCTYPE html><html><head><title>Ledger</title>${head}</head><body>${body}</body></html>`;

describe('discoverFeeds: the links a page advertises', () => {
  test('every feed type, resolved, cleaned and typed', () => {
    const html = page(`
      <link rel="alternate" type="application/rss+xml" title="The Northern Ledger" href="/feed.xml?utm_source=head">
      <link rel="alternate" type="application/atom+xml" href="https://northern-ledger.example/atom.xml">
      <link rel="alternate" type="application/rdf+xml" href="index.rdf">
      <link rel="alternate" type="application/feed+json" href="/feed.json">`);
    expect(discoverFeeds(html, 'https://northern-ledger.example/local/story.html')).toEqual([
      { url: 'https://northern-ledger.example/feed.xml', format: 'rss', title: 'The Northern Ledger' },
      { url: 'https://northern-ledger.example/atom.xml', format: 'atom', title: null },
      { url: 'https://northern-ledger.example/local/index.rdf', format: 'rdf', title: null },
      { url: 'https://northern-ledger.example/feed.json', format: 'json', title: null },
    ]);
  });

  test('rel and type are matched as browsers do: tokens, any case, parameters ignored', () => {
    const html = page(`<LINK REL="Alternate Feed" TYPE="Application/RSS+XML; charset=utf-8" HREF="/a.xml">`);
    expect(discoverFeeds(html, 'https://x.example/').map((f) => f.url)).toEqual(['https://x.example/a.xml']);
  });

  test('<base href> changes what relative links mean', () => {
    const html = page(`<base href="https://cdn.example/ledger/"><link rel="alternate" type="application/rss+xml" href="feed.xml">`);
    expect(discoverFeeds(html, 'https://northern-ledger.example/').map((f) => f.url)).toEqual(['https://cdn.example/ledger/feed.xml']);
  });

  test('the comments feed comes after the posts feed', () => {
    const html = page(`
      <link rel="alternate" type="application/rss+xml" title="Ledger » Comments Feed" href="/comments/feed/">
      <link rel="alternate" type="application/rss+xml" title="Ledger » Feed" href="/feed/">`);
    expect(discoverFeeds(html, 'https://x.example/').map((f) => f.title)).toEqual(['Ledger » Feed', 'Ledger » Comments Feed']);
  });

  describe('what is not a feed link', () => {
    test.each([
      ['a translation', '<link rel="alternate" hreflang="fr" href="/fr/">'],
      ['the WordPress REST API', '<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">'],
      ['oEmbed', '<link rel="alternate" type="application/json+oembed" href="/oembed?url=x">'],
      ['a stylesheet', '<link rel="stylesheet" type="application/rss+xml" href="/feed.xml">'],
      ['a script address', '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'],
      ['a data address', '<link rel="alternate" type="application/rss+xml" href="data:text/xml,<rss/>">'],
      ['no address', '<link rel="alternate" type="application/rss+xml">'],
    ])('%s', (_, link) => {
      expect(discoverFeeds(page(link), 'https://x.example/')).toEqual([]);
    });
  });

  test('duplicates collapse to the first', () => {
    const link = '<link rel="alternate" type="application/rss+xml" href="/feed.xml">';
    expect(discoverFeeds(page(link + link + link.replace('/feed.xml', '/feed.xml#top')), 'https://x.example/')).toHaveLength(1);
  });

  test('reading stops at the body', () => {
    const html = page('', '<link rel="alternate" type="application/rss+xml" href="/in-body.xml">');
    expect(discoverFeeds(html, 'https://x.example/')).toEqual([]);
  });

  test('void elements in the head do not count as nesting', () => {
    const html = page(`${'<meta name="x" content="y">'.repeat(2_000)}<link rel="alternate" type="application/atom+xml" href="/atom.xml">`);
    expect(discoverFeeds(html, 'https://x.example/').map((f) => f.url)).toEqual(['https://x.example/atom.xml']);
  });

  test('a page nested 100,000 deep ends the search quickly', () => {
    const html = `<html><head>${'<div>'.repeat(100_000)}<link rel="alternate" type="application/rss+xml" href="/deep.xml"></head></html>`;
    expect(discoverFeeds(html, 'https://x.example/')).toEqual([]);
  });

  test('the HTML error fixture points to its feed', () => {
    expect(discoverFeeds(feedFixture('html-error-page.html'), 'https://northern-ledger.example/missing')).toEqual([
      { url: 'https://northern-ledger.example/feed.xml', format: 'rss', title: 'The Northern Ledger' },
    ]);
  });
});

describe('commonFeedPaths', () => {
  test('a home page: the usual places on its origin', () => {
    expect(commonFeedPaths('https://northern-ledger.example/')).toEqual([
      'https://northern-ledger.example/feed',
      'https://northern-ledger.example/rss',
      'https://northern-ledger.example/rss.xml',
      'https://northern-ledger.example/feed.xml',
      'https://northern-ledger.example/atom.xml',
      'https://northern-ledger.example/index.xml',
      'https://northern-ledger.example/feed/atom',
      'https://northern-ledger.example/feeds/posts/default',
      'https://northern-ledger.example/?feed=rss2',
    ]);
  });

  test('a section page: its own feed first, port kept', () => {
    expect(commonFeedPaths('http://127.0.0.1:4173/outlet-one/index.html').slice(0, 4)).toEqual([
      'http://127.0.0.1:4173/outlet-one/feed',
      'http://127.0.0.1:4173/outlet-one/rss',
      'http://127.0.0.1:4173/outlet-one/index.xml',
      'http://127.0.0.1:4173/feed',
    ]);
  });

  test('a story deep in the site: no story-level paths (WordPress would answer with its comments)', () => {
    expect(commonFeedPaths('https://x.example/2025/03/14/floods/')[0]).toBe('https://x.example/feed');
  });

  test.each(['javascript:alert(1)', 'ftp://x.example/', 'not a url', ''])('nothing for %j', (url) => {
    expect(commonFeedPaths(url)).toEqual([]);
  });
});
