import { articleText } from '../extraction/article-text';
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

export interface Headline {
  text: string;
  element: Element;
}

/** `titles`: JSON-LD headline, microdata headline, og:title, twitter:title, <title> (any may be null). */
export function visibleHeadline(doc: Document, titles: Array<string | null>, siteName: string | null): Headline | null {
  // Each title as a whole without its site tail, and its first part ("New Zealand - Wikipedia").
  // Every part too: "Politics | Floods cut off villages | Valley Post" puts a section first.
  const known = titles
    .filter((t): t is string => !!t)
    .flatMap((t) => [squash(stripSiteTail(t, siteName)), ...t.split(SEPARATOR).map(squash)])
    .filter((t) => t.length > 0);
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
    if (marked || known.some((t) => t === own || (t.startsWith(own) && own.length >= 10 && CREDIT.test(t.slice(own.length))) || sharesMostWords(own, t))) {
      return { text, element: h1 };
    }
  }
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
