import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../cli/parse-document';
import { readArticleHtml } from '../../offscreen/read-html';
import { readFixtureHtml } from '../fixtures/fixture-pages';

const ARTICLE = 'outlet-one/world/voskov-lin-temirsk-talks.html';
const URL = `https://ledger.example/${ARTICLE}`;
/** The CLI's DOM in place of the offscreen document's DOMParser: both give an inert document. */
const parser = { parseFromString: (html: string) => parseDocument(html) } as DOMParser;

/** The article page with `extra` appended to its article, as a feed story's page might come. */
function withinArticle(extra: string): string {
  return readFixtureHtml(ARTICLE).replace('</article>', `${extra}</article>`);
}

describe('readArticleHtml, the feed story reader', () => {
  test('reads an article page into a report', () => {
    const report = readArticleHtml(readFixtureHtml(ARTICLE), URL, parser);
    expect(report?.text.length).toBeGreaterThan(1_000);
    expect(report?.flags.length).toBeGreaterThan(0);
  });

  test('a page with too much text is refused with a clear error, and the next page still reads', () => {
    const html = withinArticle(`<p>${'word '.repeat(250_000)}</p>`);
    expect(() => readArticleHtml(html, URL, parser)).toThrow(/too large to read: more than 1000000 characters of text$/);
    expect(readArticleHtml(readFixtureHtml(ARTICLE), URL, parser)?.text.length).toBeGreaterThan(1_000);
  });

  test('a page with too many elements is refused the same way', () => {
    const html = withinArticle('<span></span>'.repeat(160_000));
    expect(() => readArticleHtml(html, URL, parser)).toThrow(/too large to read: more than 150000 elements$/);
  });

  test('a page that is not news is no article, and no error', () => {
    const page = 'wiki/meridian-cooperation-organization.html';
    expect(readArticleHtml(readFixtureHtml(page), `https://wiki.example/${page}`, parser)).toBeNull();
  });
});
