import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readabilityTestPages } from '../../scripts/corpus';
import { blockId, pageBlocks, truthBody } from '../../scripts/corpus-blocks';
import { describeWithShared } from '../needs-shared';

const texts = (html: string) => pageBlocks(html).map((b) => b.text);

describe('pageBlocks segments', () => {
  test.each([
    ['paragraphs and headings in order', '<h1>Title</h1><p>One.</p><h2>Sub</h2><p>Two.</p>', ['Title', 'One.', 'Sub', 'Two.']],
    ['inline markup stays inside its block', '<p>A <a href="#">link</a> and <em>emphasis</em>.</p>', ['A link and emphasis.']],
    ['adjacent inline elements are not spaced apart', '<p><span>Wash</span><span>ington</span></p>', ['Washington']],
    ['div text before and after a child block', '<div>Intro<p>Para</p>Tail</div>', ['Intro', 'Para', 'Tail']],
    ['a blockquote holding paragraphs gives the paragraphs', '<blockquote><p>Q1</p><p>Q2</p></blockquote>', ['Q1', 'Q2']],
    ['list items, with text around a nested list', '<ul><li>a<ul><li>a.1</li></ul>after</li><li>b</li></ul>', ['a', 'a.1', 'after', 'b']],
    ['table cells, captions, dt/dd and pre', '<table><tr><td>c1</td><td>c2</td></tr></table><figure><img src=x><figcaption>Cap</figcaption></figure><dl><dt>T</dt><dd>D</dd></dl><pre>x  =  1</pre>', ['c1', 'c2', 'Cap', 'T', 'D', 'x = 1']],
    ['whitespace and no-break spaces collapse', '<p>  a\n\t b\u00a0 c  </p>', ['a b c']],
    ['a single <br> is a space', '<p>line one<br>line two</p>', ['line one line two']],
    ['two or more <br>s end a block', '<div>first<br><br>second<br> <br><br>third</div>', ['first', 'second', 'third']],
    ['text directly in the body', 'loose <b>text</b><p>p</p>', ['loose text', 'p']],
  ])('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });
});

describe('pageBlocks leaves out', () => {
  test.each([
    ['scripts, styles and noscript', '<p>keep</p><script>var x = "no";</script><style>p{}</style><noscript>no</noscript>'],
    ['the head', '<html><head><title>no</title></head><body><p>keep</p></body></html>'],
    ['inline svg text and form option lists', '<p>keep</p><svg><text>no</text></svg><select><option>no</option></select>'],
    ['empty and whitespace-only blocks', '<div> </div><p>keep</p><p>\u00a0</p><div><br><br></div>'],
  ])('%s', (_name, html) => {
    expect(texts(html)).toEqual(['keep']);
  });
});

describe('block ids', () => {
  test('are 8 hex digits of FNV-1a over the normalised text', () => {
    // FNV-1a 32 of "a" and of the empty string, the published test vectors.
    expect(blockId('a')).toBe('e40c292c');
    expect(blockId('')).toBe('811c9dc5');
  });

  test('ignore case and whitespace, not punctuation', () => {
    expect(blockId('Hello   World')).toBe(blockId('hello world'));
    expect(blockId('Hello, world')).not.toBe(blockId('hello world'));
  });

  test('are the same on every parse, and equal for equal texts', () => {
    const html = '<p>Same</p><div>other</div><p>same</p>';
    const [a, b, c] = pageBlocks(html);
    expect(pageBlocks(html)).toEqual([a, b, c]);
    expect(a!.id).toBe(c!.id);
    expect(a!.id).not.toBe(b!.id);
  });
});

describe('truthBody', () => {
  const html = '<h1>Headline</h1><p>First para.</p><aside>Related</aside><p>Second  para.</p>';
  const [, first, related, second] = pageBlocks(html);

  test('joins the listed blocks in the listed order with blank lines', () => {
    expect(truthBody(html, [first!.id, second!.id])).toBe('First para.\n\nSecond para.');
    expect(truthBody(html, [second!.id, first!.id])).toBe('Second para.\n\nFirst para.');
    expect(truthBody(html, [])).toBe('');
    expect(related!.text).toBe('Related');
  });

  test('refuses an id that is not on the page', () => {
    expect(() => truthBody(html, [first!.id, 'deadbeef'])).toThrow(/deadbeef/);
  });
});

// The stored corpus truth is only block ids: a change to the segmentation that moves them
// would silently empty the bodies. Needs ../shared/corpus, so it is skipped without it.
const TRUTH_DIR = join(import.meta.dirname, '../corpus-truth/extraction');
describeWithShared('stored corpus truth', ['corpus/readability-test-pages.tar.gz'], () => {
  test('every truth file resolves to a body on its page', () => {
    const pages = new Map(readabilityTestPages().map((p) => [p.slug, p.html]));
    const files = readdirSync(TRUTH_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const file of files) {
      const truth = JSON.parse(readFileSync(join(TRUTH_DIR, file), 'utf8')) as { slug: string; blocks: string[] };
      expect(file).toBe(`${truth.slug}.json`);
      expect(truthBody(pages.get(truth.slug)!, truth.blocks).length, truth.slug).toBeGreaterThan(200);
    }
  });
});
