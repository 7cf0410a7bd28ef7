import { parseHTML } from 'linkedom';

/**
 * A DOM for Node. linkedom rather than jsdom: it runs no scripts, parses no stylesheets
 * (jsdom's CSS parser throws uncaught on some real pages' stylesheets) and is several
 * times faster, while giving Readability the DOM API it needs.
 */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
