import { dismissSpaceNotice, spaceNotice } from '../db/library-space';
import { isTransferMessage, parseTransferRequest } from '../core/library-transfer';
import { parseLibraryRequest, type LibraryResponse } from '../core/protocol/library-messages';
import { countArticles, deleteArticle, type LibraryDb } from '../db/library-db';
import { clearLibrary, libraryOutlets, searchLibrary } from '../db/library-queries';
import type { RequestSender } from './article-requests';
import { createImportStaging, handleTransferRequest, type ImportStaging } from './library-transfer';

export interface LibraryDeps {
  db: () => Promise<LibraryDb>;
  extensionId: string;
  /**
   * The extension's own origin with a trailing slash (`browser.runtime.getURL('/')`).
   * Firefox names extension pages by a per-install UUID, not the extension id, so without
   * it a moz-extension page is trusted on its scheme alone.
   * @default derived from `extensionId` for chrome-extension pages
   */
  extensionOrigin?: string;
  /**
   * Where a library import waits for its commit.
   * @default one staging area for the life of the background
   */
  staging?: ImportStaging;
}

let backgroundStaging: ImportStaging | undefined;

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/**
 * Whether a message comes from one of the extension's own pages (options, popup), not a
 * content script: a content script's sender URL is the web page it runs in, which can
 * never be on the extension's origin.
 */
export function fromExtensionPage(sender: RequestSender, deps: Pick<LibraryDeps, 'extensionId' | 'extensionOrigin'>): boolean {
  if (sender.id !== deps.extensionId || typeof sender.url !== 'string') return false;
  if (deps.extensionOrigin) return sender.url.startsWith(deps.extensionOrigin);
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (!EXTENSION_SCHEMES.has(url.protocol)) return false;
  return url.protocol !== 'chrome-extension:' || url.hostname === deps.extensionId;
}

/** Answers the options page's library requests: search, outlets, delete, clear, export and import. */
export async function handleLibraryRequest(message: unknown, sender: RequestSender, deps: LibraryDeps): Promise<LibraryResponse> {
  if (!fromExtensionPage(sender, deps)) return { ok: false, error: 'library requests come from Parallax’s own pages' };
  if (isTransferMessage(message)) {
    const request = parseTransferRequest(message);
    if (typeof request === 'string') return { ok: false, error: request };
    const staging = deps.staging ?? (backgroundStaging ??= createImportStaging());
    return handleTransferRequest(request, { db: deps.db, staging }).catch((error: unknown) => ({
      ok: false as const,
      error: error instanceof Error ? error.message : 'the library could not be read or written',
    }));
  }
  const request = parseLibraryRequest(message);
  if (typeof request === 'string') return { ok: false, error: request };
  try {
    const db = await deps.db();
    switch (request.type) {
      case 'library:search': {
        const [result, libraryCount] = await Promise.all([searchLibrary(db, request), countArticles(db)]);
        return { ok: true, ...result, libraryCount };
      }
      case 'library:outlets':
        return { ok: true, ...(await libraryOutlets(db)) };
      case 'library:delete': {
        const before = await countArticles(db);
        // One transaction per article, as deleteArticle keeps postings and df in step with it.
        for (const url of request.urls) await deleteArticle(db, url);
        const libraryCount = await countArticles(db);
        return { ok: true, deleted: Math.max(0, before - libraryCount), libraryCount };
      }
      case 'library:clear':
        await clearLibrary(db);
        return { ok: true, libraryCount: 0 };
      case 'library:space-notice':
        return { ok: true, notice: (await spaceNotice(db)) ?? null };
      case 'library:dismiss-space-notice':
        await dismissSpaceNotice(db);
        return { ok: true, notice: null };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'the library could not be read' };
  }
}
