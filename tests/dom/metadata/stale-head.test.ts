import { describe, expect, test } from 'vitest';
import { readArticleMetadata } from '../../../dom/metadata/article-metadata';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { withoutStaleHead } from '../../../dom/metadata/stale-head';
import { page } from '../parse';

const HEAD = `
<title>Leaders praise their alliance | Meridian Daily</title>
<meta property="og:site_name" content="Meridian Daily">
<meta property="og:type" content="article">
<meta property="og:title" content="Leaders praise their alliance">
<meta property="article:published_time" content="2025-03-12T18:00:00+05:00">
<meta name="author" content="Mira Tolland">
<meta property="og:description" content="Two leaders met in Temirsk.">
<link rel="canonical" href="https://meridian.example/2025/03/12/leaders-praise-alliance">`;

const summit = `<!doctype html><html lang="en"><head>${HEAD}</head><body><article><h1>Leaders praise their alliance</h1><p class="byline">By Mira Tolland</p><p>Two leaders met.</p></article></body></html>`;
const ferry = `<!doctype html><html lang="en"><head>${HEAD}</head><body><article><h1>Ferry fares to rise 12% from June</h1><p class="byline">By Callum Drey</p><time datetime="2025-04-08T17:30:00+01:00">8 April 2025</time><p>Fares rise.</p></article></body></html>`;

const SUMMIT_URL = 'https://meridian.example/2025/03/12/leaders-praise-alliance';
const FERRY_URL = 'https://meridian.example/2025/04/08/ferry-fares?utm_source=x';

describe('withoutStaleHead: a head left over from the previous article', () => {
  const previous = readMetadata(page(summit), SUMMIT_URL);
  const doc = page(ferry);
  const cleaned = withoutStaleHead(doc, readMetadata(doc, FERRY_URL), previous, FERRY_URL);

  test('drops the article’s fields that did not change, keeps the site’s', () => {
    expect(cleaned).toMatchObject({
      title: 'Ferry fares to rise 12% from June',
      headlines: ['Ferry fares to rise 12% from June'],
      authors: [],
      publishedTime: null,
      excerpt: null,
      canonicalUrl: 'https://meridian.example/2025/04/08/ferry-fares',
      siteName: 'Meridian Daily',
      ogType: 'article',
      lang: 'en',
    });
  });

  test('so the visible page speaks: its headline, byline and printed date', () => {
    expect(readArticleMetadata(doc, cleaned)).toMatchObject({
      title: 'Ferry fares to rise 12% from June',
      authors: ['Callum Drey'],
      publishedTime: expect.stringMatching(/^2025-04-08/),
    });
  });

  test('an app that updates its head keeps every field', () => {
    const updated = ferry
      .replace(/Leaders praise their alliance/g, 'Ferry fares to rise 12% from June')
      .replace('Mira Tolland', 'Callum Drey')
      .replace('2025-03-12T18:00:00+05:00', '2025-04-08T17:30:00+01:00')
      .replace('Two leaders met in Temirsk.', 'Fares rise by 12%.')
      .replace('2025/03/12/leaders-praise-alliance', '2025/04/08/ferry-fares');
    const fresh = page(updated);
    const head = readMetadata(fresh, FERRY_URL);
    expect(withoutStaleHead(fresh, head, previous, FERRY_URL)).toEqual(head);
  });
});
