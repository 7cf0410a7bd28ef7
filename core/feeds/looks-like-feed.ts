/**
 * A cheap look at the start of a response: is it a feed worth parsing? For trying the
 * common feed paths, where most candidates answer with an HTML "not found" page, and for
 * telling a feed link from a page link before reading megabytes.
 *
 * It reads the first element's name past the prolog (BOM, XML declaration, processing
 * instructions, comments, doctype, internal DTD subset included), so a page that merely
 * mentions "<rss" in its text does not count.
 */

const SNIFF_CHARS = 64_000;
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^[>]*(?:\[[\s\S]*?\])?\s*>)/i;
const FEED_ROOT = /^<(?:[\w.-]+:)?(?:rss|feed|rdf)[\s/>]/i;
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/i;

export function looksLikeFeed(text: string): boolean {
  let rest = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  if (rest.trimStart().startsWith('{')) return JSON_FEED_VERSION.test(rest);
  for (let match = PROLOG.exec(rest); match; match = PROLOG.exec(rest)) rest = rest.slice(match[0].length);
  return FEED_ROOT.test(rest);
}
