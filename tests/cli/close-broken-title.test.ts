import { describe, expect, test } from 'vitest';
import { closeBrokenTitle } from '../../cli/close-broken-title';
import { parseDocument } from '../../cli/parse-document';

const STORY = '<p>The council met on Monday to discuss the flood defences along the river in Hadley.</p>';

/**
 * Crawled files that lost bytes inside the title: the standard reads everything up to a
 * real `</title>` as the title's text, so the page would read as empty.
 */
describe('closeBrokenTitle', () => {
  test.each([
    ['an end tag cut short', `<html><head><title>Floods rise</titavaScript" src="a.js"></script></head><body>${STORY}</body></html>`, 'Floods rise'],
    ['an end tag run into an attribute', `<html><head><title id="t">Floods rise - Ledger</titlevalue="x" -->\n</head><body>${STORY}</body></html>`, 'Floods rise - Ledger'],
    ['no end tag, the line cut', `<html><head><title>Floods rise (The Ledger)ntById("x");\n</script></head><body>${STORY}</body></html>`, 'Floods rise (The Ledger)ntById("x");'],
  ])('%s: the title ends at its line, the story is in the body', (_name, html, title) => {
    const doc = parseDocument(html);
    expect(doc.title).toBe(title);
    expect(doc.body.textContent).toContain('flood defences along the river');
  });

  test.each([
    ['a closed title', `<html><head><title>Floods rise</title></head><body>${STORY}</body></html>`],
    ['a title over several lines', `<title>\n  Floods rise\n  in Hadley\n</title>${STORY}`],
    ['a title with a less-than sign', `<title>Rents < wages? Not in Hadley</title>${STORY}`],
    ['a one-line title that writes a tag, closed', `<title><img src=x onerror=alert(1)></title>${STORY}`],
    ['no title', STORY],
  ])('%s is left as it is', (_name, html) => {
    expect(closeBrokenTitle(html)).toBe(html);
  });

  test('a title closed long after, on one minified line, is mended', () => {
    const doc = parseDocument(`<html><head><title>Floods rise</titavaScript"></script>${'<meta name="x" content="y">'.repeat(20)}</head><body>${STORY}<svg><title>icon</title></svg></body></html>`);
    expect(doc.title).toBe('Floods rise');
    expect(doc.body.textContent).toContain('flood defences along the river');
  });

  test('a "<title>" inside a script is no title: the page is parsed as it is', () => {
    const doc = parseDocument(`<html><head><script>var t = "<title>";</script></head><body>${STORY}<p>x</p></body></html>`);
    expect(doc.body.textContent).toContain('flood defences along the river');
    expect(doc.querySelector('title')).toBeNull();
  });
});
