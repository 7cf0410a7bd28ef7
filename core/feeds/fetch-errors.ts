import type { FeedFailureReason } from './feed-types';

/**
 * Why checking a feed failed, as the reader is told it: what happened, in their words, and
 * what they can do when there is something. Kinds are stored with each feed's state, so
 * they are also the vocabulary `parseFeedState` accepts.
 */

export const FETCH_ERROR_KINDS = [
  'timeout',
  'http-status',
  'network',
  'redirect-outside',
  'permission',
  'too-large',
  'empty',
  'html-page',
  'not-a-feed',
  'broken',
] as const satisfies readonly string[];

export type FetchErrorKind = (typeof FETCH_ERROR_KINDS)[number];

/** Every reason a response is not a readable feed is also a fetch error kind. */
const _reasonsAreKinds: readonly FetchErrorKind[] = [] as FeedFailureReason[];

export interface FetchError {
  kind: FetchErrorKind;
  message: string;
}

/** The common statuses, in words; others are given by number only. */
const STATUS_WORDS: Readonly<Record<number, string>> = {
  400: 'bad request',
  401: 'sign-in required',
  402: 'payment required',
  403: 'access refused',
  404: 'not found',
  408: 'request timed out',
  410: 'gone',
  429: 'too many requests',
  451: 'unavailable for legal reasons',
  500: 'server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timed out',
};

/**
 * A sentence for the reader. `detail` is the HTTP status for `http-status` and the host
 * that was reached for `redirect-outside`; other kinds need none.
 */
export function describeFetchError(kind: FetchErrorKind, detail?: number | string): string {
  switch (kind) {
    case 'timeout':
      return 'The site took too long to answer. Parallax will try again later.';
    case 'http-status':
      return statusSentence(detail);
    case 'network':
      return 'Parallax could not reach the site. It may be down, or this computer may be offline.';
    case 'redirect-outside':
      return typeof detail === 'string' && /^[a-z0-9.:[\]-]{1,253}$/i.test(detail)
        ? `The feed sent Parallax on to ${detail}, a site you have not allowed it to read.`
        : 'The feed sent Parallax on to another site, one you have not allowed it to read.';
    case 'permission':
      return 'Parallax is no longer allowed to read this site. Allow it again to keep following this outlet.';
    case 'too-large':
      return 'The feed is too large to read.';
    case 'empty':
      return 'The feed address returned nothing.';
    case 'html-page':
      return 'This address shows a web page, not a news feed.';
    case 'not-a-feed':
      return 'This address does not return a news feed Parallax can read.';
    case 'broken':
      return 'The feed is damaged or was cut off before any story in it could be read.';
  }
}

function statusSentence(status: number | string | undefined): string {
  const code = typeof status === 'number' ? status : Number(status);
  if (!Number.isInteger(code) || code < 100 || code > 599) return 'The site answered with an error.';
  const words = STATUS_WORDS[code];
  return words ? `The site answered ${code} (${words}).` : `The site answered ${code}.`;
}
