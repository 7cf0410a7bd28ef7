import type { PieceSignals } from '../../core/piece-type';
import { isArticleNode, jsonLdNodes, textOf, typesOf, type JsonObject } from './json-ld';
import { metaTags } from './read-metadata';
import { plainField } from './plain-field';
import { shortText } from './short-text';

/**
 * Reads what a page says about the kind of piece it is, for core/piece-type: the
 * article's schema.org types, genre and section, section meta tags, breadcrumbs, and the
 * short labels and byline lines around the headline. Everything is bounded (a few
 * dozen elements, 200 characters each) and read as text: the page is hostile input.
 */

const MAX_ITEMS = 12;
const MAX_LABEL = 80;
const MAX_LINE = 200;
const SECTION_META = ['article:section', 'parsely-section', 'section', 'article.section', 'sailthru.section'];
const KICKER_CLASS = /kicker|eyebrow|overline|rubric|flag|label|section|category|tag-?line|dachzeile|surtitre|antetitulo|occhiello|genre|content-type/i;
/** Containers whose words are the page's chrome or its advertising, not the article's label. */
// Ad classes by whole word or prefix: a substring "ad-" would also catch "head-" and "thread-".
const NOT_LABEL_SCOPE = [
  'nav', 'menu', 'footer', 'aside', '[role="navigation"]', '[role="menu"]', '[class~="ad" i]', '[class^="ad-" i]', '[class*=" ad-" i]',
  '[id^="ad-" i]', '[class*="advert" i]', '[id*="advert" i]', '[class*="werbung" i]', '[class*="taboola" i]', '[class*="outbrain" i]', '[class*="promo" i]',
].join(', ');

export function readPieceSignals(doc: Document, pageUrl: string | null, title: string | null): PieceSignals {
  const ld = jsonLdNodes(doc);
  const articles = ld.filter(isArticleNode).slice(0, 3);
  const meta = metaTags(doc);
  const headline = doc.querySelector('article h1') ?? doc.querySelector('h1');
  return {
    schemaTypes: unique([...articles.flatMap(typesOf), ...microdataTypes(doc)]),
    schemaGenres: unique(articles.flatMap((a) => [...strings(a['genre']), ...strings(a['articleSection'])])),
    metaSections: unique(SECTION_META.map((key) => meta.get(key)).filter((v): v is string => !!v)),
    opinionFlag: /^(true|yes|1)$/i.test(meta.get('article:opinion') ?? ''),
    labels: headline ? unique(labelsNear(headline)) : [],
    breadcrumbs: unique([...ld.flatMap(breadcrumbNames), ...domBreadcrumbs(doc)]),
    bylines: headline ? unique(bylinesNear(doc, headline)) : unique(bylineElements(doc)),
    title,
    url: pageUrl,
  };
}

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value.slice(0, MAX_ITEMS) : [value];
  return list.map((v) => (typeof v === 'string' ? plainField(v, MAX_LABEL) : null)).filter((v): v is string => !!v);
}

function microdataTypes(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[itemscope][itemtype]'))
    .slice(0, 30)
    .flatMap((el) => (el.getAttribute('itemtype') ?? '').split(/\s+/))
    .map((t) => /schema\.org\/(\w+Article|LiveBlogPosting)$/i.exec(t)?.[1]?.toLowerCase())
    .filter((t): t is string => !!t);
}

function breadcrumbNames(node: JsonObject): string[] {
  if (!typesOf(node).includes('breadcrumblist') || !Array.isArray(node['itemListElement'])) return [];
  return node['itemListElement']
    .slice(0, MAX_ITEMS)
    .map((item) => (item && typeof item === 'object' ? (textOf((item as JsonObject)['name']) ?? textOf((item as JsonObject)['item'])) : null))
    .map((name) => plainField(name, MAX_LABEL))
    .filter((name): name is string => !!name);
}

function domBreadcrumbs(doc: Document): string[] {
  const trail = doc.querySelector('[aria-label*="breadcrumb" i], [class*="breadcrumb" i], [itemtype$="BreadcrumbList"]');
  if (!trail) return [];
  return Array.from(trail.querySelectorAll('a, li, [itemprop="name"]'))
    .slice(0, MAX_ITEMS * 2)
    .map((el) => shortText(el, MAX_LABEL))
    .filter((t): t is string => !!t);
}

/**
 * Labels above or inside the headline: the elements just before the headline and before
 * its two nearest containers, and kicker-like elements in the same header.
 */
function labelsNear(headline: Element): string[] {
  const found: string[] = [];
  const take = (el: Element | null) => {
    if (!el || el.closest(NOT_LABEL_SCOPE) || isCommentsLink(el)) return;
    const text = shortText(el, MAX_LABEL);
    if (text) found.push(text);
  };
  for (const child of Array.from(headline.children).slice(0, 3)) if (KICKER_CLASS.test(child.className?.toString() ?? '')) take(child);
  let node: Element | null = headline;
  for (let level = 0; level < 3 && node; level++, node = wrapperOf(node)) {
    let sibling = node.previousElementSibling;
    for (let i = 0; i < 3 && sibling; i++, sibling = sibling.previousElementSibling) {
      take(sibling);
      // A wrapper of a label and a date: its first short children.
      for (const child of Array.from(sibling.children).slice(0, 3)) take(child);
    }
  }
  const header = headline.closest('header, article, [class*="header" i]');
  if (header) for (const el of Array.from(header.querySelectorAll('[class]')).slice(0, 60)) if (KICKER_CLASS.test(el.className.toString())) take(el);
  return found.slice(0, MAX_ITEMS * 2);
}

/**
 * The headline's wrapper, to look beside it too; null past the article itself: what sits
 * beside an <article> or <main> is the page's sidebar, not the article's label or byline.
 */
function wrapperOf(node: Element): Element | null {
  const parent = node.parentElement;
  if (!parent || /^(article|main|body|html)$/i.test(parent.tagName) || parent.getAttribute('role') === 'main') return null;
  return parent;
}

/** "Comments (12)" beside a headline is a link to the comments, not a "Comment" label. */
function isCommentsLink(el: Element): boolean {
  const link = el.closest('a') ?? el.querySelector('a');
  return !!link && /comment|disqus|respond/i.test(link.getAttribute('href') ?? '');
}

function bylinesNear(doc: Document, headline: Element): string[] {
  const found: string[] = [];
  let node: Element | null = headline;
  for (let level = 0; level < 2 && node; level++, node = wrapperOf(node)) {
    let sibling = node.nextElementSibling;
    for (let i = 0; i < 4 && sibling; i++, sibling = sibling.nextElementSibling) {
      if (sibling.closest(NOT_LABEL_SCOPE)) continue;
      const text = shortText(sibling, MAX_LINE);
      if (text) found.push(text);
    }
  }
  return [...found, ...bylineElements(doc)].slice(0, MAX_ITEMS * 2);
}

function bylineElements(doc: Document): string[] {
  // Not "sponsor" boxes anywhere on the page: old pages list the sponsors of their widgets
  // ("Sponsored by <bank>") in sidebars. A sponsorship line counts only by the headline.
  return Array.from(doc.querySelectorAll('[class*="byline" i], [rel="author"], [itemprop="author"]'))
    .slice(0, MAX_ITEMS)
    .filter((el) => !el.closest(NOT_LABEL_SCOPE))
    .map((el) => shortText(el, MAX_LINE))
    .filter((t): t is string => !!t);
}

function unique(values: string[]): string[] {
  return [...new Set(values)].slice(0, MAX_ITEMS * 2);
}
