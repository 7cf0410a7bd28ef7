import type { LibraryFileArticle } from '../core/library-file/library-file-format';
import type { ImportMode } from '../core/protocol/library-messages';
import { indexEntry, type IndexEntry } from './index-entry';
import { clearLibraryStores, writeArticles } from './library-writes';
import { LIBRARY_STORES, toStoredArticle, type LibraryDb, type StoredArticle } from './library-schema';
import { watched } from './in-transaction';
import { compactAfterWrite } from './library-stats';

/**
 * Applies a checked library file to the library in ONE transaction over the articles,
 * postings and counts: it happens whole or not at all, and the index never disagrees with
 * the articles. Fingerprints are computed before (by `prepareImport`, as chunks arrive),
 * because nothing but IndexedDB requests may be awaited while the transaction is open.
 *
 * Merge: an article already in the library keeps the newer account of the two (by
 * `lastSeen`), the earlier `firstSeen`, and "saved by you" if either had it.
 * Replace: the stores are emptied, then the file's articles written, in the same
 * transaction, so a failure leaves the old library as it was.
 */

export interface PreparedArticle {
  article: LibraryFileArticle;
  entry: IndexEntry;
}

export interface ImportResult {
  added: number;
  updated: number;
}

/** The CPU-heavy part, done before any transaction: the fingerprint. */
export function prepareImport(article: LibraryFileArticle): PreparedArticle {
  return { article, entry: indexEntry(article) };
}

export async function applyImport(
  db: LibraryDb,
  prepared: readonly PreparedArticle[],
  mode: ImportMode,
  onProgress?: (written: number) => void,
): Promise<ImportResult> {
  const tx = watched(db.transaction(LIBRARY_STORES, 'readwrite'));
  const result: ImportResult = { added: 0, updated: 0 };
  try {
    if (mode === 'replace') {
      await clearLibraryStores(tx);
    }
    const writes = prepared.map(({ article, entry }) => ({
      url: article.url,
      build: (existing: StoredArticle | undefined): StoredArticle => {
        if (existing) result.updated++;
        else result.added++;
        return merged(article, entry, existing);
      },
    }));
    await writeArticles(tx, writes, { emptied: mode === 'replace', ...(onProgress && { onProgress }) });
  } catch (error) {
    // Whatever failed, nothing of the import stays.
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  await compactAfterWrite(db);
  return result;
}

function merged(article: LibraryFileArticle, entry: IndexEntry, existing: StoredArticle | undefined): StoredArticle {
  // writeArticles replaces `keys` with the keys it posts the article under.
  const imported = toStoredArticle(article, {
    fingerprint: entry.fingerprint,
    keys: entry.keys,
    firstSeen: article.firstSeen,
    lastSeen: article.lastSeen,
    savedByHand: article.savedByHand,
  });
  if (!existing) return imported;
  const newer = article.lastSeen >= existing.lastSeen ? imported : existing;
  return {
    ...newer,
    firstSeen: Math.min(existing.firstSeen, article.firstSeen),
    lastSeen: Math.max(existing.lastSeen, article.lastSeen),
    savedByHand: existing.savedByHand || article.savedByHand,
  };
}
