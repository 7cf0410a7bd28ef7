import { describe, expect, test } from 'vitest';
import { articleText, runAt } from '../../../dom/extraction/article-text';
import { page } from '../parse';

function textOf(html: string): string {
  return articleText(page(html).body).text;
}

describe('articleText', () => {
  test.each([
    ['<p>One  two\n three</p><p>Four</p>', 'One two three\n\nFour'],
    ['<div>Lead<p>Para</p>Tail</div>', 'Lead\n\nPara\n\nTail'],
    ['<p>Across <a href="#">inline <em>elements</em></a> stays one line.</p>', 'Across inline elements stays one line.'],
    ['<h2>Heading</h2><ul><li>a</li><li>b</li></ul><blockquote>Quote</blockquote>', 'Heading\n\na\n\nb\n\nQuote'],
    ['<p>Line<br>break</p>', 'Line\nbreak'],
    ['<p>Kept</p><script>var x = 1;</script><style>p{}</style><figure><img src=x><figcaption>Photo: AFP</figcaption></figure>', 'Kept'],
    ['<p hidden>Hidden</p><p aria-hidden="true">Also</p><p>Shown</p>', 'Shown'],
    ['<p>   </p><p>\u00a0</p>', ''],
  ])('%s', (html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  // Control characters are no text: they separate words like spaces (tests/fuzz). Set by
  // a script, as a page can: the HTML parser itself drops a NUL in the body.
  test('control characters separate words', () => {
    const doc = page('<p>x</p>');
    doc.querySelector('p')!.textContent = 'NUL\u0000between\u001bwords\u007f.';
    expect(articleText(doc.body).text).toBe('NUL between words .');
  });

  test('every offset maps back to the same character in its text node', () => {
    const doc = page('<p>The  <b>anti-Western</b>\n alliance <i>met</i>.</p><p>Next   one</p>');
    const { text, runs } = articleText(doc.body);
    for (let i = 0; i < text.length; i++) {
      const run = runAt(runs, i);
      if (!run) {
        expect(text[i]).toMatch(/\s/); // only inserted separators are unmapped
        continue;
      }
      expect(run.node.data[run.nodeOffset + (i - run.start)]).toBe(text[i]);
    }
  });

  test('a deeply nested page does not overflow the stack', () => {
    const depth = 10_000;
    const html = '<div>'.repeat(depth) + 'deep text' + '</div>'.repeat(depth);
    expect(textOf(html)).toBe('deep text');
  });

  test('stops at maxChars', () => {
    const doc = page(`<p>${'word '.repeat(10_000)}</p>`);
    expect(articleText(doc.body, { maxChars: 100 }).text.length).toBeLessThanOrEqual(100);
  });

  test('a text cut at maxChars ends in a word, not a separator (tests/fuzz)', () => {
    expect(articleText(page('<p>one two</p><p>three four</p>').body, { maxChars: 9 }).text).toBe('one two');
    expect(articleText(page('<p>one two three</p>').body, { maxChars: 8 }).text).toBe('one two');
  });
});
