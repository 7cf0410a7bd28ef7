import { httpUrl, isObject, isIntegerIn, quotedType } from './validate';
import { LIMITS } from './messages';
import type { LibraryFileArticle } from '../library-file/library-file-format';
import type { OutletProfile } from '../outlet/outlet-profile';

/*
 * The library, as the options page sees it. These requests are accepted from the
 * extension's own pages only (the background checks the sender): a content script runs
 * inside hostile pages and must never list or delete the reader's library.
 */

export const LIBRARY_LIMITS = {
  queryChars: 200,
  /** Results per page. */
  pageSize: 100,
  /** How far a page may start: the search never looks past the newest `scanArticles`. */
  maxOffset: 20_000,
  /** Articles deleted per message. */
  deleteUrls: 200,
} as const;

/** One article as the library list shows it. */
export interface LibraryItem {
  url: string;
  title: string | null;
  /** The outlet's name, or the page's host when it names none. */
  outlet: string;
  publishedTime: string | null;
  lastSeen: number;
  savedByHand: boolean;
}

export interface LibrarySearch {
  /** Words that must all appear in the title, outlet or text (case-insensitive); "" for all. */
  query: string;
  /** Only this outlet (as `LibraryItem.outlet` names it). */
  outlet: string | null;
  /** Inclusive days, YYYY-MM-DD, compared with the published day (else the day last opened, UTC). */
  from: string | null;
  to: string | null;
  offset: number;
  limit: number;
}

export type LibraryRequest =
  | ({ type: 'library:search' } & LibrarySearch)
  /** Outlet names in the library with their article counts, most articles first. */
  | { type: 'library:outlets' }
  | { type: 'library:delete'; urls: string[] }
  /** Deletes every article (the options page resets the settings itself). */
  | { type: 'library:clear' }
  /** What the library dropped to make room, if anything, since the reader last read it. */
  | { type: 'library:space-notice' }
  | { type: 'library:dismiss-space-notice' };

/** Articles dropped when storage ran short, as the options page tells the reader. */
export interface SpaceNoticeResponse {
  ok: true;
  notice: { at: number; evicted: number; spaceShort: boolean } | null;
}

export type LibraryFailure = { ok: false; error: string };

export interface LibrarySearchResponse {
  ok: true;
  items: LibraryItem[];
  /** More matches after this page. */
  hasMore: boolean;
  /** The search stopped at the newest articles it may scan; older ones were not looked at. */
  scanLimited: boolean;
  libraryCount: number;
}

export interface LibraryOutletsResponse {
  ok: true;
  outlets: Array<{ name: string; count: number }>;
  /** Only the newest articles were counted. */
  scanLimited: boolean;
}

export interface LibraryDeleteResponse {
  ok: true;
  deleted: number;
  libraryCount: number;
}

export interface LibraryClearResponse {
  ok: true;
  libraryCount: 0;
}

export type LibraryResponse =
  | LibrarySearchResponse
  | LibraryOutletsResponse
  | LibraryDeleteResponse
  | LibraryClearResponse
  | LibraryFailure
  | SpaceNoticeResponse
  | LibraryTransferResponse;

/*
 * Moving the library to and from a file, from the options page only (the file's schema
 * and these requests' checks: core/library-file/library-file-format.ts, core/library-file/transfer-request.ts). Export is
 * read in pages; an import is staged in the background chunk by chunk and applied in one
 * transaction on commit, so it happens whole or not at all. A large import takes minutes
 * to write (every article is posted under ~100 index keys), longer than a browser lets one
 * message wait, so commit answers at once and the page polls for the end.
 */

/** Merge: the file's articles join the library. Replace: the library becomes the file's. */
export type ImportMode = 'merge' | 'replace';

export type LibraryTransferRequest =
  /** The next page of the library for the file, in URL order, after `after` (null: from the start). */
  | { type: 'library:export-page'; after: string | null }
  /** Starts an import of `total` articles, with the file's outlet profiles (null: the file has none); any import staged before is dropped. */
  | { type: 'library:import-begin'; mode: ImportMode; total: number; profiles: OutletProfile[] | null }
  /** Articles of the staged import, checked on arrival; `offset` is the first one's index in the file (for messages). */
  | { type: 'library:import-chunk'; importId: string; offset: number; articles: LibraryFileArticle[] }
  /** Starts writing the staged import, in one transaction; answers at once with its progress. */
  | { type: 'library:import-commit'; importId: string }
  /** How far the write has come; polled until done (each poll also keeps the background awake). */
  | { type: 'library:import-status'; importId: string }
  | { type: 'library:import-abort'; importId: string };

export interface LibraryExportPageResponse {
  ok: true;
  articles: LibraryFileArticle[];
  /** Where the next page starts (pass as `after`); null when this was the last. */
  next: string | null;
  libraryCount: number;
  /** The outlet profiles, with the first page only (`after` null). */
  profiles?: OutletProfile[];
}

export interface LibraryImportBeginResponse {
  ok: true;
  importId: string;
}

export interface LibraryImportChunkResponse {
  ok: true;
  /** Articles staged so far. */
  received: number;
}

/** The answer to commit and status: still writing, or written. */
export type LibraryImportStatusResponse =
  | { ok: true; state: 'writing'; written: number; total: number }
  | {
      ok: true;
      state: 'done';
      /** Articles new to the library, and articles already there that the file updated. */
      added: number;
      updated: number;
      libraryCount: number;
      /** Outlet profiles written (null: the file had none, and they were left alone). */
      profiles: number | null;
    };

export interface LibraryImportAbortResponse {
  ok: true;
}

export type LibraryTransferResponse =
  | LibraryExportPageResponse
  | LibraryImportBeginResponse
  | LibraryImportChunkResponse
  | LibraryImportStatusResponse
  | LibraryImportAbortResponse;


/** Parses an untrusted library request; returns a reason string when it is refused. */
export function parseLibraryRequest(message: unknown): LibraryRequest | string {
  if (!isObject(message)) return 'message is not an object';
  switch (message['type']) {
    case 'library:search':
      return parseLibrarySearch(message);
    case 'library:outlets':
      return { type: 'library:outlets' };
    case 'library:clear':
      return { type: 'library:clear' };
    case 'library:space-notice':
      return { type: 'library:space-notice' };
    case 'library:dismiss-space-notice':
      return { type: 'library:dismiss-space-notice' };
    case 'library:delete': {
      const urls = message['urls'];
      if (!Array.isArray(urls) || urls.length === 0) return 'library:delete needs a list of urls';
      if (urls.length > LIBRARY_LIMITS.deleteUrls) return `library:delete takes at most ${LIBRARY_LIMITS.deleteUrls} urls`;
      const parsed = urls.map(httpUrl);
      if (parsed.some((url) => url === null)) return 'library:delete needs http(s) urls';
      return { type: 'library:delete', urls: [...new Set(parsed as string[])] };
    }
    default:
      return `unknown message type ${quotedType(message)}`;
  }
}

function parseLibrarySearch(message: Record<string, unknown>): LibraryRequest | string {
  const { query, outlet, from, to, offset, limit } = message;
  if (typeof query !== 'string' || query.length > LIBRARY_LIMITS.queryChars) {
    return `library:search needs a query of at most ${LIBRARY_LIMITS.queryChars} characters`;
  }
  if (outlet !== undefined && outlet !== null && (typeof outlet !== 'string' || outlet.length > LIMITS.fieldChars)) {
    return 'library:search: outlet must be a name';
  }
  const days = [from, to].map((day) => (day === undefined || day === null || day === '' ? null : isoDay(day)));
  if (days.includes(undefined)) return 'library:search: from and to must be dates, YYYY-MM-DD';
  if (!isIntegerIn(offset, 0, LIBRARY_LIMITS.maxOffset)) return `library:search: offset must be a whole number up to ${LIBRARY_LIMITS.maxOffset}`;
  if (!isIntegerIn(limit, 1, LIBRARY_LIMITS.pageSize)) return `library:search: limit must be a whole number from 1 to ${LIBRARY_LIMITS.pageSize}`;
  return {
    type: 'library:search',
    query: query.trim(),
    outlet: typeof outlet === 'string' && outlet !== '' ? outlet : null,
    from: days[0] ?? null,
    to: days[1] ?? null,
    offset,
    limit,
  };
}

/** A real calendar day as YYYY-MM-DD, or undefined. */
function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}
