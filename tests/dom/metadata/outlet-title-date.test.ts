import { describe, expect, test } from 'vitest';
import { readArticleMetadata } from '../../../dom/metadata/article-metadata';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { spellsHost } from '../../../dom/metadata/site-name';
import { page } from '../parse';

/** The masthead over a sister title or an abbreviation, the visible headline over a social one, the first publication over an update. */

const NOW = Date.parse('2025-06-01T00:00:00Z');

function seen(head: string, body: string, url: string | null = null) {
  const doc = page(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
  return readArticleMetadata(doc, readMetadata(doc, url, NOW), null, NOW);
}

describe('the outlet', () => {
  test.each([
    [
      'the site name the address spells, over a sister title as publisher',
      '<meta property="og:site_name" content="Harbor City Ledger"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"NewsMediaOrganization","name":"HCGATE"}}</script>',
      'https://www.hcledger.example/news/floods-1.php',
      'Harbor City Ledger',
    ],
    [
      'the publisher when the address spells neither',
      '<meta property="og:site_name" content="Harbor City Ledger"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"NewsMediaOrganization","name":"Valley Post"}}</script>',
      'https://news.example/floods-1.php',
      'Valley Post',
    ],
    ['the title’s full name over the initials in og:site_name', '<title>Floods cut off villages - Valley Evening Post</title><meta property="og:site_name" content="vep">', null, 'Valley Evening Post'],
  ])('%s', (_name, head, url, outlet) => {
    expect(seen(head, '<h1>Floods cut off villages</h1>', url).siteName).toBe(outlet);
  });

  test.each([
    ['San Francisco Chronicle', 'sfchronicle', true],
    ['WWG', 'wwg', true],
    ['The New York Times', 'nytimes', true],
    ['SFGATE', 'sfchronicle', false],
    ['Valley Post', 'harborpost', false],
  ])('%s spells %s: %s', (name, label, spells) => {
    expect(spellsHost(name, label)).toBe(spells);
  });
});

describe('the headline', () => {
  test.each([
    ['an <h1> classed as the story’s headline, over a social title', '<title>Floods: what we know - Valley Post</title><meta property="og:title" content="Valley villages cut off">', '<h1 class="content-header__hed">Review: the new valley ferry</h1>', 'Review: the new valley ferry'],
    ['not a programme’s name that the title puts first', '<title>Morning Show | Why the valley flooded again this spring | Valley Radio</title>', '<header><h1><a href="/morning">Morning Show</a></h1></header><h1>Why the valley flooded again this spring</h1>', 'Why the valley flooded again this spring'],
    ['not the site’s title classed as one', '<title>Floods cut off villages - Valley Post</title>', '<h1 class="site-title">Valley Post Daily Edition</h1><h1>Floods cut off villages</h1>', 'Floods cut off villages'],
  ])('%s', (_name, head, body, title) => {
    expect(seen(head, body).title).toBe(title);
  });
});

describe('the day of publication', () => {
  test('a printed time before the structured one is the first publication, the structured one its update', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-01-06T00:34:00.000Z"}</script>';
    const body = '<h1>Floods cut off villages</h1><p class="byline">By Ana Ruiz</p><time>Jan. 5, 2021, 9:23 PM UTC</time>';
    expect(seen(head, body).publishedTime?.slice(0, 10)).toBe('2021-01-05');
  });

  test('a printed time days after the structured one is a re-display, not the publication', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-01-06T00:34:00.000Z"}</script>';
    const body = '<h1>Floods cut off villages</h1><time>Jan. 9, 2021, 9:23 PM UTC</time>';
    expect(seen(head, body).publishedTime?.slice(0, 10)).toBe('2021-01-06');
  });

  test('a review’s structured day and writer', () => {
    const head = '<script type="application/ld+json">{"@type":"Review","datePublished":"2020-08-06T11:00:00.000","author":{"@type":"Person","name":"Parker Vale"}}</script><meta name="author" content="Eastgate Nast">';
    const read = seen(head, '<h1>Review: the new valley ferry</h1><time>08.06.2020 11:00 AM</time>');
    expect([read.publishedTime?.slice(0, 10), read.authors]).toEqual(['2020-08-06', ['Parker Vale']]);
  });
});
