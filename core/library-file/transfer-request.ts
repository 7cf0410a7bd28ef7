import { LIBRARY_FILE_LIMITS, parseFileArticle, type LibraryFileArticle } from './library-file-format';
import { parseProfileSection } from './outlet-profile-section';
import { LIMITS } from '../protocol/messages';
import { type LibraryTransferRequest } from '../protocol/library-messages';
import { isObject, quotedType } from '../protocol/validate';

/**
 * Checks of the export and import requests (types in core/protocol/library-messages.ts). An import is
 * sent in chunks small enough for any browser's message limit (Chromium refuses
 * messages over 64 MiB); every article in a chunk is checked again here with the file's
 * own rules, as the background trusts no message it has not checked.
 */

export const TRANSFER_LIMITS = {
  /** Articles in an export page or an import chunk. */
  pageArticles: 500,
  /** Characters of article text in an export page or import chunk, roughly; a page holds at least one article. */
  pageChars: 8_000_000,
} as const;

const TRANSFER_TYPES: ReadonlySet<unknown> = new Set([
  'library:export-page',
  'library:import-begin',
  'library:import-chunk',
  'library:import-commit',
  'library:import-status',
  'library:import-abort',
]);

export function isTransferMessage(message: unknown): boolean {
  return isObject(message) && TRANSFER_TYPES.has(message['type']);
}

/** Parses an untrusted export or import request; returns a reason string when it is refused. */
export function parseTransferRequest(message: unknown): LibraryTransferRequest | string {
  if (!isObject(message)) return 'message is not an object';
  const type = message['type'];
  switch (type) {
    case 'library:export-page': {
      const after = message['after'];
      if (after === null || after === undefined) return { type, after: null };
      if (typeof after !== 'string' || after.length > LIMITS.urlChars * 2) return 'library:export-page: after must be an address or null';
      return { type, after };
    }
    case 'library:import-begin': {
      const { mode, total, profiles } = message;
      if (mode !== 'merge' && mode !== 'replace') return 'library:import-begin: mode must be "merge" or "replace"';
      if (typeof total !== 'number' || !Number.isInteger(total) || total < 0 || total > LIBRARY_FILE_LIMITS.articles) {
        return `library:import-begin: total must be a whole number up to ${LIBRARY_FILE_LIMITS.articles}`;
      }
      // Checked again here, as the articles are: the background trusts no message it has not checked.
      const parsedProfiles = profiles === undefined || profiles === null ? null : parseProfileSection(profiles);
      if (typeof parsedProfiles === 'string') return `library:import-begin: ${parsedProfiles}`;
      return { type, mode, total, profiles: parsedProfiles };
    }
    case 'library:import-chunk': {
      const importId = idOf(message);
      if (importId === null) return 'library:import-chunk needs an import id';
      const list = message['articles'];
      if (!Array.isArray(list) || list.length === 0 || list.length > TRANSFER_LIMITS.pageArticles) {
        return `library:import-chunk needs 1 to ${TRANSFER_LIMITS.pageArticles} articles`;
      }
      const offset = message['offset'] ?? 0;
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > LIBRARY_FILE_LIMITS.articles) {
        return 'library:import-chunk: offset must be a whole number';
      }
      const articles: LibraryFileArticle[] = [];
      for (const [i, raw] of list.entries()) {
        const article = parseFileArticle(raw, offset + i);
        if (typeof article === 'string') return article;
        articles.push(article);
      }
      return { type, importId, offset, articles };
    }
    case 'library:import-commit':
    case 'library:import-status':
    case 'library:import-abort': {
      const importId = idOf(message);
      return importId === null ? `${type} needs an import id` : { type, importId };
    }
    default:
      return `unknown message type ${quotedType(message)}`;
  }
}

/** How many articles an import chunk or export page holds: at most `pageArticles`, and about `pageChars` of text. */
export function pageEnd(articles: readonly Pick<LibraryFileArticle, 'text'>[], start: number): number {
  let chars = 0;
  let end = start;
  while (end < articles.length && end - start < TRANSFER_LIMITS.pageArticles) {
    chars += articles[end]!.text.length + 2_000; // the other fields and the flags, generously
    if (end > start && chars > TRANSFER_LIMITS.pageChars) break;
    end++;
  }
  return end;
}

function idOf(message: Record<string, unknown>): string | null {
  const id = message['importId'];
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : null;
}
