import { bylineNames } from './byline';
import { isElsewhere, shortText } from './page-regions';

/**
 * A byline printed as plain text under the headline, with no markup to find it by:
 * "By Michael Cavna", "by Lori Galarreta and A Martínez | Take Two", "Von Anna Berg",
 * "Автор: Иван Петров", "posted May 4, 2012 by Ann Lee". Reads the text that follows the headline in document order, up
 * to the start of the story's running text, and takes the first line that opens with a
 * "by" word in one of the languages below and names people.
 */

const LEAD_LINE = /^(?:(?:written|words|text|reporting|posted)\s+by|by|von|par|por|di|door|av|af|autor(?:in)?|auteur|автор|από)(?:\s*[:：]\s*|\s+|$)/iu;
/** "posted August 9th, 2012 1:00 PM EDT by Jared Nelson in News": the day first, then the byline. */
const DATED_LINE = /^(?:posted|published)\s[^]{0,50}?\d[^]{0,30}?\s(?:by|von|par)\s*$|^(?:posted|published)\s[^]{0,50}?\d[^]{0,30}?\sby\s+\p{Lu}/iu;
/** Text nodes read after the headline, and paragraphs of running text after which a byline is no longer looked for. */
const MAX_NODES = 80;
const MAX_LONG = 2;
const LONG_TEXT = 200;
const SKIPPED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg|SVG|BUTTON|SELECT|OPTION)$/;

export function printedByline(headline: Element | null, siteName: string | null): string[] {
  if (!headline) return [];
  let long = 0;
  let read = 0;
  for (let node = following(headline, true); node && read < MAX_NODES; node = following(node, false)) {
    if (node.nodeType === 1) {
      if (SKIPPED.test((node as Element).tagName)) node = lastDescendant(node);
      continue;
    }
    if (node.nodeType !== 3) continue;
    const text = (node.nodeValue ?? '').trim();
    if (!text) continue;
    read++;
    if (text.length > LONG_TEXT && ++long >= MAX_LONG) return [];
    if (!LEAD_LINE.test(text) && !DATED_LINE.test(text)) continue;
    const line = lineOf(node);
    if (!line || isElsewhere(line.element, headline)) continue;
    const names = bylineNames(line.text, siteName);
    if (names.length > 0) return names;
  }
  return [];
}

/** The smallest element around a "By" text node that holds more than the lead word. */
function lineOf(node: Node): { element: Element; text: string } | null {
  let el = node.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const text = shortText(el, 160);
    if (text === null) return null;
    if (text.replace(LEAD_LINE, '').trim().length > 1) return { element: el, text };
  }
  return null;
}

/** The next node in document order; `skipChildren` steps over the node's own subtree. */
function following(node: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function lastDescendant(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}
