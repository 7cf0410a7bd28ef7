import { cutText } from '../text/cut-text';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import { parseBounded } from './bounded-parse';

/**
 * Feed fields → plain text. Feeds put HTML in descriptions (escaped or in CDATA), HTML
 * named entities where XML allows none (`&nbsp;` `&rsquo;`: the XML parser leaves them as
 * written), and inline tags in titles. Nothing here ever returns markup: HTML is parsed
 * with htmlparser2 and only its text nodes are kept.
 *
 * The walk is iterative, with an explicit stack, because a hostile description can nest
 * tags tens of thousands deep and a recursive walk would overflow the call stack.
 */

/** Their content is not the story's prose: code, embeds, controls, and captions with their photo credits. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'select', 'button', 'figcaption']);
/** Elements that start a new paragraph in the text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);
/** Tags that feeds put into titles ("<em>Live</em>: …"); anything else in a title stays as written. */
const INLINE_TAG = /<\/?(?:a|abbr|b|br|cite|code|em|font|i|mark|q|s|small|span|strong|sub|sup|u)\b[^<>]*\/?>/gi;
/**
 * `\s` already covers no-break and other Unicode spaces; zero-width spaces are added. Not
 * the zero-width joiners: emoji and Persian words need them. Control characters (NUL,
 * ESC, DEL, NEL) are no text a reader sees: they go like spaces (tests/fuzz found them
 * kept in summaries and titles).
 */
// eslint-disable-next-line no-control-regex
const SPACE_RUN = /[\s\u200b\u2060\ufeff\u0000-\u001f\u007f\u0085]+/g;

/** HTML (a description, `content:encoded`, Atom `type="html"`) → text, paragraphs separated by a blank line. */
export function htmlToText(html: string, maxChars: number): string {
  if (!html.trim()) return '';
  if (!/[<&]/.test(html)) return paragraphs(html, maxChars);
  return nodesToText(parseBounded(html).doc.children, maxChars);
}

/** Already-parsed nodes (Atom `type="xhtml"` content) → text, as `htmlToText`. */
export function nodesToText(nodes: readonly AnyNode[], maxChars: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Array<AnyNode | string> = [...nodes].reverse();
  // Stops once there is enough text: the caller clips anyway, and a 5 MB description need not be walked.
  while (stack.length > 0 && length <= maxChars) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
    } else if (node.type === 'text') {
      const text = node.data.replace(SPACE_RUN, ' ');
      parts.push(text);
      length += text.length;
    } else if (node.type === 'cdata') {
      pushChildren(stack, node.children);
    } else if (node.type === 'tag') {
      // Atom's xhtml content may be prefixed ("xhtml:p").
      const name = node.name.slice(node.name.indexOf(':') + 1).toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        parts.push('\n');
        continue;
      }
      const separator = BLOCKS.has(name) ? '\n\n' : CELLS.has(name) ? ' ' : '';
      parts.push(separator);
      stack.push(separator);
      pushChildren(stack, node.children);
    }
    // Comments, directives, and `script`/`style` nodes (their own types in HTML mode) are dropped.
  }
  return tidy(parts.join(''), maxChars);
}

/** A title or a name: entities decoded, inline tags dropped, one line. */
export function inlineText(raw: string, maxChars: number): string {
  // Inline tags sit inside words' runs ("<b>Live</b>:"); only a line break stands for a space.
  const text = decodeEntities(raw.replace(INLINE_TAG, (tag) => (/^<br/i.test(tag) ? ' ' : '')));
  return clip(text.replace(SPACE_RUN, ' ').trim(), maxChars);
}

/** Text that is meant as text (Atom `type="text"`): entities decoded, whitespace tidied, paragraphs kept. */
export function plainText(raw: string, maxChars: number): string {
  return paragraphs(decodeEntities(raw), maxChars);
}

/**
 * Decodes HTML's named and numeric entities without reading any tag: `<` is escaped
 * first, so the HTML parser sees one run of text and only decodes it.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const nodes = parseDocument(text.replace(/</g, '&lt;')).children;
  return nodes.map((node) => (node.type === 'text' ? node.data : '')).join('');
}

/** Cuts to `maxChars` UTF-16 units without splitting a surrogate pair, and drops the spaces the cut leaves at the end. */
export function clip(text: string, maxChars: number): string {
  return cutText(text, maxChars).trimEnd();
}

function paragraphs(text: string, maxChars: number): string {
  return tidy(text.replace(/\r\n?/g, '\n').replace(/\n[^\S\n]*\n\s*/g, '\n\n').replace(/(?<!\n)\n(?!\n)/g, ' '), maxChars);
}

/** Spaces collapsed within lines, lines trimmed, at most one blank line in a row. */
function tidy(text: string, maxChars: number): string {
  const lines = text.split('\n').map((line) => line.replace(SPACE_RUN, ' ').trim());
  return clip(lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), maxChars);
}

function pushChildren(stack: Array<AnyNode | string>, children: readonly AnyNode[]): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
}
