/**
 * The story of a page older than the paragraph's common use: text between <br>s in a
 * table cell or a <div>, bold and italic runs inside it. Readability's check counts <p>,
 * <pre> and <div>s of <br>s only, so it finds no article on such a page. This finds the
 * block holding the most running text in its own text nodes (inline runs folded into it,
 * links, scripts and controls left out); a menu or a teaser list is all links and short
 * lines, and holds none.
 */

/** Elements inside a line of text: their words belong to the block around them. */
const INLINE = new Set(['B', 'I', 'EM', 'STRONG', 'FONT', 'SPAN', 'U', 'SMALL', 'BIG', 'Q', 'CITE', 'ABBR', 'SUB', 'SUP', 'TT']);
/** Text that is no running text: links, code, controls. */
const NOT_PROSE = new Set(['A', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'LABEL', 'TITLE']);
/** A text node shorter than this is a label, a date or a separator, not a run of prose. */
const MIN_RUN_CHARS = 40;
/** As much running text as Readability's own check asks of paragraphs (a score of 20 is about 1,000–1,500 characters). */
const MIN_BLOCK_CHARS = 1200;
/** Text nodes read at most: a huge page's story starts well before this. */
const MAX_TEXT_NODES = 4000;
const SHOW_TEXT = 4;

/** The block of running text, or null when the page holds none. */
export function runningTextBlock(doc: Document): Element | null {
  if (!doc.body) return null;
  const chars = new Map<Element, number>();
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let read = 0; read < MAX_TEXT_NODES; read++) {
    const node = walker.nextNode();
    if (!node) break;
    const value = node.nodeValue ?? '';
    // Most text nodes are short: their raw length rules them out before a trimmed copy is made.
    if (value.length < MIN_RUN_CHARS) continue;
    const length = value.trim().length;
    if (length < MIN_RUN_CHARS) continue;
    const block = blockOf(node.parentElement);
    if (!block) continue;
    const sum = (chars.get(block) ?? 0) + length;
    if (sum >= MIN_BLOCK_CHARS) return block;
    chars.set(block, sum);
  }
  return null;
}

/** The element a run of text belongs to, past inline wrappers; null inside a link or a script. */
function blockOf(parent: Element | null): Element | null {
  let el = parent;
  for (let depth = 0; el && depth < 4; depth++) {
    if (NOT_PROSE.has(el.tagName)) return null;
    if (!INLINE.has(el.tagName)) return el;
    el = el.parentElement;
  }
  return el;
}
