import { FLAG_CATEGORIES, type Flag, type FlagCategory, type NewsVerdict, type Voice } from './article';
import { cutText } from '../text/cut-text';
import { httpUrl, isObject, MAX_URL_CHARS, quotedType } from './validate';
import { parsePieceType, type PieceKind, type PieceType } from '../piece-type';
import type { Comparison } from '../compare/compare-accounts';
import { parseDeclaredPolicies, type DeclaredPolicies } from '../outlet/policies';

/**
 * Every message between the parts of Parallax, in one place. Whatever arrives is
 * validated here before anyone acts on it: a content script runs inside hostile pages,
 * so its reports are untrusted input for the background (type, size, shape).
 */

export const LIMITS = {
  textChars: 300_000,
  fieldChars: 1_000,
  urlChars: MAX_URL_CHARS,
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
  /**
   * The outlet's policies the page declares (core/outlet/policies.ts); kept per outlet,
   * never with the article. Absent from reports that predate them and from feed stories.
   */
  policies?: DeclaredPolicies;
  /** What kind of piece the page says it is (core/piece-type); absent on records from before it was read. */
  pieceType?: PieceType;
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
  /** The actions both accounts report ("block", "vote"; core/matching/event-words.ts), most central first. */
  sharedActions: string[];
  /**
   * The listed account that links this one to the event, when it shares too little with
   * the article read to be listed on its own (core/matching/event-group.ts); null otherwise.
   */
  via: { url: string; title: string | null; siteName: string | null } | null;
  /** The account's kind of piece; null when it was stored before kinds were read. */
  pieceKind: PieceKind | null;
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
  /** Too large to read without freezing the page (see dom/pipeline/page-size.ts): left alone. */
  | { status: 'too-large'; textChars: number; elements: number; limits: { textChars: number; elements: number } }
  | {
      status: 'article';
      verdict: NewsVerdict;
      report: ArticleReport;
      flags: Flag[];
      /** Set when the learned flag scorer could not be loaded: flags are the lexicon's alone. */
      flagModelProblem?: string;
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

/**
 * The detector found an article and asks the background to inject the reader
 * (entrypoints/reader.ts) into its own tab and frame. The message carries nothing else:
 * where the reader goes is taken from the browser's word on the sender, never from the page.
 */
export interface ReaderLoadRequest {
  type: 'reader:load';
}


export interface ReaderLoadResponse {
  ok: boolean;
  error?: string;
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
  return `unknown message type ${quotedType(message)}`;
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
    text: cutText(value['text'], LIMITS.textChars),
    // Rebuilt field by field: a key the page adds to a flag is not stored (tests/fuzz found it).
    flags: flags.filter(isFlagSummary).map((f) => ({
      entryId: cutText(f.entryId, 100),
      category: f.category,
      text: cutText(f.text, 200),
      voice: f.voice,
      speaker: f.speaker === null ? null : cutText(f.speaker, LIMITS.fieldChars),
    })),
    ...(value['policies'] !== undefined && { policies: parseDeclaredPolicies(value['policies']) }),
    ...withPieceType(value['pieceType']),
  };
}

/** The key only when there is a usable piece type, so records without one stay as they were. */
function withPieceType(value: unknown): { pieceType?: PieceType } {
  const pieceType = parsePieceType(value);
  return pieceType ? { pieceType } : {};
}

function isFlagSummary(value: unknown): value is FlagSummary {
  return (
    isObject(value) &&
    typeof value['entryId'] === 'string' &&
    (FLAG_CATEGORIES as readonly unknown[]).includes(value['category']) &&
    typeof value['text'] === 'string' &&
    (value['voice'] === 'outlet' || value['voice'] === 'quote') &&
    (value['speaker'] === null || typeof value['speaker'] === 'string')
  );
}

function field(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? cutText(value, LIMITS.fieldChars) : null;
}
