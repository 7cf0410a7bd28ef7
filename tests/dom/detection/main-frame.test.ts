import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../cli/parse-document';
import type { NewsVerdict } from '../../../core/protocol/article';
import { analyzeDocument } from '../../../dom/pipeline/analyze-document';
import { framedArticle } from '../../../dom/detection/main-frame';
import { page } from '../parse';

/** Pages whose story is in a frame: said in the verdict, never read through the frame. */

const SHELL = '<header>Northport Evening Post · Story viewer</header>';
const FOOTER = '<footer>© 2025 Northport Evening Post</footer>';
const PROSE = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what happened at the harbour on Monday, who said what about it and what happens next.</p>`).join('');
const STORY_URL = 'https://post.example/news/2025/04/15/harbour-cranes';

/** A framed story pulls a thin page's verdict towards even odds; on an article's page it only warns. */
const reasonIds = (v: NewsVerdict) => v.reasons.map((reason) => reason.id);

function verdict(body: string, head = '<title>Story viewer | Northport Evening Post</title>') {
  const doc = page(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
  return analyzeDocument(doc, STORY_URL).verdict;
}

describe('the article may be in a frame', () => {
  test.each([
    ['a frame sized in attributes', `${SHELL}<iframe src="/story.html" width="100%" height="900"></iframe>${FOOTER}`],
    ['a frame sized in pixels', `${SHELL}<iframe src="/story.html" width="760" height="700"></iframe>${FOOTER}`],
    ['a frame sized in its inline style', `${SHELL}<iframe src="/story.html" style="border:0; width: 100%; height: 100vh"></iframe>${FOOTER}`],
    ['the only thing in <main>', `${SHELL}<main><iframe src="/story.html" title="Story"></iframe></main>${FOOTER}`],
    ['the only thing in <article>', `${SHELL}<article><h1>Harbour cranes</h1><iframe src="/story.html"></iframe></article>${FOOTER}`],
    ['a frameset', ''],
  ])('%s', (name, body) => {
    const doc = name === 'a frameset'
      ? parseDocument('<!doctype html><html><head><title>Framed</title></head><frameset cols="30%,70%"><frame src="/menu.html"><frame src="/story.html"></frameset></html>')
      : page(`<!doctype html><html><head><title>Viewer</title></head><body>${body}</body></html>`);
    const result = analyzeDocument(doc, STORY_URL);
    expect(result.verdict.isNews).toBe(false);
    expect(reasonIds(result.verdict)).toContain('framed-article-pull');
  });

  test('the reason pulls the verdict towards even odds, never past them', () => {
    const withFrame = verdict(`${SHELL}<main><iframe src="/story.html" width="100%" height="900"></iframe></main>${FOOTER}`);
    const withoutFrame = verdict(`${SHELL}<main></main>${FOOTER}`);
    expect(withFrame.score).toBeGreaterThan(withoutFrame.score);
    expect(withFrame.score).toBeLessThan(0.5);
    const head = '<title>Harbour cranes</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-04-15T09:00:00+01:00"><meta name="author" content="Callum Drey">';
    const leaning = verdict(`${SHELL}<main><iframe src="/story.html" width="100%" height="900"></iframe></main>${FOOTER}`, head);
    expect(leaning.isNews).toBe(false);
    expect(leaning.score).toBeLessThan(0.5);
    expect(leaning.score).toBeGreaterThan(withFrame.score);
  });

  test('the fixture page whose article is an iframe of another page', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/site/hostile/iframe-article.html'), 'utf8');
    const { verdict: result, extraction } = analyzeDocument(parseDocument(html), 'http://127.0.0.1:4173/hostile/iframe-article.html', { always: true });
    expect(result.isNews).toBe(false);
    expect(reasonIds(result)).toContain('framed-article-pull');
    // Nothing of the framed story is read through the frame.
    expect(extraction!.article.text).not.toContain('Temirsk');
  });

  test('a page its metadata calls news keeps its verdict, with the reason, and less confidence', () => {
    const head = '<title>Harbour cranes</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour cranes"}</script><meta property="og:type" content="article"><meta property="article:published_time" content="2025-04-15T09:00:00+01:00">';
    const framed = verdict(`${SHELL}<iframe src="/story.html" width="100%" height="900"></iframe>${FOOTER}`, head);
    const plain = verdict(`${SHELL}${FOOTER}`, head);
    expect(framed.isNews).toBe(true);
    expect(reasonIds(framed)).toContain('framed-article');
    expect(framed.score).toBeLessThan(plain.score);
  });
});

describe('not a framed article', () => {
  test.each([
    ['an ad slot', `${SHELL}<iframe src="/ad.html" width="300" height="250"></iframe>${FOOTER}`],
    ['a tracking pixel in <main>', `${SHELL}<main><iframe src="/px.html" width="1" height="1"></iframe></main>${FOOTER}`],
    ['a hidden frame', `${SHELL}<iframe src="/story.html" width="100%" height="900" style="display:none"></iframe>${FOOTER}`],
    ['a frame with no size outside any main region', `${SHELL}<div><iframe src="/story.html"></iframe></div>${FOOTER}`],
    ['a large video embed in a long article', `<article>${PROSE}<iframe src="/video.html" width="100%" height="600"></iframe>${PROSE}</article>`],
  ])('%s', (_name, body) => {
    expect(reasonIds(verdict(body))).not.toContain('framed-article-pull');
  });

  test('a thin page with a small frame keeps its verdict and its score', () => {
    const small = verdict(`${SHELL}<iframe src="/ad.html" width="300" height="250"></iframe>${FOOTER}`);
    const none = verdict(`${SHELL}${FOOTER}`);
    expect(small).toEqual(none);
  });

  test('page text above the threshold is never called thin', () => {
    const doc = page(`<main><iframe src="/story.html" width="100%" height="900"></iframe></main>`);
    expect(framedArticle(doc, 0)).toBe(true);
    expect(framedArticle(doc, 5_000)).toBe(false);
  });
});
