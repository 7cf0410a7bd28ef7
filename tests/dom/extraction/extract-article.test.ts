import { describe, expect, test } from 'vitest';
import { capDepth, MAX_DEPTH } from '../../../dom/extraction/cap-depth';
import { extractArticle } from '../../../dom/extraction/extract-article';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { page } from '../parse';

/** Extraction on pages tests/fuzz broke it with: nested beyond reason, and links Readability rewrites. */

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council met on Monday to discuss the flood defences along the river, and residents gathered outside to hear the decision.</p>`).join('');

function extract(html: string, mapToLive = false) {
  const doc = page(html);
  return { doc, extraction: extractArticle(doc, readMetadata(doc, 'https://ledger.example/world/2025/03/12/floods'), { mapToLive }) };
}

function depthOf(root: Element): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return max;
}

describe('capDepth', () => {
  test('lifts what lies deeper than the cap, keeping the text in order', () => {
    const doc = page(`${'<div>level '.repeat(30)}<p>deep <b>text</b></p>${'</div>'.repeat(30)}`);
    const root = doc.documentElement;
    const before = root.textContent;
    expect(capDepth(root, 10)).toBeGreaterThan(0);
    expect(depthOf(root)).toBeLessThanOrEqual(11);
    expect(root.textContent).toBe(before);
  });

  test('leaves a page within the cap as it was', () => {
    const doc = page(`<article>${PROSE}</article>`);
    expect(capDepth(doc.documentElement)).toBe(0);
  });
});

describe('extractArticle', () => {
  test(
    'a page 20,000 elements deep keeps its text and says it was read flat',
    () => {
      // Readability overflowed its recursion on it and left the copy empty; 1,500 levels took seconds.
      const { extraction } = extract(`${'<div>'.repeat(20_000)}${PROSE}${'</div>'.repeat(20_000)}`);
      expect(extraction.article.text).toContain('Paragraph 6: the council met');
      expect(extraction.warnings).toContain(`the page nests elements more than ${MAX_DEPTH} deep; the deepest were read flat`);
    },
    60_000,
  );

  test('a script or style inside the headline or the first paragraph is no part of the title or the excerpt', () => {
    const { extraction } = extract(
      '<!doctype html><html><head><title>Floods rise in Hadley | Ledger</title></head><body><article>' +
        '<h1 itemprop="headline">Floods rise<script>window.track = document.cookie;</script> in Hadley</h1>' +
        `<p>The river burst its banks on Monday<style>.ad { display: none }</style> after a week of rain in the valley above the town.</p>${PROSE}</article></body></html>`,
    );
    expect(extraction.article.title).toBe('Floods rise in Hadley');
    expect(extraction.article.excerpt).toBe('The river burst its banks on Monday after a week of rain in the valley above the town.');
  });

  test('a site name read from the masthead is one line of text, as every field', () => {
    const { extraction } = extract(`<footer>© 2025 Ledger\u0000</footer><article><h1>Floods rise in Hadley</h1>${PROSE}</article>`);
    expect(extraction.article.siteName).toBe('Ledger');
  });

  test('text Readability writes anew (a javascript: link) maps to no node of the page, and only page nodes are mapped', () => {
    const { doc, extraction } = extract(`<article>${PROSE}<p>The mayor <a href="javascript:void(0)">declined to comment</a> on Monday evening.</p></article>`, true);
    expect(extraction.article.text).toContain('declined to comment');
    expect(extraction.runs.length).toBeGreaterThan(0);
    expect(extraction.runs.every((run) => run.node.ownerDocument === doc)).toBe(true);
  });
});
