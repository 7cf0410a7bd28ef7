import type { Flag, FlagCategory, NewsVerdict, Voice } from './article';
import type { Comparison } from './compare/compare-accounts';
import type { LibraryFileArticle } from './library-file';

/**
 * Every message between the parts of Parallax, in one place. Whatever arrives is
 * validated here before anyone acts on it: a content script runs inside hostile pages,
 * so its reports are untrusted input for the background (type, size, shape).
 */

export const LIMITS = {
  textChars: 300_000,
  fieldChars: 1_000,
  urlChars: 2_048,
  flags: 500,
} as const;

/** What the content script tells the background about an article it read. */
export interface ArticleReport {
  url: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  text: string;
  flags: FlagSummary[];
}

export interface FlagSummary {
  entryId: string;
  category: FlagCategory;
  text: string;
  voice: Voice;
  speaker: string | null;
}

/** What the popup shows about one other account. */
export interface MatchView {
  url: string;
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
  score: number;
  sharedNames: string[];
  sharedQuotes: string[];
  daysApart: number | null;
  // --- Added for the popup's reasons in plain words (see core/matching/reasons.ts) ---
  /** The shared names sorted by kind; names of unknown kind stay only in `sharedNames`. */
  people: string[];
  places: string[];
  orgs: string[];
  /** Shared figures ("6.1", "40%", "2024"), most telling first. */
  sharedNumbers: string[];
}

/** One step of the content script's work on a page, on the page's clock (ms since its time origin). */
export interface StepTiming {
  step: string;
  start: number;
  duration: number;
}

export type PageState =
  | { status: 'working' }
  | { status: 'not-news'; verdict: NewsVerdict; timings?: StepTiming[] }
  | {
      status: 'article';
      verdict: NewsVerdict;
      report: ArticleReport;
      flags: Flag[];
      warnings: string[];
      /** The page's host, and whether the reader left highlights on for it. */
      site: string;
      highlights: boolean;
      /** How long detection, extraction, flagging and drawing took, step by step. */
      timings?: StepTiming[];
    }
  | { status: 'error'; message: string };

export type BackgroundRequest =
  /** The content script read an article; `save` says whether the reader keeps articles automatically. */
  | { type: 'article:seen'; report: ArticleReport; save: boolean }
  /** The reader pressed Save: keep it, and keep it when space runs short. */
  | { type: 'article:save'; report: ArticleReport }
  /** Other accounts for the popup: of the stored article at `url`, else of `report`. */
  | { type: 'matches:get'; url: string; report?: ArticleReport };

export interface ArticleSeenResponse {
  ok: boolean;
  matchCount: number;
  /** The key the article was stored under: its canonical URL, or the page's own URL when the canonical names another site. */
  url?: string;
  error?: string;
}

export interface MatchesResponse {
  ok: boolean;
  matches: MatchView[];
  libraryCount: number;
  /** Whether the article itself is in the library. */
  stored?: boolean;
  savedByHand?: boolean;
  error?: string;
  // --- Added for the popup's comparison view ---
  /**
   * This article and the other accounts side by side (framing, quotations, facts only one
   * reports); present when there are other accounts and the library could compare them.
   */
  comparison?: Comparison;
}

/**
 * What the extension asks the content script: what it read, or to save it to the library
 * (the popup); to show the next flag on the page (the background, on the reader's shortcut).
 */
export type ContentRequest = { type: 'page:get-state' } | { type: 'page:save' } | { type: 'page:next-flag' };

const CONTENT_REQUEST_TYPES: ReadonlySet<unknown> = new Set(['page:get-state', 'page:save', 'page:next-flag']);

export function isContentRequest(message: unknown): message is ContentRequest {
  return isObject(message) && CONTENT_REQUEST_TYPES.has(message['type']);
}

/** The answer to `page:next-flag`: whether a flag was shown. */
export interface NextFlagResponse {
  ok: boolean;
}

export interface SaveResponse {
  ok: boolean;
  error?: string;
}

/** Parses an untrusted message for the background; returns a reason string when it is refused. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | string {
  if (!isObject(message)) return 'message is not an object';
  if (message['type'] === 'matches:get') {
    const url = httpUrl(message['url']);
    if (!url) return 'matches:get needs an http(s) url';
    if (message['report'] === undefined) return { type: 'matches:get', url };
    const report = parseArticleReport(message['report']);
    return typeof report === 'string' ? report : { type: 'matches:get', url, report };
  }
  if (message['type'] === 'article:seen' || message['type'] === 'article:save') {
    const report = parseArticleReport(message['report']);
    if (typeof report === 'string') return report;
    return message['type'] === 'article:save'
      ? { type: 'article:save', report }
      : { type: 'article:seen', report, save: message['save'] !== false };
  }
  return `unknown message type ${JSON.stringify(String(message['type'])).slice(0, 40)}`;
}

export function parseArticleReport(value: unknown): ArticleReport | string {
  if (!isObject(value)) return 'report is not an object';
  const url = httpUrl(value['url']);
  if (!url) return 'report needs an http(s) url';
  if (typeof value['text'] !== 'string') return 'report needs a text';
  const flags = Array.isArray(value['flags']) ? value['flags'].slice(0, LIMITS.flags) : [];
  return {
    url,
    title: field(value['title']),
    siteName: field(value['siteName']),
    byline: field(value['byline']),
    publishedTime: field(value['publishedTime']),
    lang: field(value['lang']),
    excerpt: field(value['excerpt']),
    // Bounded whatever the page sends: the library's size must not be the page's choice.
    text: value['text'].slice(0, LIMITS.textChars),
    flags: flags.filter(isFlagSummary).map((f) => ({ ...f, text: f.text.slice(0, 200), entryId: f.entryId.slice(0, 100) })),
  };
}

function isFlagSummary(value: unknown): value is FlagSummary {
  return (
    isObject(value) &&
    typeof value['entryId'] === 'string' &&
    typeof value['category'] === 'string' &&
    typeof value['text'] === 'string' &&
    (value['voice'] === 'outlet' || value['voice'] === 'quote') &&
    (value['speaker'] === null || typeof value['speaker'] === 'string')
  );
}

function field(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.slice(0, LIMITS.fieldChars) : null;
}

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > LIMITS.urlChars) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  | { type: 'library:clear' };

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
  | LibraryTransferResponse;

/*
 * Moving the library to and from a file, from the options page only (the file's schema
 * and these requests' checks: core/library-file.ts, core/library-transfer.ts). Export is
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
  /** Starts an import of `total` articles; any import staged before is dropped. */
  | { type: 'library:import-begin'; mode: ImportMode; total: number }
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

/** Whether a message is meant for the library handler (which then validates it in full). */
export function isLibraryMessage(message: unknown): boolean {
  return isObject(message) && typeof message['type'] === 'string' && message['type'].startsWith('library:');
}

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
    case 'library:delete': {
      const urls = message['urls'];
      if (!Array.isArray(urls) || urls.length === 0) return 'library:delete needs a list of urls';
      if (urls.length > LIBRARY_LIMITS.deleteUrls) return `library:delete takes at most ${LIBRARY_LIMITS.deleteUrls} urls`;
      const parsed = urls.map(httpUrl);
      if (parsed.some((url) => url === null)) return 'library:delete needs http(s) urls';
      return { type: 'library:delete', urls: [...new Set(parsed as string[])] };
    }
    default:
      return `unknown message type ${JSON.stringify(String(message['type'])).slice(0, 40)}`;
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

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
