import { describe, expect, test } from 'vitest';
import { jsonLdNodes } from '../../../dom/metadata/json-ld';
import { page } from '../parse';

/** JSON-LD as CMSs really ship it: wrapped, with raw newlines and trailing commas. */

const ld = (source: string) => jsonLdNodes(page(`<!doctype html><html><head><script type="application/ld+json">${source}</script></head><body></body></html>`));

describe('jsonLdNodes reads', () => {
  test.each([
    ['plain JSON', '{"@type":"NewsArticle","headline":"Floods"}'],
    ['CDATA without a comment', '<![CDATA[ {"@type":"NewsArticle","headline":"Floods"} ]]>'],
    ['commented CDATA', '//<![CDATA[\n{"@type":"NewsArticle","headline":"Floods"}\n//]]>'],
    ['an HTML comment', '<!-- {"@type":"NewsArticle","headline":"Floods"} -->'],
    ['a raw newline inside a string', '{"@type":"NewsArticle","headline":"Floods\nin the valley"}'],
    ['a trailing comma', '{"@type":"NewsArticle","headline":"Floods",}'],
  ])('%s', (_name, source) => {
    expect(ld(source)[0]?.['@type']).toBe('NewsArticle');
  });
});

describe('jsonLdNodes skips', () => {
  test.each([['broken JSON', '{"@type": "NewsArticle", broken'], ['an empty block', '']])('%s', (_name, source) => {
    expect(ld(source)).toEqual([]);
  });
});
