import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../cli/parse-document';
import { classifyPiece } from '../../../core/piece-type';
import { analyzeDocument } from '../../../dom/pipeline/analyze-document';
import { readPieceSignals } from '../../../dom/metadata/piece-signals';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { page } from '../parse';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/piece-types');

function kindOf(file: string) {
  const doc = parseDocument(readFileSync(resolve(FIXTURES, file), 'utf8'));
  const meta = readMetadata(doc, null);
  return classifyPiece(readPieceSignals(doc, meta.canonicalUrl, meta.title));
}

describe('fixture pages: what must be recognised', () => {
  test.each([
    ['opinion-column.html', 'opinion', 'schema-type'],
    ['kommentar.html', 'opinion', 'page-label'],
    ['tribune.html', 'opinion', 'breadcrumb'],
    ['mnenie.html', 'opinion', 'meta-section'],
    ['dumka.html', 'opinion', 'schema-genre'],
    ['opinion-es.html', 'opinion', 'title-label'],
    ['opinioni.html', 'opinion', 'breadcrumb'],
    ['paid-post.html', 'sponsored', 'page-label'],
    ['publieditorial.html', 'sponsored', 'page-label'],
    ['liveblog.html', 'liveblog', 'schema-type'],
  ])('%s is %s, first because of %s', (file, kind, reason) => {
    const result = kindOf(file);
    expect(result.kind).toBe(kind);
    expect(result.reasons[0]?.id).toBe(reason);
  });

  test('the opinion column gives every kind of evidence it carries', () => {
    expect(kindOf('opinion-column.html').reasons.map((r) => r.id)).toEqual(['schema-type', 'schema-genre', 'meta-section', 'page-label']);
  });
});

describe('fixture pages: traps', () => {
  test('a report on an opinion poll, in an /opinion-polls/ folder, quoting an op-ed, under a menu with "Opinion" and an ad label', () => {
    expect(kindOf('report-opinion-polls.html')).toEqual({
      kind: 'report',
      reasons: [
        { id: 'news-type', evidence: 'NewsArticle' },
        { id: 'news-section', evidence: 'Politics' },
      ],
    });
  });

  test('an "Anzeige" ad slot above a German report', () => {
    expect(kindOf('anzeige-trap.html').kind).toBe('report');
  });
});

describe('reading the page', () => {
  test('the pipeline carries the kind with the article', () => {
    const html = readFileSync(resolve(FIXTURES, 'opinion-column.html'), 'utf8');
    const analysis = analyzeDocument(parseDocument(html), 'http://127.0.0.1:4173/opinion-column.html');
    expect(analysis.verdict.isNews).toBe(true);
    expect(analysis.pieceType.kind).toBe('opinion');
  });

  test('a label in a huge element is not read', () => {
    const doc = page(`<div><p class="kicker">${'Opinion '.repeat(50_000)}</p><h1>Ferry resumes</h1></div>`);
    expect(readPieceSignals(doc, null, null).labels).toEqual([]);
  });

  test('markup in a label stays text', () => {
    const doc = page('<p class="kicker">&lt;img src=x onerror=alert(1)&gt; Opinion</p><h1>Ferry resumes</h1>');
    const signals = readPieceSignals(doc, null, null);
    expect(signals.labels).toContain('<img src=x onerror=alert(1)> Opinion');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });

  test('a "Comments" link by the headline is not a "Comment" label', () => {
    const doc = page('<p><a href="#comments">Comment</a></p><h1>Ferry resumes</h1>');
    expect(classifyPiece(readPieceSignals(doc, null, null)).kind).toBe('unknown');
  });

  test('a "Sponsored by" box in the sidebar is not the article’s sponsor', () => {
    const doc = page('<article><h1>Ferry resumes</h1><p>By Mira Castell</p></article><div class="widget"><p class="sponsor">Sponsored by Halden Bank</p></div>');
    expect(classifyPiece(readPieceSignals(doc, null, null)).kind).toBe('unknown');
  });

  test('a kicker inside a header wrapper whose class contains "head-" is still read', () => {
    const doc = page('<div class="article-head-wrap"><span class="kicker">Analysis</span><h1>Ferry costs double</h1></div>');
    expect(classifyPiece(readPieceSignals(doc, null, null)).kind).toBe('analysis');
  });
});
