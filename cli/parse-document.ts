import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { closeBrokenTitle, hasMarkup } from './close-broken-title';

/**
 * A DOM for Node. linkedom rather than jsdom: it runs no scripts, parses no stylesheets
 * (jsdom's CSS parser throws uncaught on some real pages' stylesheets) and is several
 * times faster, while giving Readability the DOM API it needs.
 *
 * linkedom's parser does not build the tree the way a browser does: on old pages (a
 * table or a paragraph after the head without a `<body>` tag, tags left open) it left
 * the page inside `<head>` with an empty body, 52 of the 600 pages of extraction-dev,
 * and Readability then read whatever it found there, or nothing. So parse5, the HTML
 * standard's tree construction, builds the tree first, and linkedom reads parse5's
 * well-formed serialisation of it: the CLI sees the page as a browser does. One
 * exception, for damaged files: a title never closed before the page's markup ends at
 * that markup (close-broken-title.ts) instead of swallowing the page.
 */
export function parseDocument(html: string): Document {
  let { document } = parseHTML(browserShaped(html));
  // Judged on the parsed page, so a "<title>" inside a script's string is never taken for one.
  if (hasMarkup(document.querySelector('title')?.textContent)) ({ document } = parseHTML(browserShaped(closeBrokenTitle(html))));
  // Without an <html> element linkedom takes the first element for the root ("<title>…",
  // "<noscript>…") or has none (text alone), and its `head` and `body` then build inside
  // that element or throw: Readability found no text, or removing the root broke
  // extraction (tests/fuzz). A browser builds html, head and body around any input.
  if (document.documentElement?.tagName !== 'HTML') ({ document } = parseHTML(`<html><head></head><body>${html}</body></html>`));
  withStandardTitle(document as unknown as Document);
  return document as unknown as Document;
}

/**
 * `document.title` as the standard has it: the first `<title>` anywhere in the document.
 * linkedom looks in the head only, and a page with text or an element before its head
 * (la-nacion in Readability's test pages) has its head closed early by the parser, its
 * title then in the body: a browser still gives that title.
 */
function withStandardTitle(document: Document): void {
  Object.defineProperty(document, 'title', {
    configurable: true,
    get: () => (document.querySelector('title')?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim(),
  });
}

/** parse5's tree as HTML; the page as given when parse5's recursive serialiser cannot go as deep as the page nests (tests/fuzz: 20,000 levels). */
function browserShaped(html: string): string {
  try {
    return serialize(parse(html));
  } catch (error) {
    if (error instanceof RangeError) return html;
    throw error;
  }
}
