import { describe, expect, test } from 'vitest';
import type { NewsSignalId } from '../../../core/detection/news-signals';
import { siteSignals } from '../../../dom/detection/site-signals';
import { page } from '../parse';

/** The site's menus: what they say, whichever links come after the ones that settle it. */

const links = (words: string[]) => `<nav>${words.map((w) => `<a href="/${encodeURIComponent(w)}">${w}</a>`).join('')}</nav>`;
const SECTIONS = ['World', 'Politics', 'Business', 'Sport', 'Opinion'];
const COMPANY = ['Pricing', 'Docs', 'Features', 'Solutions', 'Customers', 'Enterprise'];

function signalsOf(body: string, head = ''): Array<[NewsSignalId, string | undefined]> {
  const found: Array<[NewsSignalId, string | undefined]> = [];
  siteSignals(page(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), (id, evidence) => found.push([id, evidence]));
  return found;
}

describe('siteSignals', () => {
  test.each([
    ['news sections, then a company’s words', links([...SECTIONS, ...COMPANY]), [['news-menus', 'world, politics, business, sport']]],
    ['a company’s words, then news sections', links([...COMPANY, ...SECTIONS]), [['news-menus', 'world, politics, business, sport']]],
    ['three sections and a company’s words', links([...SECTIONS.slice(0, 3), ...COMPANY]), [['organisation-menus-many', 'pricing, docs, features']]],
    ['three of a company’s words', links(COMPANY.slice(0, 3)), [['organisation-menus', 'pricing, docs, features']]],
    ['nothing to say', links(['Home', 'About']), []],
  ])('%s', (_name, body, expected) => {
    expect(signalsOf(body)).toEqual(expected);
  });

  test('the generator is read from the <meta>s, before the menus', () => {
    expect(signalsOf(links(SECTIONS), '<meta name="generator" content="MediaWiki 1.41">')).toEqual([
      ['reference-software', 'MediaWiki'],
      ['news-menus', 'world, politics, business, sport'],
    ]);
  });
});
