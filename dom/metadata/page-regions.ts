/**
 * Where on a page a piece of visible metadata sits. Dates and bylines are believed near
 * the headline; the same markup in a sidebar, a teaser list, the comments or the footer
 * belongs to other articles (a related story's author, today's date in the masthead).
 */

const ELSEWHERE_TAG = /^(NAV|FOOTER|ASIDE)$/;
/** A class or id word of a region that is not the article: "related-posts", "l-sidebar", "comment_list". */
const ELSEWHERE_WORD = /(?:^|[\s_-])(related\w*|comment(?:s|list|area|box|form|thread)?|sidebar\w*|recommend\w*|promo\w*|teasers?|popular|most-read|mostread|trending|footer\w*|widget\w*)(?=$|[\s_-])/;
const MAX_DEPTH = 25;

/**
 * Inside a sidebar, teaser list, comments, navigation or footer. Ancestors are read up to
 * the <body> but not including it: WordPress puts "sidebar-primary" on every page's body.
 * Nor past <main>, or an ancestor that also holds `headline`: a layout wrapper named
 * "sticky-sidebar" around the whole story is no sidebar of it.
 */
export function isElsewhere(el: Element, headline: Element | null = null): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'HTML') return false;
    if (headline && node !== el && node.contains(headline)) return false;
    // Wrappers around the page's <main> ("row#sticky-sidebar") lay out the page; they are not a sidebar.
    if (headline && (node.tagName === 'MAIN' || node.getAttribute('role') === 'main')) return false;
    const word = ELSEWHERE_WORD.exec(`${node.getAttribute('class') ?? ''} ${node.id}`.toLowerCase())?.[1];
    if (!ELSEWHERE_TAG.test(node.tagName) && !word) continue;
    // An article's own footer ("entry-footer": "Posted on … by …") is the article's.
    if ((node.tagName === 'FOOTER' || word?.startsWith('footer')) && node.parentElement?.closest('article')) continue;
    return true;
  }
  return false;
}

/**
 * `el` comes after `anchor` in document order (or there is no anchor). Worked out from the
 * two ancestor chains rather than `compareDocumentPosition`, which linkedom (the CLI's DOM)
 * gets wrong for a node inside an earlier sibling's subtree.
 */
export function isAfter(anchor: Element | null, el: Element): boolean {
  if (anchor === null) return true;
  if (anchor === el) return false;
  const a = chain(anchor);
  const b = chain(el);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length) return true; // el lies inside the anchor
  if (i === b.length) return false; // el contains the anchor
  for (let node = a[i]!.nextElementSibling; node; node = node.nextElementSibling) if (node === b[i]) return true;
  return false;
}

/** The element's ancestors from the root down to it. */
function chain(el: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) out.push(node);
  return out.reverse();
}

/** Whitespace-collapsed text, or null when empty or longer than `max` (a container, not a field). */
export function shortText(el: Element, max: number): string | null {
  const raw = el.textContent ?? '';
  if (raw.length > max * 4) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text && text.length <= max ? text : null;
}
