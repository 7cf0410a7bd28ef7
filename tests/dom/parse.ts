import { parseDocument } from '../../cli/parse-document';

/** A document from a snippet: `<body>` content, or a whole page when it starts with `<!doctype` or `<html`. */
export function page(html: string): Document {
  return parseDocument(/^\s*<(!doctype|html)/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
}
