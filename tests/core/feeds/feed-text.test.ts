import { describe, expect, test } from 'vitest';
import { clip, decodeEntities, htmlToText, inlineText, plainText } from '../../../core/feeds/feed-text';

describe('htmlToText keeps the prose and nothing else', () => {
  test.each([
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['<p>Line<br>break</p>', 'Line\nbreak'],
    ['<p>a&nbsp;b &mdash; c&rsquo;s &#8220;d&#x201D; &amp;amp;</p>', 'a b — c’s “d” &amp;'],
    ['<p>Before</p><script>alert(1)</script><style>p{}</style><noscript>x</noscript><p>After</p>', 'Before\n\nAfter'],
    ['<figure><img src="x" alt="A photo"><figcaption>Photo: Agency</figcaption></figure><p>Text</p>', 'Text'],
    ['<table><tr><td>Gauge</td><td>4.7 m</td></tr></table>', 'Gauge 4.7 m'],
    ['Plain text,\n  wrapped\n\nin two paragraphs', 'Plain text, wrapped\n\nin two paragraphs'],
    ['<img src=x onerror=alert(1)>', ''],
    ['<!-- a comment --><p>Kept</p>', 'Kept'],
    ['a < b and c > d', 'a < b and c > d'],
    ['   ', ''],
    // Control characters are no text a reader sees (tests/fuzz found NUL, ESC and DEL kept).
    ['<p>NUL\u0000ESC\u001b[31m DEL\u007f</p>', 'NUL ESC [31m DEL'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html, 1000)).toBe(text);
  });

  test('stops at the limit', () => {
    expect(htmlToText(`<p>${'word '.repeat(1000)}</p>`, 50)).toBe('word word word word word word word word word word');
  });
});

describe('inlineText: titles and names on one line', () => {
  test.each([
    ['Floods <em>hit</em> town', 'Floods hit town'],
    ['<b>Live</b>: the river&rsquo;s peak', 'Live: the river’s peak'],
    ['Why <script> tags matter', 'Why <script> tags matter'],
    ['  Two\n  lines ', 'Two lines'],
    ['Tom &amp; Jerry &nbsp;&hellip;', 'Tom & Jerry …'],
    ['AT&T results', 'AT&T results'],
    ['Floods\u0000 rise\u0085again', 'Floods rise again'],
  ])('%j → %j', (raw, text) => {
    expect(inlineText(raw, 500)).toBe(text);
  });
});

describe('decodeEntities reads no tags', () => {
  test.each([
    ['&lt;b&gt; &eacute;', '<b> é'],
    ['<b>bold</b> &amp;', '<b>bold</b> &'],
    ['&unknown; &lol9;', '&unknown; &lol9;'],
    ['no entities', 'no entities'],
  ])('%j → %j', (raw, text) => {
    expect(decodeEntities(raw)).toBe(text);
  });
});

test('plainText keeps paragraphs and joins wrapped lines', () => {
  expect(plainText('First line\nwrapped.\n\n\n\nSecond &amp; last.', 100)).toBe('First line wrapped.\n\nSecond & last.');
});

describe('clip', () => {
  test('never splits a surrogate pair', () => {
    expect(clip('ab😀cd', 3)).toBe('ab');
    expect(clip('ab😀cd', 4)).toBe('ab😀');
    expect(clip('short', 10)).toBe('short');
  });
});
