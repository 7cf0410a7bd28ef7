import { parseHTML } from 'linkedom';

/**
 * A DOM for Node. linkedom rather than jsdom: it runs no scripts, parses no stylesheets
 * (jsdom's CSS parser throws uncaught on some real pages' stylesheets) and is several
 * times faster, while giving Readability the DOM API it needs.
 */
export function parseDocument(html: string): Document {
  let { document } = parseHTML(html);
  // Without an <html> element linkedom takes the first element for the root ("<title>…",
  // "<noscript>…") or has none (text alone), and its `head` and `body` then build inside
  // that element or throw: Readability found no text, or removing the root broke
  // extraction (tests/fuzz). A browser builds html, head and body around any input.
  if (document.documentElement?.tagName !== 'HTML') ({ document } = parseHTML(`<html><head></head><body>${html}</body></html>`));
  return document as unknown as Document;
}
