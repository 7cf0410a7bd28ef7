import { articlePage, defaultParts } from './article-templates';
import { repeat, type Rand } from './fuzz-random';
import { LONE_SURROGATES, MARKUP_AS_TEXT, ODD_CHARS, sentence } from './hostile-text';
import type { PageGenerator } from './structure-pages';

/**
 * JSON-LD as hostile as a page can make it: nested past any sane depth, larger than the
 * reader's cap or just under it, of the wrong types, with keys that are JavaScript's own
 * (`__proto__`, `constructor`), dates no calendar has, and not JSON at all.
 */

const TYPES = ['NewsArticle', 'Article', 'BlogPosting', 'LiveBlogPosting', 'WebPage', 'Product', 'Person', 'Organization', 'NewsMediaOrganization', ''];
const DATES = ['2025-03-12T19:11:00-04:00', '2025-02-31', '0000-00-00', '+275760-09-13T00:00:00Z', '9999-12-31T23:59:59Z', '1e400', 'yesterday', '2025-13-45T99:99:99Z', '', '2038-01-19T03:14:08Z', '12/03/2025'];

/** A JSON value of any type, `depth` levels at most. */
function anyValue(r: Rand, depth: number): unknown {
  const roll = r.int(0, depth > 0 ? 9 : 6);
  switch (roll) {
    case 0: return null;
    case 1: return r.chance(0.5);
    case 2: return r.pick([0, -1, 1e308, -1e-308, 2 ** 53 + 1, 0.1]);
    case 3: return sentence(r);
    case 4: return r.pick(MARKUP_AS_TEXT);
    case 5: return r.pick(DATES);
    case 6: return r.pick(ODD_CHARS) + r.pick(LONE_SURROGATES) + sentence(r);
    case 7: return Array.from({ length: r.int(0, 5) }, () => anyValue(r, depth - 1));
    default: return articleNode(r, depth - 1);
  }
}

/** An object that looks like a schema.org node, with any value where each field is. */
function articleNode(r: Rand, depth: number): Record<string, unknown> {
  const node: Record<string, unknown> = { '@type': r.chance(0.7) ? r.pick(TYPES) : anyValue(r, 0) };
  for (const key of ['headline', 'name', 'author', 'publisher', 'datePublished', 'dateModified', 'description', 'inLanguage', 'articleSection', 'image', 'url', '@graph']) {
    if (r.chance(0.5)) node[key] = anyValue(r, depth);
  }
  return node;
}

function deepArray(depth: number): string {
  return `${'['.repeat(depth)}{"@type":"NewsArticle","headline":"deep"}${']'.repeat(depth)}`;
}

function deepObject(depth: number): string {
  return `${'{"@type":"NewsArticle","author":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}

/** How large a source may be: the one block of a huge case, a page's main block, or one of many extra blocks. */
type Scale = 'huge' | 'small' | 'tiny';
const sized = (scale: Scale, huge: number, small: number, tiny: number) => (scale === 'huge' ? huge : scale === 'small' ? small : tiny);

const SOURCES: Array<(r: Rand, scale: Scale) => string> = [
  (r) => JSON.stringify(articleNode(r, 4)),
  (r, scale) => JSON.stringify({ '@graph': Array.from({ length: r.int(1, sized(scale, 5_000, 400, 20)) }, () => articleNode(r, 2)) }),
  (r, scale) => deepArray(r.int(10, sized(scale, 200_000, 5_000, 200))),
  (r, scale) => deepObject(r.int(10, sized(scale, 100_000, 3_000, 100))),
  // Just under and just over the reader's 500,000-character cap per block.
  (r, scale) => JSON.stringify({ '@type': 'NewsArticle', headline: 'big', articleBody: 'w '.repeat(scale === 'tiny' ? 100 : r.pick([249_900, 250_100])) }),
  (r, scale) => JSON.stringify({ '@type': 'NewsArticle', headline: 'many', author: Array.from({ length: r.int(1, sized(scale, 100_000, 5_000, 50)) }, (_, i) => ({ name: `Author ${i}` })) }),
  (r) => `{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"@type":"NewsArticle","headline":${JSON.stringify(sentence(r))}}`,
  (r) => `{"@type":"NewsArticle","headline":${JSON.stringify(sentence(r))}, /* comment */ "author": [,,], }`,
  (r) => `<!--{"@type":"NewsArticle","headline":${JSON.stringify(sentence(r))},}-->`,
  (r) => `{"@type":"NewsArticle","headline":"raw\u0000nul\u0001\n\ttabs","datePublished":"${r.pick(DATES)}"}`,
  (r) => `{"@type":"NewsArticle","headline":"${'\\u0000'.repeat(r.int(1, 50))}","author":"\\ud83d"}`,
  (r) => `{"@type": ${r.pick(['1e999', '[[[[]]]]', 'true', '{}', '"NewsArticle"'])}, "headline": ${r.pick(['1', '[]', '{}', 'null', '"x"'])}}`,
  () => `{"@type":"NewsArticle","headline":"unterminated`,
  (r) => repeat(r.int(1, 20), () => '{"a":'),
];

/** A JSON-LD block of the kinds above (huge: deeper and longer), and sometimes many more small ones. */
export const hostileJsonLd: PageGenerator = (r, huge) => {
  const parts = defaultParts(r);
  parts.jsonLd = r.pick(SOURCES)(r, huge ? 'huge' : 'small');
  const more = r.chance(0.3) ? r.int(1, huge ? 2_000 : 100) : 0;
  parts.head = repeat(more, () => `<script type="application/ld+json">${r.pick(SOURCES)(r, 'tiny')}</script>`);
  return { html: articlePage(r, parts), url: parts.url };
};
