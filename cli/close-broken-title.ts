/**
 * A page whose `<title>` is never properly closed: a crawl that lost bytes mid-tag
 * ("…(The Korea Times)ntById(…", "…antitrust cases</titavaScript" src=…"). The HTML
 * standard reads a title's content as text up to `</title>`, so a browser, and parse5,
 * put the whole page into the title and show an empty page: 3 of extraction-dev's 447
 * dev pages read as nothing. Lenient parsers (libxml2's, which most extraction tools sit
 * on) end such a title at its first markup. The CLI reads damaged files the lenient way;
 * a title that is closed before any markup is left exactly as it is, and the mending is
 * tried only when the parsed page's title holds markup (parse-document.ts).
 */

const TITLE_START = /<title\b[^>]*>/i;
/** An end tag the standard accepts: `</title` then whitespace, `/` or `>` (never `</titlevalue…`). */
const TITLE_END = /<\/title[\t\n\f\r />]/i;
const MARKUP = /<[a-zA-Z!/?]/;
/** Past this many characters a one-line title holding markup is a minified page swallowed whole. */
const SWALLOWED_LENGTH = 300;
/** Markup, or a line's end: a title is one line of text, and never holds a tag. */
const TITLE_BREAK = /<[a-zA-Z!/?]|[\r\n]/;

/** Whether a title's text holds a tag: no real title does, a swallowed page always. */
export function hasMarkup(title: string | null | undefined): boolean {
  return !!title && MARKUP.test(title);
}

/** `html` with `</title>` inserted where a title that swallows markup should have ended. */
export function closeBrokenTitle(html: string): string {
  const start = TITLE_START.exec(html);
  if (!start) return html;
  const from = start.index + start[0].length;
  const rest = html.slice(from);
  const end = TITLE_END.exec(rest);
  const inside = end ? rest.slice(0, end.index) : rest;
  // A closed title holding no markup is the usual case: nothing to mend.
  if (!MARKUP.test(inside)) return html;
  // A short one-line title closed by a real end tag is what the page wrote, markup-like
  // text and all ("<title><img src=x></title>"): a browser shows it as text, so the CLI
  // does too. A swallowed page spans lines, or runs long when minified.
  if (end && !/[\r\n]/.test(inside) && inside.length <= SWALLOWED_LENGTH) return html;
  // Leading line breaks are the title's own layout ("<title>\n  Floods\n</title>" with a tag after is still broken).
  const lead = /^\s*/.exec(inside)![0].length;
  const cut = TITLE_BREAK.exec(inside.slice(lead));
  const at = from + lead + (cut ? cut.index : inside.length - lead);
  return `${html.slice(0, at)}</title>${html.slice(at)}`;
}
