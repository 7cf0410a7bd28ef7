import { bylineNames } from './byline';
import { isAfter, isElsewhere, shortText } from './page-regions';

/**
 * The byline a reader sees under the headline, read from the markup that marks it
 * (microdata `itemprop=author`, `rel=author` links, elements classed "byline" or
 * "author"), strongest first. Only the first block after the headline counts: the same
 * markup in sidebars and teaser lists credits other articles.
 */

const KINDS = ['[itemprop~="author" i]', 'a[rel~="author" i]', '[class*="byline" i], [id*="byline" i], [class*="author" i]'];
/** Author boxes, avatars and comment authors carry the class too and are no byline. */
const NOT_A_BYLINE = /avatar|bio|image|photo|img|pic|comment|follow|social|more-by|other|about|views|count|stats/i;
const MAX_CANDIDATES = 30;

export interface VisibleByline {
  names: string[];
  /** A byline was shown (its names may all have been desks or agencies). */
  found: boolean;
}

export function visibleByline(doc: Document, headline: Element | null, siteName: string | null): VisibleByline {
  for (const selector of KINDS) {
    const first = firstAfter(doc, selector, headline);
    if (!first) continue;
    // Co-authors are marked up side by side: every match in the first one's byline block.
    const block = first.parentElement?.parentElement ?? first;
    const names: string[] = [];
    for (const el of [first, ...Array.from(block.querySelectorAll(selector))]) {
      if (el !== first && (!isAfter(first, el) || skip(el) || el.querySelector(selector))) continue;
      for (const name of bylineNames(nameOf(el) ?? '', siteName)) if (!names.includes(name)) names.push(name);
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

function firstAfter(doc: Document, selector: string, headline: Element | null): Element | null {
  let seen = 0;
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (!isAfter(headline, el) || skip(el)) continue;
    if (++seen > MAX_CANDIDATES) return null;
    // A container of bylines ("author" around "byline" and "provider") gives way to the byline inside.
    if (nameOf(el) && !el.querySelector(selector)) return el;
  }
  return null;
}

function skip(el: Element): boolean {
  return NOT_A_BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || isElsewhere(el);
}

/** A microdata author's `name`, a meta's `content`, or the element's own short text. */
function nameOf(el: Element): string | null {
  const named = el.getAttribute('itemprop') ? el.querySelector('[itemprop~="name" i]') : null;
  const value = named ? (named.getAttribute('content') ?? shortText(named, 120)) : (el.getAttribute('content') ?? shortText(el, 160));
  return value?.trim() || null;
}
