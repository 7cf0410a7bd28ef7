import { bylineNames } from './byline';
import { isAfter, isElsewhere, shortText } from './page-regions';

/**
 * The byline a reader sees under the headline, read from the markup that marks it
 * (microdata `itemprop=author`, `rel=author` links, elements classed "byline" or
 * "author"), strongest first. Only the first block after the headline counts: the same
 * markup in sidebars and teaser lists credits other articles.
 */

/** Fields that hold only the author may hold a one-word name; a class "author" may hold anything. */
const KINDS = [
  { selector: '[itemprop~="author" i]', lone: true },
  { selector: 'a[rel~="author" i]', lone: true },
  { selector: '[class*="byline" i], [id*="byline" i], [class*="author" i]', lone: false },
];
/** Author boxes, avatars and comment authors carry the class too and are no byline. */
const NOT_A_BYLINE = /avatar|bio|image|photo|img|pic|comment|follow|social|more-by|other|about|views|count|stats/i;
/** Nor, read wide, sign-in widgets ("externalAuthorizers") and "reach the author" lines. */
const NOT_A_BYLINE_WIDE = /authoriz|reach|contact/i;
/** Microdata items an article's author may belong to; a ClaimReview's claim has an author too, who did not write the page. */
const ARTICLE_ITEM = /(Article|BlogPosting|Report|WebPage|Review)$/i;
const BLOCK = /^(DIV|P|UL|OL|LI|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|FIGURE|TABLE|H[1-6]|BLOCKQUOTE|FORM)$/;
const MAX_CANDIDATES = 30;

export interface VisibleByline {
  names: string[];
  /** A byline was shown (its names may all have been desks or agencies). */
  found: boolean;
}

export interface VisibleBylineOptions {
  /**
   * Read as the article's metadata does: also above the headline in its header, through
   * wrappers named like sidebars around the story, one-word names in author-only markup,
   * and the text before a hidden author box. The news detector keeps the narrower reading
   * its weights were chosen with.
   * @default false
   */
  wide?: boolean;
}

export function visibleByline(doc: Document, headline: Element | null, siteName: string | null, options: VisibleBylineOptions = {}): VisibleByline {
  const wide = options.wide ?? false;
  const around = wide ? headline : null;
  for (const kind of KINDS) {
    const { selector } = kind;
    const lone = wide && kind.lone;
    const first = firstAfter(doc, selector, headline, around, wide) ?? (wide ? firstAbove(selector, headline) : null);
    if (!first) continue;
    // Co-authors are marked up side by side: every match in the first one's byline block.
    const block = first.parentElement?.parentElement ?? first;
    const names: string[] = [];
    for (const el of [first, ...Array.from(block.querySelectorAll(selector))]) {
      if (el !== first && (!isAfter(first, el) || skip(el, around) || el.querySelector(selector))) continue;
      for (const name of bylineNames(nameOf(el, wide) ?? '', siteName, { lone })) if (!names.includes(name)) names.push(name);
    }
    return { names: names.slice(0, 10), found: true };
  }
  return { names: [], found: false };
}

/**
 * Names that the page itself calls its editors ("责任编辑：崔宁宁", "Edited by …"): a meta
 * author tag holding one of them names the person who uploaded the piece, not its writer.
 */
export function editorNames(doc: Document): string[] {
  const names: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[id*="editor" i], [class*="editor" i]')).slice(0, 10)) {
    const text = shortText(el, 80);
    const m = text && /(?:责任编辑|编辑|編集|edited by|editor|redaktion|rédaction)\s*[:：]?\s*([^\]\s|,;]{2,40})/iu.exec(text);
    if (m) names.push(m[1]!);
  }
  return names;
}

function firstAfter(doc: Document, selector: string, headline: Element | null, around: Element | null, wide: boolean): Element | null {
  let seen = 0;
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (!isAfter(headline, el) || skip(el, around)) continue;
    if (++seen > MAX_CANDIDATES) return null;
    // A container of bylines ("author" around "byline" and "provider") gives way to the byline
    // inside, unless what is inside names nobody (an author box hidden in the byline's element).
    const inner = el.querySelector(selector);
    if (nameOf(el, wide) && (!inner || (wide && !nameOf(inner, wide)))) return el;
  }
  return null;
}

/**
 * A byline printed above the headline, in the story's own header ("Reviews · Parker Hall"
 * over the headline): looked for only in the headline's <header>, else three levels up.
 */
function firstAbove(selector: string, headline: Element | null): Element | null {
  const header = headline?.closest('header') ?? headline?.parentElement?.parentElement?.parentElement;
  if (!headline || !header || header.tagName === 'BODY' || header.tagName === 'HTML') return null;
  return Array.from(header.querySelectorAll(selector)).slice(0, MAX_CANDIDATES).find((el) => !skip(el, headline) && !el.querySelector(selector) && !!nameOf(el, true)) ?? null;
}

/** `around` is the headline when read wide, else null (the detector's narrower reading). */
function skip(el: Element, around: Element | null): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (NOT_A_BYLINE.test(names) || isElsewhere(el, around)) return true;
  if (!around) return false;
  if (NOT_A_BYLINE_WIDE.test(names)) return true;
  const item = el.hasAttribute('itemprop') ? el.parentElement?.closest('[itemscope]') : null;
  const type = item?.getAttribute('itemtype')?.trim();
  return (!!type && !ARTICLE_ITEM.test(type)) || /\bitemReviewed\b/i.test(item?.getAttribute('itemprop') ?? '');
}

/** A microdata author's `name`, a meta's `content`, or the element's own short text. */
function nameOf(el: Element, wide: boolean): string | null {
  const named = el.getAttribute('itemprop') ? el.querySelector('[itemprop~="name" i]') : null;
  const text = shortText(el, 160) ?? (wide ? leadingText(el, 160) : null);
  const value = named ? (named.getAttribute('content') ?? shortText(named, 120)) : (el.getAttribute('content') ?? text);
  return value?.trim() || null;
}

/**
 * "By J Vignesh" followed, in the same element, by a hidden author box: the text before
 * the element's first block child, when the whole is too long to be a byline.
 */
function leadingText(el: Element, max: number): string | null {
  let text = '';
  for (const node of Array.from(el.childNodes).slice(0, 12)) {
    if (node.nodeType === 1 && BLOCK.test((node as Element).tagName)) break;
    if (node.nodeType === 1 && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test((node as Element).tagName)) continue;
    text += ` ${node.nodeType === 1 ? (shortText(node as Element, max) ?? '') : (node.nodeValue ?? '')}`;
    if (text.length > max * 2) return null;
  }
  const line = text.replace(/\s+/g, ' ').trim();
  return line && line.length <= max ? line : null;
}
