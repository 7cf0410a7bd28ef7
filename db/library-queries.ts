import { outletIdentity, outletKey } from '../core/identity/outlet-name';
import type { LibraryItem, LibrarySearch } from '../core/protocol/library-messages';
import type { CorpusStats } from '../core/matching/score';
import { watched,} from './in-transaction';
import { LIBRARY_STORES, type LibraryDb, type StoredArticle } from './library-schema';
import { libraryStats } from './library-stats';

/**
 * Every read of the library: an article, the count and the document frequencies (for
 * the background), and the options page's search and outlets. There is no
 * full-text index (the inverted index holds event features, not words), so a search is
 * a cursor walk over `by-last-seen`, newest first, with bounded work: it stops once the
 * page after the requested one is known to exist, and never reads more than the newest
 * `SCAN_LIMIT` articles.
 */

/** Articles a search or the outlet count reads at most. */
export const SCAN_LIMIT = 20_000;
/** Outlet names returned at most. */
export const OUTLET_LIMIT = 500;
const MAX_TERMS = 12;

export interface SearchResult {
  items: LibraryItem[];
  hasMore: boolean;
  /** Stopped at `scanLimit` articles before the end of the library. */
  scanLimited: boolean;
}

export interface ScanOptions {
  /** @default SCAN_LIMIT */
  scanLimit?: number;
}

/** The day a date filter compares: the published day as the outlet wrote it, else the day last opened (UTC). */
export function articleDay(article: Pick<StoredArticle, 'publishedTime' | 'lastSeen'>): string {
  const published = /^\d{4}-\d{2}-\d{2}/.exec(article.publishedTime ?? '')?.[0];
  return published ?? new Date(article.lastSeen).toISOString().slice(0, 10);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A test for one article, built once per search: every word in title, outlet or text, and the filters. */
export function searchFilter(search: Omit<LibrarySearch, 'offset' | 'limit'>): (article: StoredArticle) => boolean {
  const terms = search.query.split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
  // Case-insensitive regexes rather than lower-casing: texts are long and most are read once.
  const patterns = terms.map((term) => new RegExp(escapeRegExp(term), 'iu'));
  const { from, to } = search;
  // The outlet is asked for by any spelling of its name: the popup's groups are by key too.
  const outletKeyWanted = search.outlet === null ? null : outletKey(search.outlet);
  return (article) => {
    const { key, name: outletName } = outletIdentity(article.siteName, article.url);
    if (outletKeyWanted !== null && key !== outletKeyWanted) return false;
    if (from !== null || to !== null) {
      const day = articleDay(article);
      if ((from !== null && day < from) || (to !== null && day > to)) return false;
    }
    return patterns.every((p) => p.test(article.title ?? '') || p.test(outletName) || p.test(article.text));
  };
}

function toItem(article: StoredArticle): LibraryItem {
  return {
    url: article.url,
    title: article.title,
    outlet: outletIdentity(article.siteName, article.url).name,
    publishedTime: article.publishedTime,
    lastSeen: article.lastSeen,
    savedByHand: article.savedByHand,
  };
}

/** One page of the articles that pass `search`, newest opened first. */
export async function searchLibrary(db: LibraryDb, search: LibrarySearch, options: ScanOptions = {}): Promise<SearchResult> {
  const scanLimit = options.scanLimit ?? SCAN_LIMIT;
  const filtered = search.query !== '' || search.outlet !== null || search.from !== null || search.to !== null;
  const accepts = searchFilter(search);
  const tx = watched(db.transaction('articles', 'readonly'));
  let cursor = await tx.store.index('by-last-seen').openCursor(null, 'prev');
  let scanned = 0;
  // Unfiltered, a page is a window of the index: jump to it without reading the articles before.
  const start = filtered ? search.offset : 0;
  if (!filtered && cursor && search.offset > 0) {
    scanned = search.offset;
    cursor = await cursor.advance(search.offset);
  }
  // One more than the page asks for says whether there is a next page.
  const wanted = start + search.limit + 1;
  const matches: StoredArticle[] = [];
  while (cursor && scanned < scanLimit && matches.length < wanted) {
    if (accepts(cursor.value)) matches.push(cursor.value);
    scanned++;
    cursor = await cursor.continue();
  }
  const scanLimited = cursor !== null && scanned >= scanLimit;
  await tx.done;
  return {
    items: matches.slice(start, start + search.limit).map(toItem),
    hasMore: matches.length > start + search.limit,
    scanLimited,
  };
}

/**
 * Outlets with their article counts among the newest `scanLimit` articles, most first, then
 * by name. One entry per outlet however its pages spell it, named as its newest article does.
 */
export async function libraryOutlets(
  db: LibraryDb,
  options: ScanOptions = {},
): Promise<{ outlets: Array<{ name: string; count: number }>; scanLimited: boolean }> {
  const scanLimit = options.scanLimit ?? SCAN_LIMIT;
  const counts = new Map<string, { name: string; count: number }>();
  const tx = watched(db.transaction('articles', 'readonly'));
  let cursor = await tx.store.index('by-last-seen').openCursor(null, 'prev');
  let scanned = 0;
  while (cursor && scanned < scanLimit) {
    const { key, name } = outletIdentity(cursor.value.siteName, cursor.value.url);
    const outlet = counts.get(key);
    if (outlet) outlet.count++;
    else counts.set(key, { name, count: 1 });
    scanned++;
    cursor = await cursor.continue();
  }
  const scanLimited = cursor !== null;
  await tx.done;
  const outlets = [...counts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, OUTLET_LIMIT);
  return { outlets, scanLimited };
}

export async function getArticle(db: LibraryDb, url: string): Promise<StoredArticle | undefined> {
  // Not db.get: its transaction's end would go unheard when the read fails.
  const tx = watched(db.transaction('articles', 'readonly'));
  const article = await tx.store.get(url);
  await tx.done;
  return article;
}

/** Articles in the library, from the counts (IndexedDB's own count reads the whole store). */
export async function countArticles(db: LibraryDb): Promise<number> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readonly'));
  const { docCount } = await libraryStats(tx);
  await tx.done;
  return docCount;
}

/** The library's document frequencies as of now. */
export async function corpusStats(db: LibraryDb): Promise<CorpusStats> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readonly'));
  const stats = await libraryStats(tx);
  await tx.done;
  return stats;
}
