import type { LibraryFileArticle } from '../core/library-file/library-file-format';
import { TRANSFER_LIMITS } from '../core/library-file/transfer-request';
import { watched } from './in-transaction';
import type { LibraryDb, StoredArticle } from './library-schema';

/**
 * The library read out for the file, a page at a time, in URL order (the store's key),
 * so each page is one short read-only transaction and the next starts where the last
 * ended: the background never holds the library whole, and an article saved during an
 * export is either in the file once or not at all.
 */

export interface ExportPage {
  articles: LibraryFileArticle[];
  /** The URL to pass as `after` for the next page; null after the last. */
  next: string | null;
}

export interface ExportPageOptions {
  /** @default TRANSFER_LIMITS.pageArticles */
  maxArticles?: number;
  /** @default TRANSFER_LIMITS.pageChars */
  maxChars?: number;
}

export async function exportPage(db: LibraryDb, after: string | null, options: ExportPageOptions = {}): Promise<ExportPage> {
  const maxArticles = options.maxArticles ?? TRANSFER_LIMITS.pageArticles;
  const maxChars = options.maxChars ?? TRANSFER_LIMITS.pageChars;
  const tx = watched(db.transaction('articles', 'readonly'));
  let cursor = await tx.store.openCursor(after === null ? null : IDBKeyRange.lowerBound(after, true));
  const articles: LibraryFileArticle[] = [];
  let chars = 0;
  while (cursor) {
    const article = toFileArticle(cursor.value);
    chars += articleChars(article);
    // A page holds at least one article, whatever its size.
    if (articles.length > 0 && (articles.length >= maxArticles || chars > maxChars)) break;
    articles.push(article);
    cursor = await cursor.continue();
  }
  const more = cursor !== null;
  await tx.done;
  return { articles, next: more ? articles[articles.length - 1]!.url : null };
}

/** What the file keeps of a stored article: not the fingerprint or keys, which are derived. */
export function toFileArticle(stored: StoredArticle): LibraryFileArticle {
  return {
    url: stored.url,
    title: stored.title,
    siteName: stored.siteName,
    byline: stored.byline,
    publishedTime: stored.publishedTime,
    lang: stored.lang,
    excerpt: stored.excerpt,
    text: stored.text,
    // Records from before flags were kept have none.
    flags: stored.flags ?? [],
    // Records from before the kind of piece was read have none.
    ...(stored.pieceType && { pieceType: stored.pieceType }),
    firstSeen: stored.firstSeen,
    lastSeen: stored.lastSeen,
    savedByHand: stored.savedByHand ?? false,
  };
}

function articleChars(article: LibraryFileArticle): number {
  return article.text.length + (article.excerpt?.length ?? 0) + 2_000;
}
