import { parseDateText } from './date-text';
import { isElsewhere } from './page-regions';
import { shortText } from './short-text';

/**
 * The headline that stands just above the story, for pages whose titles confirm no
 * <h1>: an old page's `<td class="title">`, a `<span class="article_headline">`, an <h2>
 * under a section's <h1>, while the <title> holds the site's tagline ("Qatar's top-selling
 * English daily"), another story, or nothing. The extracted body says where the story
 * starts; the text nodes before it are read backwards, a short way, and the most
 * headline-like line among them is taken: an <h1> before an <h2> before a headline class
 * before a lower heading or a bold line, the nearest of equals (a standfirst sits nearer
 * the body than the headline, and is marked less).
 */

/** Text nodes walked looking for the body's first paragraph on the page. */
const MAX_FIND_WALK = 20_000;
/** How far above the body the headline may stand: a byline, a date, share buttons, a photo's caption. */
const MAX_NODES_BACK = 40;
const MAX_CHARS_BACK = 2_000;
const MIN_PARAGRAPH = 100;
const HEADLINE_CLASS = /(?:^|[\s_-])(?:article_?|story_?|news_?|artical_?|post_?|entry_?|page_?)?(?:headline|title|hed)(?=$|[\s_-]|\d)/i;
const NOT_HEADLINE_CLASS = /sub-?title|subhead|dek|standfirst|caption|summary|teaser|site-?title|logo|brand|section|nav|menu|related/i;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const LINE_BREAK = /^(BR|HR|P|DIV|TABLE|UL|OL|H[1-6])$/;
const BLOCKS = 'table, div, p, ul, ol, br, hr';
const BOLD_RANK = 0;
const SKIPPED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SELECT)$/;
const BYLINE = /^\s*(?:by|posted by|written by|von|par|por|di|av|door|от)\s/i;

interface Candidate {
  text: string;
  element: Element;
  rank: number;
}

/** `content` is the extracted body (a clone's element): its first paragraph is found on the page by its text. */
export function headlineAboveBody(doc: Document, content: Element | null, title: string | null): { text: string; element: Element } | null {
  const start = bodyStart(doc, content);
  if (!start) return null;
  const seen = new Set<Element>();
  let best: Candidate | null = null;
  let chars = 0;
  for (let n = 0, node = previousText(start); node && n < MAX_NODES_BACK && chars < MAX_CHARS_BACK; n++, node = previousText(node)) {
    const value = node.nodeValue ?? '';
    if (!value.trim()) {
      n--;
      continue;
    }
    chars += value.length;
    const candidate = candidateOf(node);
    if (!candidate || seen.has(candidate.element)) continue;
    seen.add(candidate.element);
    if (!best || candidate.rank > best.rank) best = candidate;
  }
  if (!best) return null;
  // A bold line is the weakest mark: taken over a <title> of some length only when that title holds it.
  if (best.rank === BOLD_RANK && title && title.length >= 20 && !squash(title).includes(squash(best.text))) return null;
  return { text: best.text, element: best.element };
}

/**
 * The text node before `node` in document order. By hand: linkedom's TreeWalker (the CLI's
 * DOM) has no previousNode. Scripts and styles are stepped over whole.
 */
function previousText(node: Node): Node | null {
  let at: Node | null = node;
  while (at) {
    if (at.previousSibling) {
      at = at.previousSibling;
      while (at.lastChild && !SKIPPED.test(at.nodeName)) at = at.lastChild;
    } else {
      at = at.parentNode;
      if (!at || at.nodeName === 'BODY') return null;
      continue;
    }
    if (at.nodeType === 3) return at;
  }
  return null;
}

/** The page's text node that opens the body's first real paragraph. */
function bodyStart(doc: Document, content: Element | null): Node | null {
  if (!content || !doc.body) return null;
  const inBody = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  let first: string | null = null;
  for (let node = inBody.nextNode(), n = 0; node && n < 200; node = inBody.nextNode(), n++) {
    const text = collapse(node.nodeValue ?? '');
    // The first sentence of running text: not a headline or subheading the body kept.
    if (text.length >= MIN_PARAGRAPH && !node.parentElement?.closest('h1, h2, h3, h4, h5, h6, b, strong')) {
      first = text.slice(0, 60);
      break;
    }
  }
  if (!first) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), n = 0; node && n < MAX_FIND_WALK; node = walker.nextNode(), n++) {
    if (collapse(node.nodeValue ?? '').startsWith(first)) return node;
  }
  return null;
}

function candidateOf(node: Node): Candidate | null {
  const parent = node.parentElement;
  if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|OPTION|TITLE|A)$/.test(parent.tagName) && !parent.closest('h1, h2, h3, h4')) return null;
  const heading = parent.closest('h1, h2, h3, h4, h5, h6');
  const classed = classedAncestor(parent);
  const element = heading ?? classed ?? boldLine(parent);
  if (!element) return null;
  // A headline cell that also holds the date's table: the headline is its own run of text.
  const text = element.querySelector(BLOCKS) ? collapse(node.nodeValue ?? '') : shortText(element, 200);
  if (!text || !looksLikeHeadline(text) || isElsewhere(element)) return null;
  // A linked heading is a teaser of another story, unless it links the page to itself.
  if (element.querySelector('a[href]') && collapse(element.querySelector('a[href]')!.textContent ?? '') === text && !heading) return null;
  const rank = heading ? 10 - Number(heading.tagName[1]) * 2 + (heading.tagName === 'H1' ? 4 : 0) : classed ? 3 : BOLD_RANK;
  return { text, element, rank };
}

/** A <b> or <strong> that ends a line of its own: a break, a rule or a block after it (a print link may come before). */
function boldLine(el: Element): Element | null {
  let bold = el.closest('b, strong');
  // "<font><b>Headline</b></font><br>": the line is the bold's wrapper.
  while (bold?.parentElement && /^(FONT|SPAN)$/.test(bold.parentElement.tagName) && bold.parentElement.childNodes.length === 1) bold = bold.parentElement;
  if (!bold) return null;
  return endsLine(bold.nextSibling) ? bold : null;
}

function endsLine(from: Node | null): boolean {
  let node = from;
  while (node && node.nodeType === 3 && !(node.nodeValue ?? '').trim()) node = node.nextSibling;
  return !node || (node.nodeType === 1 && LINE_BREAK.test(node.nodeName));
}

/** An element within three levels whose class or id names a headline ("article_headline", "td.title"). */
function classedAncestor(el: Element): Element | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (HEADLINE_CLASS.test(names) && !NOT_HEADLINE_CLASS.test(names)) return node;
  }
  return null;
}

/** Three words or more (eight characters in scripts written without spaces), and no date, byline or label. */
function looksLikeHeadline(text: string): boolean {
  const words = text.split(' ').length;
  if (CJK.test(text) ? text.length < 8 : words < 3 || text.length < 12) return false;
  if (words > 30 || BYLINE.test(text) || /[:：]$/.test(text)) return false;
  const date = parseDateText(text);
  return !date || date.end - date.start < text.length / 2;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
