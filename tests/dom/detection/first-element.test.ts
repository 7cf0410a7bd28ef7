import { describe, expect, test } from 'vitest';
import { firstInArticle, firstMetaNamed, metasByName } from '../../../dom/detection/first-element';
import { page } from '../parse';

/** The detector's lookups by tag give what the selectors they replace give. */

describe('firstInArticle', () => {
  test.each([
    ['no <article>', '<p id="a">one</p><p id="b">two</p>'],
    ['an <article> after a paragraph', '<p id="a">menu</p><article><p id="b">lead</p></article>'],
    ['a first <article> without paragraphs', '<article><h2>teaser</h2></article><p id="a">menu</p><article><div><p id="b">lead</p></div></article>'],
    ['an <article> nested in one whose paragraph comes later', '<article><article><p id="a">inner</p></article><p id="b">outer</p></article>'],
    ['no paragraph at all', '<article><h1>only a headline</h1></article>'],
  ])('%s', (_name, body) => {
    const doc = page(body);
    for (const tag of ['p', 'h1']) {
      const expected = doc.querySelector(`article ${tag}`) ?? doc.querySelector(tag);
      expect(firstInArticle(doc, tag)).toBe(expected);
      // The detector hands in the <article> list it looked up once.
      expect(firstInArticle(doc, tag, Array.from(doc.getElementsByTagName('article')))).toBe(expected);
    }
  });
});

describe('firstMetaNamed', () => {
  test.each([
    ['a generator', '<meta name="generator" content="Hugo 0.1">', 'generator'],
    ['a generator named in capitals, after another meta', '<meta name="viewport" content="x"><meta name="GENERATOR" content="MediaWiki 1.4">', 'generator'],
    ['none', '<meta name="description" content="generator">', 'generator'],
    ['the first of two citation tags', '<meta name="Citation_ISSN" content="1"><meta name="citation_doi" content="2">', 'citation_doi'],
  ])('%s', (_name, head, name) => {
    const doc = page(`<!doctype html><html><head>${head}</head><body><p>text</p></body></html>`);
    const names = new Set(name === 'citation_doi' ? ['citation_doi', 'citation_issn'] : [name]);
    const selector = [...names].map((n) => `meta[name="${n}" i]`).join(', ');
    expect(firstMetaNamed(doc, names)).toBe(doc.querySelector(selector));
    // One pass by name gives each name's first <meta> as the selector for it alone does.
    const byName = metasByName(doc);
    for (const n of names) expect(byName.get(n) ?? null).toBe(doc.querySelector(`meta[name="${n}" i]`));
  });
});

describe('metasByName', () => {
  test('keeps the first <meta> of a name that is given twice, in any case', () => {
    const doc = page('<!doctype html><html><head><meta name="Generator" content="Hugo"><meta name="generator" content="WordPress"></head><body></body></html>');
    expect(metasByName(doc).get('generator')?.getAttribute('content')).toBe('Hugo');
  });
});
