import type { ArticleReport, FlagSummary } from '../protocol/messages';
import { LIMITS } from '../protocol/messages';
import { parseSettings, type Settings } from '../settings/settings';
import { parsePieceType, type PieceType } from '../piece-type';
import type { OutletProfile } from '../outlet/outlet-profile';
import { parseProfileSection } from './outlet-profile-section';
import { isObject } from '../protocol/validate';

/**
 * The library file: the whole library and the settings in one versioned JSON document,
 * `{format, version, exportedAt, settings, profiles: [...], articles: [...]}`, `profiles`
 * being the outlet profiles (from version 2; outlet-profile-section.ts checks them; a
 * version 1 file has none, and importing it leaves the reader's profiles as they are).
 * Fingerprints and postings
 * are not in it: they are derived, and rebuilt on import, so a file can never carry an
 * index that disagrees with its articles.
 *
 * A file is checked here, in full, before anything is written; a bad one is refused
 * whole, with what is wrong and where ("article 3 (https://…): …"). Article fields follow
 * the same LIMITS as the messages from content scripts: the library never holds a longer
 * title or text, so a longer one means the file was not written by Parallax and is
 * refused rather than quietly cut. Flag summaries are clipped as the message boundary
 * clips them, so everything Parallax stored can be exported and imported again.
 */

export const LIBRARY_FILE_FORMAT = 'parallax-library';
export const LIBRARY_FILE_VERSION = 2;
/** Every version this Parallax reads: 1 (no outlet profiles), 2. */
const READABLE_VERSIONS: ReadonlySet<unknown> = new Set([1, 2]);

export const LIBRARY_FILE_LIMITS = {
  /** The largest file read at all (checked on `file.size`, before reading). */
  bytes: 100_000_000,
  articles: 200_000,
  /** Problems listed in a refusal; the rest are counted. */
  errorsShown: 5,
} as const;

/** One article as the file holds it: what the content script reported, and when the reader saw it. */
export interface LibraryFileArticle extends ArticleReport {
  firstSeen: number;
  lastSeen: number;
  savedByHand: boolean;
}

export interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  /** As the file says: 1 or 2. */
  version: 1 | typeof LIBRARY_FILE_VERSION;
  exportedAt: string;
  settings: Settings;
  /** Null when the file predates profiles (version 1): nothing to import, nothing to replace. */
  profiles: OutletProfile[] | null;
  articles: LibraryFileArticle[];
}

export type LibraryFileResult = { ok: true; file: LibraryFile } | { ok: false; error: string };

const NULLABLE_FIELDS = ['title', 'siteName', 'byline', 'publishedTime', 'lang', 'excerpt'] as const;
/** Latest time a JavaScript Date can hold, in ms. */
const MAX_TIME = 8.64e15;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads and checks a whole file; the error says what is wrong and where. */
export function parseLibraryFile(text: string): LibraryFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `it is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})` };
  }
  if (!isObject(value)) return { ok: false, error: 'it is not a Parallax library file (expected a JSON object)' };
  if (value['format'] !== LIBRARY_FILE_FORMAT) {
    return { ok: false, error: `it is not a Parallax library file ("format" is ${brief(value['format'])}, expected "${LIBRARY_FILE_FORMAT}")` };
  }
  const version = value['version'];
  if (!READABLE_VERSIONS.has(version)) {
    return { ok: false, error: `its "version" is ${brief(version)}; this Parallax reads version 1 and ${LIBRARY_FILE_VERSION} files` };
  }
  const exportedAt = value['exportedAt'];
  if (typeof exportedAt !== 'string' || !ISO_TIME.test(exportedAt) || !Number.isFinite(Date.parse(exportedAt))) {
    return { ok: false, error: '"exportedAt" must be a date and time such as 2024-07-03T10:00:00.000Z' };
  }
  if (!isObject(value['settings'])) return { ok: false, error: '"settings" must be an object' };
  const profiles = version === 1 ? null : parseProfileSection(value['profiles']);
  if (typeof profiles === 'string') return { ok: false, error: profiles };
  const list = value['articles'];
  if (!Array.isArray(list)) return { ok: false, error: '"articles" must be a list' };
  if (list.length > LIBRARY_FILE_LIMITS.articles) {
    return { ok: false, error: `it holds ${list.length.toLocaleString('en')} articles; at most ${LIBRARY_FILE_LIMITS.articles.toLocaleString('en')} are read` };
  }

  const errors: string[] = [];
  const articles: LibraryFileArticle[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  list.forEach((raw, i) => {
    const article = parseFileArticle(raw, i);
    if (typeof article === 'string') return void errors.push(article);
    if (seen.has(article.url)) duplicates.add(article.url);
    seen.add(article.url);
    articles.push(article);
  });
  if (errors.length > 0) return { ok: false, error: listed(errors) };
  // Refused rather than merged: which copy is right is the reader's call, not ours.
  if (duplicates.size > 0) return { ok: false, error: `these addresses appear more than once (each article may appear once): ${listed([...duplicates])}` };
  return {
    ok: true,
    file: { format: LIBRARY_FILE_FORMAT, version: version as LibraryFile['version'], exportedAt, settings: parseSettings(value['settings']), profiles, articles },
  };
}

/**
 * Checks one article of a file (`index` from 0; messages count from 1). Returns the
 * article with its URL normalised and empty fields as null, or what is wrong with it.
 * The background checks every article it is sent with this same function.
 */
export function parseFileArticle(value: unknown, index: number): LibraryFileArticle | string {
  const where = (detail: string, url?: string) => `article ${index + 1}${url ? ` (${url.slice(0, 120)})` : ''}: ${detail}`;
  if (!isObject(value)) return where('must be an object');
  const rawUrl = value['url'];
  if (typeof rawUrl !== 'string') return where('"url" must be a web address');
  if (rawUrl.length > LIMITS.urlChars) return where(`"url" is longer than ${LIMITS.urlChars.toLocaleString('en')} characters`);
  const url = httpUrl(rawUrl);
  if (!url) return where('"url" must be an http or https address', rawUrl);
  const at = (detail: string) => where(detail, url);

  const fields: Partial<Record<(typeof NULLABLE_FIELDS)[number], string | null>> = {};
  for (const name of NULLABLE_FIELDS) {
    const field = value[name];
    if (field !== null && typeof field !== 'string') return at(`"${name}" must be text or null`);
    if (field !== null && field.length > LIMITS.fieldChars) return at(`"${name}" is longer than ${LIMITS.fieldChars.toLocaleString('en')} characters`);
    fields[name] = field === null || field.trim() === '' ? null : field;
  }
  const text = value['text'];
  if (typeof text !== 'string') return at('"text" must be text');
  if (text.length > LIMITS.textChars) return at(`"text" is longer than ${LIMITS.textChars.toLocaleString('en')} characters`);

  const flags = value['flags'];
  if (!Array.isArray(flags)) return at('"flags" must be a list');
  if (flags.length > LIMITS.flags) return at(`"flags" holds more than ${LIMITS.flags} flags`);
  const parsedFlags: FlagSummary[] = [];
  for (const [i, flag] of flags.entries()) {
    const parsed = parseFlag(flag);
    if (typeof parsed === 'string') return at(`flags[${i}]: ${parsed}`);
    parsedFlags.push(parsed);
  }

  const { firstSeen, lastSeen, savedByHand } = value;
  if (!isTime(firstSeen)) return at('"firstSeen" must be a time in milliseconds since 1970');
  if (!isTime(lastSeen)) return at('"lastSeen" must be a time in milliseconds since 1970');
  if (firstSeen > lastSeen) return at('"firstSeen" is later than "lastSeen"');
  if (typeof savedByHand !== 'boolean') return at('"savedByHand" must be true or false');
  return {
    url,
    title: fields.title ?? null,
    siteName: fields.siteName ?? null,
    byline: fields.byline ?? null,
    publishedTime: fields.publishedTime ?? null,
    lang: fields.lang ?? null,
    excerpt: fields.excerpt ?? null,
    text,
    flags: parsedFlags,
    ...withPieceType(value['pieceType']),
    firstSeen,
    lastSeen,
    savedByHand,
  };
}

/** A kind of piece that does not check out is dropped, not a reason to refuse the file: it is a hint, not data. */
function withPieceType(value: unknown): { pieceType?: PieceType } {
  const pieceType = parsePieceType(value);
  return pieceType ? { pieceType } : {};
}

function parseFlag(value: unknown): FlagSummary | string {
  if (!isObject(value)) return 'must be an object';
  const { entryId, category, text, voice, speaker } = value;
  if (typeof entryId !== 'string') return '"entryId" must be text';
  if (typeof category !== 'string') return '"category" must be text';
  if (typeof text !== 'string') return '"text" must be text';
  if (voice !== 'outlet' && voice !== 'quote') return '"voice" must be "outlet" or "quote"';
  if (speaker !== null && typeof speaker !== 'string') return '"speaker" must be text or null';
  // Clipped as core/protocol/messages.ts clips a content script's flags.
  return {
    entryId: entryId.slice(0, 100),
    category: category.slice(0, 100) as FlagSummary['category'],
    text: text.slice(0, 200),
    voice,
    speaker: speaker === null ? null : speaker.slice(0, LIMITS.fieldChars),
  };
}

/*
 * Writing a file, a piece at a time: the options page fetches the library in pages and
 * never holds it whole, so the file is the head, the articles joined by ",\n", the tail.
 */

/** Everything before the first article: the settings and the outlet profiles (a few thousand at most, so written whole). */
export function libraryFileHead(settings: Settings, exportedAt: Date, profiles: readonly OutletProfile[] = []): string {
  const head = { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exportedAt: exportedAt.toISOString(), settings, profiles };
  return `${JSON.stringify(head).slice(0, -1)},"articles":[\n`;
}

export const LIBRARY_FILE_TAIL = '\n]}\n';

/** One article, fields in the file's order. */
export function libraryFileArticle(article: LibraryFileArticle): string {
  const { url, title, siteName, byline, publishedTime, lang, excerpt, text, flags, pieceType, firstSeen, lastSeen, savedByHand } = article;
  return JSON.stringify({ url, title, siteName, byline, publishedTime, lang, excerpt, text, flags, pieceType, firstSeen, lastSeen, savedByHand });
}

/** `parallax-library-YYYY-MM-DD.json`, the reader's local day. */
export function libraryFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `parallax-library-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * The settings after a replacing import: the file's, except where Parallax reads by
 * itself, which rests on host access this browser granted and stays as it is here.
 */
export function replaceSettings(current: Settings, imported: Settings): Settings {
  return parseSettings({ ...imported, autoRead: current.autoRead, autoReadSites: current.autoReadSites });
}

/**
 * The settings after a merge: lists are joined (an imported own phrase with the id of
 * one of the reader's replaces it, as the lexicon import does); automatic saving stays
 * as the reader set it on this device.
 */
export function mergeSettings(current: Settings, imported: Settings): Settings {
  const importedIds = new Set(imported.userEntries.map(entryId).filter((id) => id !== null));
  const kept = current.userEntries.filter((entry) => !importedIds.has(entryId(entry) ?? ''));
  const entries = new Map([...kept, ...imported.userEntries].map((entry) => [JSON.stringify(entry), entry]));
  return parseSettings({
    ...current,
    highlightsOffSites: [...current.highlightsOffSites, ...imported.highlightsOffSites],
    mutedCategories: [...current.mutedCategories, ...imported.mutedCategories],
    mutedPhrases: [...current.mutedPhrases, ...imported.mutedPhrases],
    userEntries: [...entries.values()],
  });
}

function entryId(entry: unknown): string | null {
  return isObject(entry) && typeof entry['id'] === 'string' ? entry['id'] : null;
}

function listed(items: string[]): string {
  const shown = items.slice(0, LIBRARY_FILE_LIMITS.errorsShown).join('; ');
  const more = items.length - LIBRARY_FILE_LIMITS.errorsShown;
  return more > 0 ? `${shown}; and ${more.toLocaleString('en')} more` : shown;
}

/** A value as a message quotes it: short, whatever it is. */
function brief(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME;
}

function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
