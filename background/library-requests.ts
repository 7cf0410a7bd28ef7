import { dismissSpaceNotice, spaceNotice } from '../db/library-space';
import { createImportStaging, handleTransferRequest, type ImportStaging, type TransferDeps } from './library-file/handle-transfer-request';
import { type LibraryFailure, type LibraryTransferRequest } from '../core/protocol/library-messages';
import { clearLibrary, deleteArticle } from '../db/library-db';
import { countArticles, libraryOutlets, searchLibrary } from '../db/library-queries';
import type { LibraryDb } from '../db/library-schema';
import type { RequestOf, ResponseOf } from '../core/protocol/protocol';

export { fromExtensionPage } from '../core/protocol/senders';

export interface LibraryDeps {
  db: () => Promise<LibraryDb>;
  /**
   * Where a library import waits for its commit.
   * @default one staging area for the life of the background
   */
  staging?: ImportStaging;
  /** @default the outlet database (openOutlets) */
  outletDb?: TransferDeps['outletDb'];
}

let backgroundStaging: ImportStaging | undefined;

type LibraryType =
  | 'library:search'
  | 'library:outlets'
  | 'library:delete'
  | 'library:clear'
  | 'library:space-notice'
  | 'library:dismiss-space-notice';
type TransferType = LibraryTransferRequest['type'];

/**
 * The options page's library requests, one handler a type: search, outlets, delete,
 * clear, what was dropped for space; export and import (library-transfer.ts). The router
 * has checked that an extension page sent them and their shape.
 */
export function libraryHandlers(deps: LibraryDeps): { [K in LibraryType | TransferType]: (request: RequestOf<K>) => Promise<ResponseOf<K>> } {
  const read = <T>(work: (db: LibraryDb) => Promise<T>) => answer(async () => work(await deps.db()), 'the library could not be read');
  const transfer =
    <K extends TransferType>(_type: K) =>
    (request: RequestOf<K>): Promise<ResponseOf<K>> => {
      const staging = deps.staging ?? (backgroundStaging ??= createImportStaging());
      // handleTransferRequest answers each request with the response of its type (tests/background/library-transfer.test.ts).
      return answer(() => handleTransferRequest(request, { db: deps.db, staging, ...(deps.outletDb && { outletDb: deps.outletDb }) }), 'the library could not be read or written') as Promise<ResponseOf<K>>;
    };
  return {
    'library:search': (request) =>
      read(async (db) => {
        const [result, libraryCount] = await Promise.all([searchLibrary(db, request), countArticles(db)]);
        return { ok: true as const, ...result, libraryCount };
      }),
    'library:outlets': () => read(async (db) => ({ ok: true as const, ...(await libraryOutlets(db)) })),
    'library:delete': (request) =>
      read(async (db) => {
        const before = await countArticles(db);
        // One transaction per article, as deleteArticle keeps postings and df in step with it.
        for (const url of request.urls) await deleteArticle(db, url);
        const libraryCount = await countArticles(db);
        return { ok: true as const, deleted: Math.max(0, before - libraryCount), libraryCount };
      }),
    'library:clear': () =>
      read(async (db) => {
        await clearLibrary(db);
        return { ok: true as const, libraryCount: 0 as const };
      }),
    'library:space-notice': () => read(async (db) => ({ ok: true as const, notice: (await spaceNotice(db)) ?? null })),
    'library:dismiss-space-notice': () =>
      read(async (db) => {
        await dismissSpaceNotice(db);
        return { ok: true as const, notice: null };
      }),
    'library:export-page': transfer('library:export-page'),
    'library:import-begin': transfer('library:import-begin'),
    'library:import-chunk': transfer('library:import-chunk'),
    'library:import-commit': transfer('library:import-commit'),
    'library:import-status': transfer('library:import-status'),
    'library:import-abort': transfer('library:import-abort'),
  };
}

async function answer<T>(work: () => Promise<T>, fallback: string): Promise<T | LibraryFailure> {
  try {
    return await work();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : fallback };
  }
}
