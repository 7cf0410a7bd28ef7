import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../cli/parse-document';
import { shingleOverlap } from '../../../core/text/text-overlap';
import { analyzeDocument } from '../../../dom/pipeline/analyze-document';

/** Every fixture page against its hand-written expectation in tests/fixtures/expected/. */

const SITE = resolve(import.meta.dirname, '../../fixtures/site');
const EXPECTED = resolve(import.meta.dirname, '../../fixtures/expected');

interface Expectation {
  isNews: boolean;
  title?: string;
  siteName?: string;
  publishedTime?: string;
  canonicalUrl?: string;
  lang?: string;
  body?: string;
  mustNotContain?: string[];
  framing?: { text: string; voice: string; speaker?: string }[];
}

function expectations(): [string, Expectation][] {
  const out: [string, Expectation][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) out.push([relative(EXPECTED, path).replace(/\.json$/, '.html'), JSON.parse(readFileSync(path, 'utf8'))]);
    }
  };
  walk(EXPECTED);
  return out;
}

const cases = expectations().filter(([page]) => statSync(join(SITE, page), { throwIfNoEntry: false })?.isFile());
const analyse = (page: string) =>
  analyzeDocument(parseDocument(readFileSync(join(SITE, page), 'utf8')), `http://127.0.0.1/${page}`, { always: true });

describe('news detection on fixture pages', () => {
  test.each(cases)('%s', (page, expected) => {
    expect(analyse(page).verdict.isNews).toBe(expected.isNews);
  });
});

const articles = cases.filter(([, e]) => e.isNews && e.body);

describe('extraction on fixture articles', () => {
  test.each(articles)('%s: body, no clutter, metadata', (page, expected) => {
    const { extraction } = analyse(page);
    const article = extraction!.article;
    const overlap = shingleOverlap(article.text, expected.body!);
    expect(overlap.f1, `precision ${overlap.precision.toFixed(3)} recall ${overlap.recall.toFixed(3)}`).toBeGreaterThanOrEqual(0.95);
    for (const clutter of expected.mustNotContain ?? []) expect(article.text).not.toContain(clutter);
    expect(article).toMatchObject({
      title: expected.title,
      siteName: expected.siteName,
      publishedTime: expected.publishedTime,
      canonicalUrl: expected.canonicalUrl,
    });
  });
});

describe('framing flags on fixture articles', () => {
  const framed = articles.flatMap(([page, e]) => (e.framing ?? []).map((f) => [page, f] as const));
  test.each(framed)('%s: %j', (page, expected) => {
    // The fixtures' truth lists the lexicon's phrases and their voices; the learned scorer's say is tested in core/framing/model/.
    const lexiconOnly = analyzeDocument(parseDocument(readFileSync(join(SITE, page), 'utf8')), `http://127.0.0.1/${page}`, { always: true, flags: { model: null } });
    const flag = lexiconOnly.flags.find((f) => f.text.toLowerCase() === expected.text.toLowerCase());
    expect(flag, `no flag on "${expected.text}"`).toBeDefined();
    expect(flag!.voice).toBe(expected.voice);
  });
});
