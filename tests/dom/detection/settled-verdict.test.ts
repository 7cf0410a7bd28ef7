import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DETECTION_TUNING, withWeights, type DetectionTuning } from '../../../core/detection/news-signals';
import { detectNews } from '../../../dom/detection/detect-news';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { page } from '../parse';

/**
 * The detector skips a body signal once it can no longer change the answer: every fixture
 * page must get the answer the full reading gives, with the shipped weights and with the
 * prior moved step by step, so that each page's sum crosses even odds somewhere and the
 * gate is tried at every margin.
 */

const SITE = resolve(import.meta.dirname, '../../fixtures/site');

function fixturePages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(SITE, path));
    }
  };
  walk(SITE);
  return out;
}

/** Priors from −5 to 2 by quarters: every weight is a multiple of a quarter, so each step can land a sum on 0. */
const PRIORS = Array.from({ length: 29 }, (_, i) => -5 + i / 4);
const everything = (tuning: DetectionTuning): DetectionTuning => ({ ...tuning, readEverything: true });

describe('the two-stage decision gives the full reading’s answer', () => {
  const pages = fixturePages();

  test('there are fixture pages to judge', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  test.each(pages)('%s', (path) => {
    const doc = page(readFileSync(join(SITE, path), 'utf8'));
    const url = `http://127.0.0.1:4173/${path}`;
    const meta = readMetadata(doc, url);
    // Every prior with the shipped bound of the cheap stage (where the head alone can settle a page),
    // and with the body always read (decided at infinity, where the body's signals are gated).
    const tunings = PRIORS.flatMap((prior) => [{ ...DETECTION_TUNING, prior }, { ...DETECTION_TUNING, prior, decided: Infinity }]);
    for (const tuning of tunings) {
      const gated = detectNews(doc, url, meta, tuning);
      const full = detectNews(doc, url, meta, everything(tuning));
      expect({ prior: tuning.prior, isNews: gated.isNews }).toEqual({ prior: tuning.prior, isNews: full.isNews });
      // What the gate read is what the full reading read, less what it skipped.
      const fullIds = full.reasons.map((r) => r.id);
      for (const reason of gated.reasons) expect(fullIds).toContain(reason.id);
    }
  });
});

describe('what the gate skips', () => {
  test('a page its address and head settle is not read further', () => {
    const wiki = page('<!doctype html><html><head><meta name="generator" content="MediaWiki 1.41"></head><body><nav><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sport">Sport</a></nav><p>LONDON (Wire) - A page of the encyclopedia that opens like wire copy and goes on at length about the valley.</p></body></html>');
    const wikiUrl = 'https://en.wikipedia.org/wiki/Valley';
    const wikiMeta = readMetadata(wiki, wikiUrl);
    // −2 and −3 for the host: even the news menus (+1) and the dateline (+1) leave it at −3, past −2.5.
    expect(detectNews(wiki, wikiUrl, wikiMeta).reasons.map((r) => r.id)).toEqual(['non-news-host']);
    const full = detectNews(wiki, wikiUrl, wikiMeta, everything(DETECTION_TUNING)).reasons.map((r) => r.id);
    expect(full).toEqual(expect.arrayContaining(['non-news-host', 'reference-software', 'news-menus', 'lead-dateline']));
    expect(detectNews(wiki, wikiUrl, wikiMeta).isNews).toBe(false);
  });

  const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the essay tells what happened in the valley that year, what people made of it and what came after, at enough length to read like an article.</p>`).join('');
  const doc = page(`<!doctype html><html lang="en"><head><title>Essay</title></head><body><h1>On the valley</h1><p class="byline">By Ana Ruiz</p><p>March 12, 2008</p>${PROSE}</body></html>`);
  const url = 'https://example.org/view';
  const meta = readMetadata(doc, url);

  test('a printed byline and date that cannot lift the page to news are not looked for', () => {
    // −3 and a readable body: −2, and a byline (0.5) and a date (0.75) cannot reach 0.
    const low = { ...DETECTION_TUNING, prior: -3, decided: Infinity };
    const gated = detectNews(doc, url, meta, low);
    const full = detectNews(doc, url, meta, everything(low));
    expect(full.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(['readable-body', 'byline-under-headline', 'date-under-headline']));
    expect(gated.reasons.map((r) => r.id)).toEqual(['readable-body']);
    expect(gated.isNews).toBe(false);
    expect(full.isNews).toBe(false);
  });

  test('nor when the page is news whatever they hold', () => {
    const high = { ...DETECTION_TUNING, prior: 0, decided: Infinity };
    expect(detectNews(doc, url, meta, high).reasons.map((r) => r.id)).toEqual(['readable-body']);
    expect(detectNews(doc, url, meta, high).isNews).toBe(true);
  });

  test('while they can tip it, both are read and counted', () => {
    const open = withWeights({ ...DETECTION_TUNING, prior: -2.25, decided: Infinity }, {});
    const verdict = detectNews(doc, url, meta, open);
    expect(verdict.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(['readable-body', 'byline-under-headline', 'date-under-headline']));
    expect(verdict.isNews).toBe(true);
  });
});
