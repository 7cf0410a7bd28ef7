import { describe, expect, test } from 'vitest';
import { detectNews } from '../../dom/detect-news';
import { readMetadata } from '../../dom/read-metadata';
import { page } from './parse';

/** Detection on small pages written for each signal: what must read as news and what must not. */

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what happened in the valley on Monday, who said what about it and what happens next, at enough length to read like an article.</p>`).join('');
const NEWS_MENU = '<nav><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/opinion">Opinion</a></nav>';
const PRODUCT_MENU = '<nav><a href="/pricing">Pricing</a><a href="/docs">Docs</a><a href="/careers">Careers</a><a href="/blog">Blog</a></nav>';
const articleHead = '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-12T10:00:00Z">';

function verdict(head: string, body: string, url: string | null) {
  const doc = page(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
  return detectNews(doc, url, readMetadata(doc, url));
}

describe('must read as news', () => {
  test.each([
    ['JSON-LD NewsArticle', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>', `<article>${PROSE}</article>`, 'https://ledger.example/x'],
    ['an outlet’s article page with section menus', articleHead, `${NEWS_MENU}<article>${PROSE}</article>`, 'https://ledger.example/world/2025/03/12/leaders-meet-in-temirsk'],
    ['a portal story addressed by a query string', articleHead, `<article>${PROSE}</article>`, 'https://headlines.portal.example/hl?a=20170309-35097838-wire-sci'],
    ['a story under a compact date', '', `${NEWS_MENU}<article>${PROSE}</article>`, 'https://news.portal.example/a/20161014/017894.htm'],
    ['a wire story with a dateline and no metadata', '', `<article><p>KRASNOVEL, Sept 17 (Eastgate Wire) - The two leaders met on Wednesday.</p>${PROSE}</article>`, 'https://wire.example/world/leaders-meet-krasnovel-pipeline-talks'],
  ])('%s', (_name, head, body, url) => {
    expect(verdict(head, body, url).isNews).toBe(true);
  });
});

describe('must not read as news', () => {
  test.each([
    ['a front page', articleHead, `${NEWS_MENU}${PROSE}`, 'https://ledger.example/'],
    ['a language edition’s front page', articleHead, `${NEWS_MENU}${PROSE}`, 'https://ledger.example/es/'],
    ['a company blog post', articleHead, `${PRODUCT_MENU}<article>${PROSE}</article>`, 'https://www.tools.example/blog/how-we-scaled-our-queue-workers'],
    ['a post on a blog host', articleHead, `<article>${PROSE}</article>`, 'https://someone.blogspot.com/2016/05/open-verilog-flow.html'],
    ['a wiki page', '', PROSE, 'https://en.wikipedia.org/wiki/Meridian_Cooperation_Organization'],
    ['a search page', articleHead, PROSE, 'https://ledger.example/search?q=summit'],
    ['a product page', '<script type="application/ld+json">{"@type":"Product","name":"Jacket"}</script>', PROSE, 'https://shop.example/storm-shell-jacket'],
    ['a page with no body', articleHead, '', 'https://ledger.example/world/2025/03/12/leaders-meet'],
    ['a personal blog named after its author', `${articleHead}<meta name="author" content="Mira Kowalczyk">`, `<article>${PROSE}</article>`, 'https://mirakowalczyk.example/2024/05/anomaly-detection-in-sql-queries'],
    ['an engineering blog by its host', articleHead, `<article>${PROSE}</article>`, 'https://hacks.tools.example/2015/03/this-api-is-so-fetching/'],
  ])('%s', (_name, head, body, url) => {
    expect(verdict(head, body, url).isNews).toBe(false);
  });

  test('every verdict explains itself', () => {
    const v = verdict(articleHead, `${PRODUCT_MENU}<article>${PROSE}</article>`, 'https://www.tools.example/blog/how-we-scaled');
    expect(v.reasons.join(' ')).toMatch(/blog|company/);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(1);
  });
});
