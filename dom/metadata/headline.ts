import { articleText } from '../extraction/article-text';
import { isElsewhere } from './page-regions';
import { plainField } from './plain-field';
import { stripSiteTail } from './site-name';

/**
 * The headline readers see. Social titles (og:title) are often rewritten for sharing, a
 * <title> may carry a syndication credit ("…（CNET Japan）"), and the first <h1> is often
 * a logo or a slideshow caption. A visible <h1> is taken when the page confirms it: it is
 * marked up as the headline, or one of the page's title fields says the same.
 */

const MAX_H1 = 4;
/** Characters of an <h1> read: a field holds 1,000, and an unclosed <h1> holds the rest of the page. */
const HEADLINE_SCAN = 4_000;
const SEPARATOR = /\s+[|–—•·»-]\s+/;
/** "Headline（CNET Japan）", "Headline (Reuters)": a title that adds a short bracketed credit. */
const CREDIT = /^\s*[（(［[【].{1,30}[)）\]］】]\s*$/u;

/** A class that names the story's headline ("content-header__hed", "c-article-header__title"), not the site's. */
const HEADLINE_CLASS = /(?:^|[\s_-])(?:hed|headline|title)(?=$|\s)/i;
const SITE_CLASS = /site|logo|brand|masthead|blog-title|page-title/i;

function classes(h1: Element): string {
  const names = h1.getAttribute('class') ?? '';
  return SITE_CLASS.test(names) ? '' : names;
}

export interface Headline {
  text: string;
  element: Element;
}

/** `titles`: JSON-LD headline, microdata headline, og:title, twitter:title, <title> (any may be null). */
export function visibleHeadline(doc: Document, titles: Array<string | null>, siteName: string | null): Headline | null {
  // Each title as a whole without its site tail, and its first part ("New Zealand - Wikipedia").
  // Every part too: "Politics | Floods cut off villages | Valley Post" puts a section first.
  const given = titles.filter((t): t is string => !!t);
  const known = given.flatMap((t) => [squash(stripSiteTail(t, siteName)), ...t.split(SEPARATOR).map(squash)]).filter((t) => t.length > 0);
  // A part of one or two words ("Take Two | Headline | Station") may be a section or a programme: an <h1>
  // it alone confirms, or one only classed as a headline, is taken when no other is confirmed.
  const strong = given.flatMap((t) => [squash(stripSiteTail(t, siteName)), ...t.split(SEPARATOR).map(squash).filter((p) => p.split(' ').length >= 3)]);
  let fallback: Headline | null = null;
  const site = siteName ? squash(siteName) : null;
  const seen = new Set<Element>();
  const h1s = [...Array.from(doc.querySelectorAll('article h1')).slice(0, 2), ...Array.from(doc.getElementsByTagName('h1')).slice(0, MAX_H1)];
  for (const h1 of h1s) {
    if (seen.has(h1)) continue;
    seen.add(h1);
    // What a reader sees of it: an inline <script> or <style> is no part of a headline (tests/fuzz).
    const text = clip(articleText(h1, { maxChars: HEADLINE_SCAN }).text);
    const own = text ? squash(text) : '';
    // A logo in an <h1> ("Ledger" above "Ledger - Floods cut off villages") is no headline.
    if (!text || text.length < 6 || own === site || own.replace(/^the /, '') === site?.replace(/^the /, '')) continue;
    const marked = /\bheadline\b/i.test(h1.getAttribute('itemprop') ?? '') && text.length >= 10;
    const matches = (t: string) => t === own || (t.startsWith(own) && own.length >= 10 && CREDIT.test(t.slice(own.length))) || sharesMostWords(own, t);
    if (marked || strong.some(matches)) return { text, element: h1 };
    // A class is weaker than microdata: a slideshow caption may carry "title" too, and a caption's length is no headline's.
    const classed = HEADLINE_CLASS.test(classes(h1)) && text.length >= 10 && text.length <= 200 && own.includes(' ');
    if (!fallback && (classed || known.some(matches))) fallback = { text, element: h1 };
  }
  return fallback;
}

/** Nodes walked looking for the title's text: a big page has tens of thousands. */
const MAX_TITLE_WALK = 20_000;

/**
 * Where the headline stands on a page that marks it with no <h1> the titles confirm (a
 * table cell, a <b>, a "title" <div> of a 2008 page): the first text that is the title
 * whole, outside links (teasers of the same story), sidebars and menus. It anchors the
 * byline and date a reader sees beside the headline; a masthead's "today" comes earlier.
 */
export function titledElement(doc: Document, title: string | null): Element | null {
  const want = title ? squash(title) : '';
  if (want.length < 10 || !doc.body) return null;
  let walked = 0;
  for (let node: Node | null = doc.body.firstChild; node && walked < MAX_TITLE_WALK; walked++) {
    if (node.nodeType === 3 && squash(node.nodeValue ?? '') === want) {
      // A link is a teaser of the story, unless a heading holds it (a blog's title linked to its own page).
      const el = node.parentElement?.closest('a') ? (node.parentElement.closest('h1, h2, h3, h4') ?? null) : node.parentElement;
      if (el && !el.closest('title, option') && !isElsewhere(el)) return el;
    }
    node = next(node, node.nodeType === 1 && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SELECT)$/.test((node as Element).tagName));
  }
  return null;
}

function next(node: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * A headline the page's titles put in other words ("Floods cut off 12 villages" beside
 * the <title>'s "Floods cut off villages in the valley"): the visible one is what readers
 * see. Four words or more, most of them in the title, and not a much shorter fragment.
 */
function sharesMostWords(own: string, title: string): boolean {
  const words = own.split(/[\s\p{P}]+/u).filter(Boolean);
  if (words.length < 4) return false;
  const inTitle = new Set(title.split(/[\s\p{P}]+/u).filter(Boolean));
  return words.filter((w) => inTitle.has(w)).length >= 0.7 * words.length && words.length >= 0.6 * inTitle.size;
}

function squash(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’'“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(value: string | null | undefined): string | null {
  return plainField(value, 1000);
}
