import type { LibraryClearResponse, LibraryDeleteResponse, LibraryFailure, LibraryOutletsResponse, LibrarySearch, LibrarySearchResponse, SpaceNoticeResponse } from '../../core/protocol/library-messages';
import { LIBRARY_LIMITS } from '../../core/protocol/library-messages';
import type { RequestBody, ResponseOf } from '../../core/protocol/protocol';
import { send } from '../../platform/send-message';

type LibraryMessageType = Extract<Parameters<typeof send>[0], `library:${string}`>;

/** The options page's side of the library messages; a failure of any kind comes back as `{ ok: false }`. */
export async function ask<K extends LibraryMessageType>(type: K, request: RequestBody<K>): Promise<ResponseOf<K>> {
  try {
    const answer = await send(type, request);
    return answer ?? ({ ok: false, error: 'the background did not answer' } satisfies LibraryFailure);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) } satisfies LibraryFailure;
  }
}

export function searchLibrary(search: LibrarySearch): Promise<LibrarySearchResponse | LibraryFailure> {
  return ask('library:search', search);
}

export function listOutlets(): Promise<LibraryOutletsResponse | LibraryFailure> {
  return ask('library:outlets', {});
}

/** Deletes in messages of at most `LIBRARY_LIMITS.deleteUrls`; stops at the first failure. */
export async function deleteArticles(urls: readonly string[]): Promise<LibraryDeleteResponse | LibraryFailure> {
  let deleted = 0;
  let libraryCount = 0;
  for (let i = 0; i < urls.length; i += LIBRARY_LIMITS.deleteUrls) {
    const answer = await ask('library:delete', { urls: urls.slice(i, i + LIBRARY_LIMITS.deleteUrls) });
    if (!answer.ok) return answer;
    deleted += answer.deleted;
    libraryCount = answer.libraryCount;
  }
  return { ok: true, deleted, libraryCount };
}

export function clearLibrary(): Promise<LibraryClearResponse | LibraryFailure> {
  return ask('library:clear', {});
}

/** What the library dropped to make room, if anything; null when there is nothing to tell. */
export function readSpaceNotice(): Promise<SpaceNoticeResponse | LibraryFailure> {
  return ask('library:space-notice', {});
}

export function dismissSpaceNotice(): Promise<SpaceNoticeResponse | LibraryFailure> {
  return ask('library:dismiss-space-notice', {});
}
