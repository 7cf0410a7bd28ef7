import { describe, expect, test } from 'vitest';
import { looksLikeFeed } from '../../../core/feeds/looks-like-feed';
import { feedFixture } from './feed-fixtures';

describe('looksLikeFeed', () => {
  test.each([
    'rss2-northern-ledger.xml',
    'atom-harbour-independent.xml',
    'rdf-eastgate-wire.xml',
    'cdata-entities.xml',
    'relative-links.xml',
    'billion-laughs.xml',
    'truncated.xml',
    'json-feed.json',
  ])('feed: %s', (name) => {
    expect(looksLikeFeed(feedFixture(name))).toBe(true);
  });

  test.each([
    ['\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?><!-- c --><rss version="2.0">'],
    ['<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">'],
    ['<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91">'],
  ])('feed: %j', (text) => {
    expect(looksLikeFeed(text)).toBe(true);
  });

  test.each([
    ['html-error-page.html', feedFixture('html-error-page.html')],
    ['not-a-feed.json', feedFixture('not-a-feed.json')],
    ['a page that mentions <rss', '<html><body><pre>&lt;rss&gt; <rss></pre></body></html>'],
    ['a sitemap', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'],
    ['a word starting like a root', '<feedback>'],
    ['empty', ''],
    ['plain text', 'rss feed'],
  ])('not a feed: %s', (_, text) => {
    expect(looksLikeFeed(text)).toBe(false);
  });
});
