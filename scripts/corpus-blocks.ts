import { parseDocument } from '../cli/parse-document';

/**
 * A deterministic segmentation of a page into text blocks, so that extraction ground truth
 * for third-party pages can be stored as *pointers* (block ids) instead of copied text.
 *
 * Walk: every block-level element starts a new block; the text of a block is the text of
 * its descendants that are not inside a nested block, so `<div>intro<p>para</p>tail</div>`
 * gives three blocks, "intro", "para" and "tail", in document order. Two or more `<br>`s in
 * a row also end a block (pages that write paragraphs as `text<br><br>text`); a single
 * `<br>` is a space. Text is whitespace-collapsed; empty blocks are dropped.
 *
 * A block's id is the FNV-1a (32-bit, over UTF-8) of its text lowercased and collapsed, so
 * an id survives re-parsing and stays the same wherever the block moves on the page. Two
 * blocks with the same text share an id, which is harmless: they also share the text.
 */

export interface PageBlock {
  id: string;
  text: string;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

// Never visible prose: code, styles, embedded documents and form controls' option lists.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'SELECT', 'TEXTAREA', 'VIDEO', 'AUDIO',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
/** Stands for a `<br>` inside the collected text until the block is closed (never in page text after parsing). */
const BR = '\u0000';
const BR_RUN = new RegExp(`${BR}(?:\\s*${BR})+`);
const encoder = new TextEncoder();

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** FNV-1a, 32-bit, over the UTF-8 bytes of the lowercased, collapsed text; 8 hex digits. */
export function blockId(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(collapseWhitespace(text).toLowerCase())) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function pageBlocks(html: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  let pending: string[] = [];

  const close = () => {
    const raw = pending.join('');
    pending = [];
    for (const piece of raw.split(BR_RUN)) {
      const text = collapseWhitespace(piece.replaceAll(BR, ' '));
      if (text) blocks.push({ id: blockId(text), text });
    }
  };

  // Explicit stack rather than recursion: some real pages nest hundreds of divs deep.
  // An entry is a node to visit, or a marker that closes the block its element opened.
  // The whole document, head skipped, not just <body>: linkedom does not build a body
  // around markup that lacks <html>, and text after </body> is still shown by browsers.
  const stack: Array<Node | 'close'> = [parseDocument(html)];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'close') {
      close();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      pending.push((item as Text).data.replaceAll(BR, ''));
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item.nodeType !== DOCUMENT_NODE) continue;
    const tag = item.nodeType === ELEMENT_NODE ? (item as Element).tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      pending.push(BR);
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      close();
      stack.push('close');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  close();
  return blocks;
}

/**
 * The ground-truth body: the texts of the listed blocks, in the listed order, separated by
 * one blank line. Throws when an id is not on the page (the truth no longer fits the page).
 */
export function truthBody(html: string, ids: readonly string[]): string {
  const byId = new Map<string, string>();
  for (const block of pageBlocks(html)) if (!byId.has(block.id)) byId.set(block.id, block.text);
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`block id(s) not on the page: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  return ids.map((id) => byId.get(id)!).join('\n\n');
}
