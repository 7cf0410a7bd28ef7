import type { FeedRequest, FeedResponse } from '../core/protocol/feed-messages';
import { ROUTES, type RequestOf, type ResponseOf } from '../core/protocol/protocol';
import { senderKind, type ExtensionIdentity, type RequestSender } from '../core/protocol/senders';
import { knownType, quotedType } from '../core/protocol/validate';
import { VALIDATORS, type BackgroundMessageType } from '../core/protocol/validators';
import { handleArticleReport, handleMatchesGet, type BackgroundDeps } from './article-requests';
import { libraryHandlers, type LibraryDeps } from './library-requests';
import type { OutletService } from './outlets/outlet-service';
import { handleReaderLoad, type ReaderLoader } from './reader-requests';

/**
 * Every message the background receives comes through here, in one order: from
 * Parallax at all; of a type the background answers; from a sender that type allows
 * (core/protocol/protocol.ts); of the shape its validator accepts (validators.ts); then
 * to its handler in one table. Whatever arrives, the answer is a response object, never
 * a rejection: an unknown, malformed or refused message gets `{ ok: false, error }`.
 */

export type Handler<K extends BackgroundMessageType> = (request: RequestOf<K>, sender: RequestSender) => Promise<ResponseOf<K>>;

/** The router table: a handler for every message type the background answers. */
export type HandlerTable = { readonly [K in BackgroundMessageType]: Handler<K> };

export type Refusal = { ok: false; error: string };
export type BackgroundResponse = ResponseOf<BackgroundMessageType> | Refusal;

const refuse = (error: string): Refusal => ({ ok: false, error });

export function router(handlers: HandlerTable, self: ExtensionIdentity): (message: unknown, sender: RequestSender) => Promise<BackgroundResponse> {
  return async (message, sender) => {
    if (sender.id !== self.extensionId) return refuse('message from outside Parallax');
    const type = knownType(message, handlers);
    if (type === null) return refuse(`unknown message type ${quotedType(message)}`);
    const kind = senderKind(sender, self);
    const route = ROUTES[type];
    if (kind === null || !(route.from as readonly string[]).includes(kind)) return refuse(route.refusal);
    return answer(type, message, sender, handlers);
  };
}

async function answer<K extends BackgroundMessageType>(type: K, message: unknown, sender: RequestSender, handlers: HandlerTable): Promise<BackgroundResponse> {
  const request = VALIDATORS[type](message);
  if (typeof request === 'string') return refuse(request);
  try {
    return await handlers[type](request, sender);
  } catch (error) {
    return refuse(error instanceof Error ? error.message : 'the request failed');
  }
}

export interface MessageRoutes {
  /** Outlet profiles (background/outlets/outlet-service.ts). */
  outlets?: Pick<OutletService, 'handle' | 'clear'>;
  feeds: (request: FeedRequest) => Promise<FeedResponse>;
  /** Told when an article report was answered, stored or not (the space guard runs then). */
  afterReport: () => void;
  /** Injects the reader where the detector found an article (see reader-requests.ts). */
  reader: ReaderLoader;
}

export type RouterDeps = BackgroundDeps & Omit<LibraryDeps, 'db'> & Pick<ExtensionIdentity, 'extensionOrigin'>;

/** The background's table: each message type to the part that answers it. */
export function backgroundHandlers(deps: RouterDeps, routes: MessageRoutes): HandlerTable {
  const library = libraryHandlers(deps);
  const report = (request: RequestOf<'article:seen'> | RequestOf<'article:save'>, sender: RequestSender) => {
    const answered = handleArticleReport(request, sender, deps);
    void answered.finally(routes.afterReport);
    return answered;
  };
  // The feed and outlet services answer each request with the response of its type (their tests say which).
  const feeds =
    <K extends FeedRequest['type']>(_type: K): Handler<K> =>
    (request) =>
      routes.feeds(request).catch((error: unknown) => refuse(error instanceof Error ? error.message : 'the feeds could not be read')) as Promise<ResponseOf<K>>;
  const outlets =
    <K extends 'outlets:get' | 'outlets:note' | 'outlets:list'>(_type: K): Handler<K> =>
    (request) =>
      (routes.outlets ? routes.outlets.handle(request) : Promise.resolve(refuse('outlet requests come from Parallax’s own pages'))) as Promise<ResponseOf<K>>;
  return {
    'article:seen': report,
    'article:save': report,
    'matches:get': (request) => handleMatchesGet(request, deps),
    'reader:load': (_request, sender) => handleReaderLoad(sender, routes.reader, deps.now()),
    ...library,
    // Clearing the library clears what Parallax learnt about its outlets too.
    'library:clear': async (request) => {
      const response = await library['library:clear'](request);
      if (response.ok && routes.outlets) await routes.outlets.clear().catch(() => undefined);
      return response;
    },
    'feeds:list': feeds('feeds:list'),
    'feeds:follow': feeds('feeds:follow'),
    'feeds:update': feeds('feeds:update'),
    'feeds:remove': feeds('feeds:remove'),
    'feeds:check-now': feeds('feeds:check-now'),
    'feeds:set-interval': feeds('feeds:set-interval'),
    'feeds:follow-many': feeds('feeds:follow-many'),
    'feeds:progress': feeds('feeds:progress'),
    'feeds:coverage': feeds('feeds:coverage'),
    'outlets:get': outlets('outlets:get'),
    'outlets:note': outlets('outlets:note'),
    'outlets:list': outlets('outlets:list'),
  };
}

/** Answers one message with the background's table (tests, and the background's listener through `router`). */
export function routeMessage(message: unknown, sender: RequestSender, deps: RouterDeps, routes: MessageRoutes): Promise<BackgroundResponse> {
  return router(backgroundHandlers(deps, routes), deps)(message, sender);
}
