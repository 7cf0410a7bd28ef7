import { describe, expect, test } from 'vitest';
import { readArticleMetadata } from '../../../dom/metadata/article-metadata';
import { cleanByline, cleanSiteName, readMetadata, stripSiteTail } from '../../../dom/metadata/read-metadata';
import { page } from '../parse';

const head = (inner: string) => page(`<!doctype html><html lang="en-GB"><head>${inner}</head><body><p>x</p></body></html>`);

describe('readMetadata', () => {
  test('prefers JSON-LD, keeps the offset, strips tracking from the canonical URL', () => {
    const doc = head(`
      <title>Leaders meet | The Northern Ledger</title>
      <link rel="canonical" href="/world/leaders-meet?utm_source=tw">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
        "headline":"Leaders meet","datePublished":"2024-07-03T19:11:00-04:00",
        "author":[{"@type":"Person","name":"By Ana Ruiz"},"Tom Lee"],
        "publisher":{"@type":"NewsMediaOrganization","name":"The Northern Ledger"}}]}</script>`);
    const meta = readMetadata(doc, 'https://northern-ledger.example/x');
    expect(meta).toMatchObject({
      title: 'Leaders meet',
      siteName: 'The Northern Ledger',
      authors: ['Ana Ruiz', 'Tom Lee'],
      publishedTime: '2024-07-03T19:11:00-04:00',
      lang: 'en-GB',
      canonicalUrl: 'https://northern-ledger.example/world/leaders-meet',
      jsonLdTypes: ['newsarticle'],
    });
  });

  test('survives broken JSON-LD and falls back to meta tags and the domain', () => {
    const doc = head(`<title>Floods hit valley - Valley Post</title>
      <script type="application/ld+json">{"@type": "NewsArticle", broken</script>
      <meta property="article:published_time" content="2024-05-01T08:00:00+02:00">`);
    const meta = readMetadata(doc, 'https://www.valley-post.example/floods');
    expect(meta.title).toBe('Floods hit valley');
    expect(meta.siteName).toBe('Valley Post');
    expect(meta.publishedTime).toBe('2024-05-01T08:00:00+02:00');
  });

  test('a hostile title stays text', () => {
    const doc = page('<!doctype html><html><head><title><img src=x onerror=alert(1)></title></head><body></body></html>');
    expect(readMetadata(doc, null).title).toBe('<img src=x onerror=alert(1)>');
  });

  test('control characters go, and a field cut at its limit keeps whole characters (tests/fuzz)', () => {
    const long = `${'x'.repeat(999)}😀 tail`;
    // Set by a script, as a page can: the HTML parser itself turns a NUL there into U+FFFD.
    const doc = head(`<title></title><meta name="description" content="${long}"><meta property="og:type">`);
    doc.querySelector('title')!.textContent = 'Floods\u0000 rise\u001b[31m';
    doc.querySelector('meta[property="og:type"]')!.setAttribute('content', 'art\u0000icle');
    const meta = readMetadata(doc, null);
    expect(meta.title).toBe('Floods rise [31m');
    expect(meta.excerpt).toBe('x'.repeat(999));
    expect(meta.ogType).toBe('art icle');
  });
});

describe('stripSiteTail', () => {
  test.each([
    ['Leaders meet | The Northern Ledger', 'The Northern Ledger', 'Leaders meet'],
    ['Leaders meet - Northern Ledger', 'The Northern Ledger', 'Leaders meet'],
    ['Why it matters: the summit explained', null, 'Why it matters: the summit explained'],
    ['A headline with no tail', 'Outlet', 'A headline with no tail'],
    ['深海探测器完成首次下潜_科技_海港网', null, '深海探测器完成首次下潜'],
    ['The Northern Ledger - Leaders meet', 'The Northern Ledger', 'Leaders meet'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteTail(title, site)).toBe(expected);
  });
});

describe('cleanByline', () => {
  test.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Jane Doe, Political Correspondent', 'Jane Doe'],
    ['  by   Jo  Ng ', 'Jo Ng'],
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', 'Gillian Mohney'],
    ['Last Updated: January 7, 2025', null],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });
});

describe('publication dates that disagree', () => {
  const NOW = Date.parse('2025-06-01T00:00:00Z');
  test('a future date gives way to a sane one, with the reason', () => {
    const doc = head(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-01-01T00:00:00Z"}</script>
      <meta property="article:published_time" content="2025-05-30T10:00:00+02:00">`);
    const meta = readMetadata(doc, null, NOW);
    expect(meta.publishedTime).toBe('2025-05-30T10:00:00+02:00');
    expect(meta.warnings.join(' ')).toMatch(/future/);
  });
  test('conflicting dates keep the most trusted one and say so', () => {
    const doc = head(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-30T10:00:00Z"}</script>
      <meta property="article:published_time" content="2025-04-01T10:00:00Z">`);
    const meta = readMetadata(doc, null, NOW);
    expect(meta.publishedTime).toBe('2025-05-30T10:00:00Z');
    expect(meta.warnings.join(' ')).toMatch(/conflicting dates/);
  });
  test('agreeing dates raise nothing', () => {
    const doc = head(`<meta property="article:published_time" content="2025-05-30T10:00:00Z"><time datetime="2025-05-30T12:00:00+02:00"></time>`);
    expect(readMetadata(doc, null, NOW).warnings).toEqual([]);
  });
});

describe('cleanSiteName', () => {
  test.each([
    ['Yahoo News - Latest News & Headlines', 'Yahoo News'],
    ['SIMPLYFOUND.COM | BY: JOE WEE', 'SIMPLYFOUND'],
    ['Le Monde.fr', 'Le Monde'],
    ['Spiceworks Inc', 'Spiceworks'],
    ['http://www.tmz.com', 'Tmz'],
    ['The Northern Ledger', 'The Northern Ledger'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanSiteName(raw)).toBe(expected);
  });

  test('the outlet comes from the <title> tail when the page names it nowhere else', () => {
    const doc = head('<title>Floods cut off villages | Valley Post</title>');
    expect(readMetadata(doc, null).siteName).toBe('Valley Post');
  });
});

describe('the visible headline', () => {
  // readMetadata reads the head only (it runs on every page); the article pass reads the <h1>.
  test('is left to the article pass: the head gives its own title', () => {
    const doc = page(`<!doctype html><html><head><title>Why Neon Lit Up the Century - Valley Post</title>
      <meta property="og:title" content="The Modern Ambitions Behind Neon"></head>
      <body><article><h1>Why Neon Lit Up the Century</h1><p>x</p></article></body></html>`);
    const meta = readMetadata(doc, null);
    expect(meta.title).toBe('The Modern Ambitions Behind Neon');
    expect(readArticleMetadata(doc, meta).title).toBe('Why Neon Lit Up the Century');
  });
  test('does not replace the headline fields when the <title> says something else', () => {
    const doc = page(`<!doctype html><html><head><title>Valley Post</title>
      <meta property="og:title" content="Floods cut off villages"></head>
      <body><h1>Weather warnings</h1><p>x</p></body></html>`);
    expect(readMetadata(doc, null).title).toBe('Floods cut off villages');
    expect(readArticleMetadata(doc, readMetadata(doc, null)).title).toBe('Floods cut off villages');
  });
});

describe('microdata of embedded media', () => {
  test('a video’s datePublished is not the article’s', () => {
    const doc = page(`<!doctype html><html><head><title>Floods</title></head><body>
      <div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div>
      <div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-11T19:46:14Z"><p>x</p></div>
      </body></html>`);
    expect(readMetadata(doc, null).publishedTime).toBe('2015-03-11T19:46:14Z');
  });
  test('a date string with a named zone keeps its wall-clock day', () => {
    const doc = head('<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">');
    expect(readMetadata(doc, null).publishedTime).toBe('2015-03-13T21:30:09-05:00');
  });
});

describe('the outlet in the head', () => {
  test.each([
    ['og:site_name spelled as the <title> spells it', '<title>Angry media | Harbor Sun</title><meta property="og:site_name" content="HarborSun">', 'Harbor Sun'],
    ['a headline in application-name is no outlet', '<title></title><meta name="application-name" content="Veteran Wraps Baby in American Flag, Photo Sparks Controversy">', 'Valley'],
    ['a provider’s organisation in the JSON-LD comes after the site’s own name', '<meta name="application-name" content="Harbor Portal News - Latest News"><script type="application/ld+json">{"@type":"Organization","name":"Eastgate Wire","url":"https://eastgate.example"}</script>', 'Harbor Portal News'],
  ])('%s', (_name, inner, siteName) => {
    expect(readMetadata(head(inner), 'https://www.valley.example/x').siteName).toBe(siteName);
  });
});
