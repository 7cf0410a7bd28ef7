import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../cli/parse-document';
import { analyzeDocument } from '../../dom/pipeline/analyze-document';

/**
 * The CLI's DOM always has html, head and body, as a browser's does. Without them
 * linkedom took the first element for the root: a page starting with <title> gave no
 * text, one starting with <noscript> threw once Readability removed that root, and an
 * empty or text-only file threw outright (all found by tests/fuzz).
 */
describe('parseDocument', () => {
  test.each([
    ['an empty file', '', ''],
    ['text alone', 'Floods rise in Hadley', 'Floods rise in Hadley'],
    ['a comment and text', '<!-- saved page -->Floods rise', 'Floods rise'],
    ['a page without html, head or body', '<title>T</title><h1>Floods</h1><p>Rise</p>', 'FloodsRise'],
  ])('%s has an html root, a head and a body', (_name, html, bodyText) => {
    const doc = parseDocument(html);
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.head).not.toBeNull();
    expect(doc.body.textContent?.replace(/^T/, '')).toBe(bodyText);
  });

  test('a page that starts with <noscript> is analysed, not thrown on', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i}: the council met on Monday to discuss the flood defences along the river in Hadley.</p>`).join('');
    const doc = parseDocument(`<noscript><b>Enable JavaScript</b></noscript><h1>Floods rise</h1>${paragraphs}`);
    const analysis = analyzeDocument(doc, 'https://ledger.example/floods', { always: true });
    expect(analysis.extraction?.article.text).toContain('Paragraph 4');
  });

  // linkedom alone left these bodies empty, the text inside <head>: 56 of the 600 pages
  // of extraction-dev read as nothing, or as whatever Readability found in the head.
  test.each([
    ['no <body> tag after the head', '<html><head><title>T</title></head><p>Floods rise in Hadley</p></html>'],
    ['a table where the head should close', '<html><head><title>T</title><meta name="a" content="b"><table><tr><td>Floods rise in Hadley</td></tr></table></body></html>'],
  ])('%s: the text is in the body, as a browser puts it', (_name, html) => {
    const doc = parseDocument(html);
    expect(doc.body.textContent).toBe('Floods rise in Hadley');
    expect(doc.head.textContent).toBe('T');
  });

  test('a title the parser left in the body is still the document’s title, as in a browser', () => {
    const doc = parseDocument('<!doctype html><p>Edition</p><html><head><title> Floods  rise </title></head><body><p>x</p></body></html>');
    expect(doc.title).toBe('Floods rise');
  });

  test('a whole page is parsed as it is', () => {
    const doc = parseDocument('<!doctype html><html lang="en"><head><title>T</title></head><body><p>x</p></body></html>');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title).toBe('T');
  });
});
