import { parseTransferRequest } from '../library-file/transfer-request';
import { parseFeedRequest } from './feed-messages';
import { parseLibraryRequest } from './library-messages';
import { parseBackgroundRequest } from './messages';
import { parseOutletRequest } from './outlet-messages';
import type { RequestOf, TypesTo } from './protocol';

/**
 * The validator of every message the background answers: each takes what arrived
 * (`unknown`, whatever a sender claims) and gives the request of its type, rebuilt
 * field by field within its limits, or the reason it is refused. A family's types share
 * its parser, which checks the fields of each.
 */

export type BackgroundMessageType = TypesTo<'background'>;
export type Validator<K extends BackgroundMessageType> = (message: unknown) => RequestOf<K> | string;

/** Narrows a family's parser to one type of it: a message of another type is refused. */
function only<K extends BackgroundMessageType>(type: K, parse: (message: unknown) => { type: string } | string): Validator<K> {
  return (message) => {
    const request = parse(message);
    if (typeof request === 'string') return request;
    return request.type === type ? (request as RequestOf<K>) : `expected a ${type} message`;
  };
}

export const VALIDATORS: { readonly [K in BackgroundMessageType]: Validator<K> } = {
  'article:seen': only('article:seen', parseBackgroundRequest),
  'article:save': only('article:save', parseBackgroundRequest),
  'matches:get': only('matches:get', parseBackgroundRequest),
  // The request is its type alone: where the reader goes is the browser's word on the sender.
  'reader:load': () => ({ type: 'reader:load' }),
  'library:search': only('library:search', parseLibraryRequest),
  'library:outlets': only('library:outlets', parseLibraryRequest),
  'library:delete': only('library:delete', parseLibraryRequest),
  'library:clear': only('library:clear', parseLibraryRequest),
  'library:space-notice': only('library:space-notice', parseLibraryRequest),
  'library:dismiss-space-notice': only('library:dismiss-space-notice', parseLibraryRequest),
  'library:export-page': only('library:export-page', parseTransferRequest),
  'library:import-begin': only('library:import-begin', parseTransferRequest),
  'library:import-chunk': only('library:import-chunk', parseTransferRequest),
  'library:import-commit': only('library:import-commit', parseTransferRequest),
  'library:import-status': only('library:import-status', parseTransferRequest),
  'library:import-abort': only('library:import-abort', parseTransferRequest),
  'feeds:list': only('feeds:list', parseFeedRequest),
  'feeds:follow': only('feeds:follow', parseFeedRequest),
  'feeds:update': only('feeds:update', parseFeedRequest),
  'feeds:remove': only('feeds:remove', parseFeedRequest),
  'feeds:check-now': only('feeds:check-now', parseFeedRequest),
  'feeds:set-interval': only('feeds:set-interval', parseFeedRequest),
  'feeds:follow-many': only('feeds:follow-many', parseFeedRequest),
  'feeds:progress': only('feeds:progress', parseFeedRequest),
  'feeds:coverage': only('feeds:coverage', parseFeedRequest),
  'outlets:get': only('outlets:get', parseOutletRequest),
  'outlets:note': only('outlets:note', parseOutletRequest),
  'outlets:list': only('outlets:list', parseOutletRequest),
};
