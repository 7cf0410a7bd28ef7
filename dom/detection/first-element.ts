/**
 * Elements the detector looks up on every page, found by tag rather than by a selector:
 * a selector is matched against every element of the page (linkedom, the CLI's DOM, does
 * so in script), a tag list is not. Each gives what the selector in its comment gives.
 */

/**
 * `querySelector('article <tag>') ?? querySelector('<tag>')`: the first one inside an <article>, else the first.
 * `articles` is the page's <article> list when the caller has it already: linkedom builds a
 * tag list afresh on every call, walking the whole page.
 */
export function firstInArticle(doc: Document, tag: string, articles: ArrayLike<Element> = doc.getElementsByTagName('article')): Element | null {
  // The first <article> holding one holds the first in document order: a later <article> is
  // either inside it (and its elements are its too) or wholly after it.
  for (let i = 0; i < articles.length; i++) {
    const found = articles[i]!.getElementsByTagName(tag)[0];
    if (found) return found;
  }
  return doc.getElementsByTagName(tag)[0] ?? null;
}

/** <meta> elements read at most: a page's head has a few dozen, and thousands are no head's. */
const MAX_META = 1000;

/**
 * The first <meta> of each lower-case name, of the first MAX_META: one pass over the page's
 * <meta>s for every signal that looks one up. `metas.get(name)` is `firstMetaNamed(doc, {name})`.
 */
export function metasByName(doc: Document): ReadonlyMap<string, Element> {
  const byName = new Map<string, Element>();
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, MAX_META);
  for (let i = 0; i < count; i++) {
    const name = metas[i]!.getAttribute('name')?.toLowerCase();
    if (name && !byName.has(name)) byName.set(name, metas[i]!);
  }
  return byName;
}

/** `querySelector('meta[name="<name>" i]')` for the first of several names, lower-case, in one pass over the page's <meta>s. */
export function firstMetaNamed(doc: Document, names: ReadonlySet<string>): Element | null {
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, MAX_META);
  for (let i = 0; i < count; i++) {
    const name = metas[i]!.getAttribute('name');
    if (name && names.has(name.toLowerCase())) return metas[i]!;
  }
  return null;
}
