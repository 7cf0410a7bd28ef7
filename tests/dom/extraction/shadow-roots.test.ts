import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsReasonLines } from '../../../cli/news-reasons';
import { parseDocument } from '../../../cli/parse-document';
import { analyzeDocument } from '../../../dom/pipeline/analyze-document';
import { extractArticle } from '../../../dom/extraction/extract-article';
import { flattenShadowRoots } from '../../../dom/extraction/flatten-shadow';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { MAX_ROOTS, probeShadowRoots, SHADOW_WARNING } from '../../../dom/extraction/shadow-roots';
import { page } from '../parse';

/** The detector's reason for a page read from a flattened copy, in the catalogue's words. */
const SHADOW_LINE = newsReasonLines([{ id: 'shadow-content', weight: -0.5 }])[0];

/**
 * Articles rendered inside open shadow roots. linkedom implements `attachShadow` (open and
 * closed), so the pages a web component builds are built here the same way; declarative
 * `<template shadowrootmode>` pages are parsed as the CLI parses them.
 */

const URL = 'https://lantern.example/news/2025/04/16/tidal-lagoon-backing';
const HEAD =
  '<title>Tidal lagoon plan wins backing | Wendmouth Lantern</title><meta name="author" content="Ines Calloway">' +
  '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-04-16T18:40:00+01:00">';
const STORY = [
  'WENDMOUTH — Plans for a tidal lagoon off Wendmouth won the backing of the county planning committee on Tuesday, clearing the way for a public inquiry later this year.',
  'The 1.2-billion scheme would enclose part of the estuary behind a sea wall fitted with turbines, generating enough electricity for about 90,000 homes.',
  'Bird conservation groups slammed the decision, saying the wall would flood mudflats used by wintering waders, and promised to oppose the plan at the inquiry.',
  'Committee chair Owen Pryce said the inquiry would test every claim on both sides, and that a final decision was not expected before the spring of next year.',
];
const SLOTTED = 'Readers can send their views on the scheme to the planning office until the end of May, the council said.';

function doc(body: string, head = HEAD): Document {
  return page(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
}

/** Puts `html`, parsed on its own, into a shadow root (no innerHTML: page text stays text even in tests). */
function fill(root: ShadowRoot, html: string): ShadowRoot {
  const owner = root.host.ownerDocument;
  root.append(...Array.from(page(html).body.childNodes, (node) => owner.importNode(node, true)));
  return root;
}

/** Renders `html` into an open (or closed) shadow root of the first `selector`, as a component's script would. */
function attach(d: Document, selector: string, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  return fill(d.querySelector(selector)!.attachShadow({ mode }), html);
}

const storyHtml = `<style>article { margin: 0 auto; }</style><article><h1>Tidal lagoon plan wins backing</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}<slot></slot></article>`;

/** The page a `<lantern-story>` component renders: only a header and the slotted note in the light DOM. */
function shadowArticle(): Document {
  const d = doc(`<header>Wendmouth Lantern</header><lantern-story><p>${SLOTTED}</p></lantern-story><footer>© Wendmouth Lantern</footer>`);
  attach(d, 'lantern-story', storyHtml);
  return d;
}

describe('an article in an open shadow root is detected and extracted', () => {
  test('the verdict says news, and why the text was read from a flattened copy', () => {
    const { verdict } = analyzeDocument(shadowArticle(), URL);
    expect(verdict.isNews).toBe(true);
    expect(newsReasonLines(verdict.reasons)).toContain(SHADOW_LINE);
    expect(newsReasonLines(verdict.reasons)).toContain('+ its body reads like an article');
  });

  test('the text is the story with its slotted light paragraph, the flags are found, and the warning says why nothing is highlighted', () => {
    // The lexicon's flag: the learned scorer's say is tested in core/framing/model/.
    const { extraction, flags } = analyzeDocument(shadowArticle(), URL, { flags: { model: null } });
    for (const paragraph of STORY) expect(extraction!.article.text).toContain(paragraph);
    expect(extraction!.article.text).toContain(SLOTTED);
    expect(extraction!.article.text).not.toContain('margin: 0 auto');
    expect(extraction!.warnings).toContain(SHADOW_WARNING);
    expect(flags.map((f) => f.text)).toContain('slammed');
  });

  test('mapToLive maps nothing inside the shadow root, only the slotted light text', () => {
    const d = shadowArticle();
    const { article, runs } = extractArticle(d, readMetadata(d, URL), { mapToLive: true });
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run.node.ownerDocument).toBe(d);
      expect(d.body.contains(run.node)).toBe(true);
      expect(SLOTTED).toContain(run.node.data.slice(run.nodeOffset, run.nodeOffset + run.length));
    }
    const slammed = article.text.indexOf('slammed');
    expect(runs.some((run) => run.start <= slammed && slammed < run.start + run.length)).toBe(false);
  });

  test('declarative shadow DOM, as linkedom and DOMParser leave it: templates inlined, nested ones too, named slots filled, closed ones left', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/shadow/declarative-article.html'), 'utf8');
    const { verdict, extraction } = analyzeDocument(parseDocument(html), 'https://gazette.example/news/2025/05/06/ferry-fares', { always: true });
    expect(verdict.isNews).toBe(true);
    expect(newsReasonLines(verdict.reasons)).toContain(SHADOW_LINE);
    const text = extraction!.article.text;
    expect(text).toMatch(/^Return fares on the Eastmere to Holm Island ferry/);
    expect(text).toContain('"Islanders have no other way to reach the hospital," said councillor Maren Holt.');
    expect(text).toMatch(/The council will debate the increase at its meeting on 19 May.*years\.$/);
    expect(text).not.toContain('Untitled');
    expect(text).not.toContain('Sign up for the Gazette');
    expect(extraction!.warnings).toContain(SHADOW_WARNING);
  });
});

describe('the hostile/shadow-article.html fixture', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/site/hostile/shadow-article.html'), 'utf8');
  const url = 'http://127.0.0.1:4173/hostile/shadow-article.html';

  test('as the CLI reads it (no scripts run): an empty component, not news', () => {
    expect(analyzeDocument(parseDocument(html), url).verdict.isNews).toBe(false);
  });

  test('once its script has rendered the story: news, flagged, nothing to highlight', () => {
    const d = parseDocument(html);
    // What the page's script renders, read from its `add(tag, text)` calls as data (no code is run).
    const calls = [...(d.querySelector('script')!.textContent ?? '').matchAll(/add\('(h1|p)', '([^']*)'\)/g)];
    expect(calls.length).toBeGreaterThan(4);
    const article = d.createElement('article');
    for (const [, tag, text] of calls) article.append(Object.assign(d.createElement(tag!), { textContent: text }));
    d.querySelector('np-story')!.attachShadow({ mode: 'open' }).append(article);
    const { verdict, extraction, flags } = analyzeDocument(d, url, { flags: { model: null } });
    expect(verdict.isNews).toBe(true);
    expect(newsReasonLines(verdict.reasons)).toContain(SHADOW_LINE);
    expect(extraction!.article.text).toContain('Bird conservation groups slammed the decision');
    expect(extraction!.warnings).toContain(SHADOW_WARNING);
    expect(flags.map((f) => [f.text, f.voice])).toContainEqual(['slammed', 'outlet']);
    expect(extractArticle(d, readMetadata(d, url), { mapToLive: true }).runs).toEqual([]);
  });
});

describe('a light-DOM article is unaffected by components beside it', () => {
  const light = `<article><h1>Tidal lagoon plan wins backing</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article><share-bar></share-bar><story-comments></story-comments>`;
  const comments = `<section>${Array.from({ length: 6 }, (_, i) => `<p>Comment ${i + 1}: I have walked those mudflats every winter for thirty years and I have never once been asked what I think about any of this.</p>`).join('')}</section>`;

  test.each([
    ['a share bar', (d: Document) => attach(d, 'share-bar', '<button>Share</button><a href="#">Copy link</a>')],
    ['a long comments component', (d: Document) => attach(d, 'story-comments', comments)],
    ['a closed root', (d: Document) => attach(d, 'story-comments', comments, 'closed')],
  ])('%s: the same verdict and the same extraction as without it', (_name, addComponent) => {
    const plain = analyzeDocument(doc(light), URL);
    const withComponent = doc(light);
    addComponent(withComponent);
    const result = analyzeDocument(withComponent, URL);
    expect(result.verdict).toEqual(plain.verdict);
    expect(result.extraction!.article).toEqual(plain.extraction!.article);
    expect(result.extraction!.warnings).toEqual(plain.extraction!.warnings);
  });

  test('a long light page is never searched for roots', () => {
    const long = doc(`<article>${STORY.map((p) => `<p>${p}</p>`).join('').repeat(8)}</article><story-comments></story-comments>`);
    attach(long, 'story-comments', comments);
    expect(probeShadowRoots(long)).toMatchObject({ roots: 0, entries: [] });
  });
});

describe('hostile and odd pages never throw', () => {
  test.each([
    ['a closed root holding the article', () => {
      const d = doc('<lantern-story></lantern-story>');
      attach(d, 'lantern-story', storyHtml, 'closed');
      return d;
    }],
    ['roots nested three deep', () => {
      const d = doc('<news-app></news-app>');
      const app = attach(d, 'news-app', '<app-shell><p>Menu</p></app-shell>');
      const shell = fill(app.querySelector('app-shell')!.attachShadow({ mode: 'open' }), '<main><lantern-story></lantern-story><slot></slot></main>');
      fill(shell.querySelector('lantern-story')!.attachShadow({ mode: 'open' }), storyHtml);
      return d;
    }],
    ['empty and unfinished templates', () => doc('<x-a><template shadowrootmode="open"></template></x-a><x-b><template shadowrootmode="open"><template shadowrootmode="open"></template></template></x-b><template shadowrootmode="open"><p>loose</p></template><x-c><template shadowroot="open"><slot name="missing">fallback</slot></template></x-c>')],
    ['a host whose shadowRoot getter throws', () => {
      const d = doc('<x-trap></x-trap>');
      Object.defineProperty(d.querySelector('x-trap')!, 'shadowRoot', { get: () => { throw new Error('trap'); } });
      return d;
    }],
    ['an empty body', () => doc('')],
  ])('%s', (_name, build) => {
    const d = build();
    expect(() => analyzeDocument(d, URL, { always: true })).not.toThrow();
    expect(() => extractArticle(d, readMetadata(d, URL), { mapToLive: true })).not.toThrow();
  });

  test('the closed root is not read', () => {
    const d = doc('<lantern-story></lantern-story>');
    attach(d, 'lantern-story', storyHtml, 'closed');
    const { verdict, extraction } = analyzeDocument(d, URL, { always: true });
    expect(newsReasonLines(verdict.reasons)).not.toContain(SHADOW_LINE);
    expect(extraction!.article.text).not.toContain('tidal lagoon');
  });

  test('roots nested in roots are flattened, and the outer root’s slot still takes the light children', () => {
    const d = doc(`<news-app><p>${SLOTTED}</p></news-app>`);
    const app = attach(d, 'news-app', '<app-shell><slot></slot></app-shell>');
    fill(app.querySelector('app-shell')!.attachShadow({ mode: 'open' }), `<main><lantern-story></lantern-story><aside><slot></slot></aside></main>`);
    fill(app.querySelector('app-shell')!.shadowRoot!.querySelector('lantern-story')!.attachShadow({ mode: 'open' }), storyHtml);
    const clone = d.cloneNode(true) as Document;
    expect(flattenShadowRoots(d, clone, probeShadowRoots(d))).toBe(3);
    const text = clone.body.textContent ?? '';
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    expect(text).toContain(SLOTTED);
    expect(clone.querySelectorAll('slot')).toHaveLength(0);
    expect(analyzeDocument(d, URL).verdict.isNews).toBe(true);
  });
});

describe('bounded work on pages with thousands of components', () => {
  // Bounded work is shown by what is examined; its time is npm run bench's (pipeline), never asserted here.
  test('5,000 custom elements with open roots: at most MAX_ROOTS examined, and still not news', () => {
    const count = 5_000;
    const d = doc(Array.from({ length: count }, () => '<x-tile></x-tile>').join(''), '<title>Dashboard</title>');
    for (const tile of Array.from(d.querySelectorAll('x-tile'))) fill(tile.attachShadow({ mode: 'open' }), '<p>A tile of the dashboard with a short line of text in it.</p>');
    const probe = probeShadowRoots(d);
    expect(probe.roots).toBeLessThanOrEqual(MAX_ROOTS);
    const { verdict } = analyzeDocument(d, 'https://dash.example/app');
    expect(verdict.isNews).toBe(false);
  });

  test('a huge page of empty elements is walked only up to its budget', () => {
    const d = doc(`${'<div><span></span></div>'.repeat(20_000)}<lantern-story></lantern-story>`);
    attach(d, 'lantern-story', storyHtml);
    expect(probeShadowRoots(d).roots).toBe(0);
  });
});
