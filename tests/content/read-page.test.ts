import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { highlightFlags, MARK_ATTRIBUTE } from '../../content/highlight-flags';
import { detectPage } from '../../dom/pipeline/detect-page';
import { readArticle } from '../../content/read-article';
import { StepTimings } from '../../content/step-timings';
import { parseDocument } from '../../cli/parse-document';
import type { Settings } from '../../core/settings/settings';
import { analyzeDocument } from '../../dom/pipeline/analyze-document';
import { listFixturePages } from '../fixtures/fixture-pages';

const SITE = resolve(import.meta.dirname, '../fixtures/site');
const ARTICLE = '/outlet-one/world/voskov-lin-temirsk-talks.html';

/** The page as the content script reads it: the detector's step, then the reader's only for an article. */
async function readPage(doc: Document, pageUrl: string, settings: Settings, isStale: () => boolean, timings: StepTimings) {
  const detection = timings.time('detect', () => detectPage(doc, pageUrl));
  if (detection.settled) return { state: detection.settled, runs: [] };
  return readArticle(doc, pageUrl, detection, settings, isStale, timings);
}

function load(path: string): Document {
  return parseDocument(readFileSync(resolve(SITE, `.${path}`), 'utf8'));
}

describe('detectPage, then readArticle', () => {
  test('times every step of an article, each in order and in a task of its own', async () => {
    const timings = new StepTimings();
    const reading = await readPage(load(ARTICLE), `https://ledger.example${ARTICLE}`, DEFAULT_SETTINGS, () => false, timings);
    expect(reading?.state.status).toBe('article');
    const names = timings.steps.map((t) => t.step);
    expect([...new Set(names)]).toEqual(['detect', 'extract', 'lexicon', 'flag', 'kind']);
    // Extraction runs as four tasks: clone, Readability, clean-up, text.
    expect(names.filter((name) => name === 'extract')).toHaveLength(4);
    for (const [earlier, later] of timings.steps.slice(0, -1).map((t, i) => [t, timings.steps[i + 1]!] as const)) {
      // Start and duration are each rounded to a tenth of a millisecond, so their sum may
      // pass the true end by up to a tenth (0.05 each), plus floating point's last digit.
      expect(later.start).toBeGreaterThanOrEqual(earlier.start + earlier.duration - 0.1 - 1e-6);
    }
    if (reading?.state.status === 'article') expect(reading.state.timings).toBe(timings.steps);
  });

  test('on a page that is not news, only detection runs', async () => {
    const timings = new StepTimings();
    const reading = await readPage(load('/wiki/meridian-cooperation-organization.html'), 'https://wiki.example/wiki/Meridian_Cooperation_Organization', DEFAULT_SETTINGS, () => false, timings);
    expect(reading?.state.status).toBe('not-news');
    expect(timings.steps.map((t) => t.step)).toEqual(['detect']);
  });

  test('a news page too large to read without freezing it is left alone, saying why', async () => {
    const doc = load(ARTICLE);
    const padding = doc.createElement('p');
    padding.textContent = 'word '.repeat(250_000);
    doc.querySelector('article')!.append(padding);
    const timings = new StepTimings();
    const reading = await readPage(doc, `https://ledger.example${ARTICLE}`, DEFAULT_SETTINGS, () => false, timings);
    expect(reading?.state).toMatchObject({ status: 'too-large', textChars: expect.any(Number), limits: { textChars: 1_000_000 } });
    expect(timings.steps.map((t) => t.step)).toEqual(['detect']);
  });

  test('gives up when the reader has moved on', async () => {
    let stale = false;
    const timings = new StepTimings();
    const reading = readPage(load(ARTICLE), `https://ledger.example${ARTICLE}`, DEFAULT_SETTINGS, () => stale, timings);
    stale = true;
    expect(await reading).toBeNull();
    expect(timings.steps.map((t) => t.step)).toEqual(['detect']);
  });
});

describe('the content script reads what the CLI reads', () => {
  const articles = listFixturePages().filter((page) => page.expected.isNews && page.path.endsWith('.html'));
  test.each(articles.map((page) => [page.path]))('%s', async (path) => {
    const pageUrl = `http://127.0.0.1:4173/${path}`;
    const reading = await readPage(load(`/${path}`), pageUrl, DEFAULT_SETTINGS, () => false, new StepTimings());
    const cli = analyzeDocument(load(`/${path}`), pageUrl);
    if (reading?.state.status !== 'article') throw new Error(`${path} not read as an article`);
    expect(cli.extraction?.article.text).toBe(reading.state.report.text);
    expect(cli.flags).toEqual(reading.state.flags);
    expect(cli.pieceType).toEqual(reading.state.report.pieceType);
  });
});

describe('highlightFlags hands the card one live Range per drawn flag', () => {
  test('with <mark> elements where the Highlight API is missing, in document order, removed again', async () => {
    const doc = load(ARTICLE);
    splitTextForLinkedom(doc);
    const before = doc.body.textContent;
    const reading = await readPage(doc, `https://ledger.example${ARTICLE}`, DEFAULT_SETTINGS, () => false, new StepTimings());
    if (reading?.state.status !== 'article') throw new Error('not read as an article');
    const drawing = highlightFlags(doc, reading.state.flags, reading.runs);
    expect(drawing.mode).toBe('mark');
    expect(drawing.flags.length).toBe(drawing.drawn);
    expect(drawing.flags.map((d) => d.flag.text)).toContain('anti-Western alliance');
    // linkedom's Range keeps its boundary nodes to itself; the marks show what was drawn.
    const marked = [...doc.querySelectorAll(`[${MARK_ATTRIBUTE}]`)].map((mark) => mark.textContent).join('|');
    for (const { flag } of drawing.flags) expect(marked).toContain(flag.text.split(/\s/)[0]);
    const starts = drawing.flags.map((d) => d.flag.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    drawing.remove();
    expect(doc.querySelectorAll(`[${MARK_ATTRIBUTE}]`).length).toBe(0);
    expect(doc.body.textContent).toBe(before);
  });
});

/** linkedom has no Text.splitText; the spec's, minus live-range updates (no range exists yet). */
function splitTextForLinkedom(doc: Document): void {
  const proto = Object.getPrototypeOf(doc.createTextNode('')) as Text;
  if (typeof proto.splitText === 'function') return;
  proto.splitText = function (this: Text, offset: number): Text {
    const rest = doc.createTextNode(this.data.slice(offset));
    this.data = this.data.slice(0, offset);
    this.after(rest);
    return rest;
  };
}
