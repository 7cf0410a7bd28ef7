import type { FeedRequest, FeedResponse } from './feed-messages';
import type {
  LibraryClearResponse,
  LibraryDeleteResponse,
  LibraryExportPageResponse,
  LibraryFailure,
  LibraryImportAbortResponse,
  LibraryImportBeginResponse,
  LibraryImportChunkResponse,
  LibraryImportStatusResponse,
  LibraryOutletsResponse,
  LibraryRequest,
  LibrarySearchResponse,
  LibraryTransferRequest,
  SpaceNoticeResponse,
} from './library-messages';
import type {
  ArticleReport,
  ArticleSeenResponse,
  BackgroundRequest,
  ContentRequest,
  MatchesResponse,
  NextFlagResponse,
  PageState,
  ReaderLoadRequest,
  ReaderLoadResponse,
  SaveResponse,
} from './messages';
import type { ReadHtmlRequest } from './offscreen-messages';
import type { OutletListResponse, OutletNoteResponse, OutletRequest, OutletsResponse } from './outlet-messages';
import type { SenderKind } from './senders';

/**
 * Every message between the parts of Parallax, in one map: its request, its response,
 * who receives it and who may send it. The background's router (background/message-router.ts)
 * answers every type whose receiver is the background, after checking the sender here
 * and the request with its validator (validators.ts); senders go through the typed
 * `send` (platform/send-message.ts), so a request and its answer cannot drift apart.
 */

type Of<Union, Type> = Extract<Union, { type: Type }>;
/** The background answers any message it refuses, or fails to carry out, with its reason. */
export type Failure = { ok: false; error: string };
type Library<Response> = Response | LibraryFailure;
type FeedFailure = Extract<FeedResponse, { ok: false }>;
type FeedDone = { ok: true };
type FeedOutlet = Extract<FeedResponse, { outlet: unknown }>;

/** Request and response of each message type. */
export interface Protocol {
  'article:seen': { request: Of<BackgroundRequest, 'article:seen'>; response: ArticleSeenResponse | Failure };
  'article:save': { request: Of<BackgroundRequest, 'article:save'>; response: ArticleSeenResponse | Failure };
  'matches:get': { request: Of<BackgroundRequest, 'matches:get'>; response: MatchesResponse | Failure };
  'reader:load': { request: ReaderLoadRequest; response: ReaderLoadResponse };
  'library:search': { request: Of<LibraryRequest, 'library:search'>; response: Library<LibrarySearchResponse> };
  'library:outlets': { request: Of<LibraryRequest, 'library:outlets'>; response: Library<LibraryOutletsResponse> };
  'library:delete': { request: Of<LibraryRequest, 'library:delete'>; response: Library<LibraryDeleteResponse> };
  'library:clear': { request: Of<LibraryRequest, 'library:clear'>; response: Library<LibraryClearResponse> };
  'library:space-notice': { request: Of<LibraryRequest, 'library:space-notice'>; response: Library<SpaceNoticeResponse> };
  'library:dismiss-space-notice': { request: Of<LibraryRequest, 'library:dismiss-space-notice'>; response: Library<SpaceNoticeResponse> };
  'library:export-page': { request: Of<LibraryTransferRequest, 'library:export-page'>; response: Library<LibraryExportPageResponse> };
  'library:import-begin': { request: Of<LibraryTransferRequest, 'library:import-begin'>; response: Library<LibraryImportBeginResponse> };
  'library:import-chunk': { request: Of<LibraryTransferRequest, 'library:import-chunk'>; response: Library<LibraryImportChunkResponse> };
  'library:import-commit': { request: Of<LibraryTransferRequest, 'library:import-commit'>; response: Library<LibraryImportStatusResponse> };
  'library:import-status': { request: Of<LibraryTransferRequest, 'library:import-status'>; response: Library<LibraryImportStatusResponse> };
  'library:import-abort': { request: Of<LibraryTransferRequest, 'library:import-abort'>; response: Library<LibraryImportAbortResponse> };
  'feeds:list': { request: Of<FeedRequest, 'feeds:list'>; response: Extract<FeedResponse, { outlets: unknown }> | FeedFailure };
  'feeds:follow': { request: Of<FeedRequest, 'feeds:follow'>; response: FeedOutlet | FeedDone | FeedFailure };
  'feeds:update': { request: Of<FeedRequest, 'feeds:update'>; response: FeedOutlet | FeedDone | FeedFailure };
  'feeds:remove': { request: Of<FeedRequest, 'feeds:remove'>; response: FeedDone | FeedFailure };
  'feeds:check-now': { request: Of<FeedRequest, 'feeds:check-now'>; response: FeedDone | FeedFailure };
  'feeds:set-interval': { request: Of<FeedRequest, 'feeds:set-interval'>; response: FeedDone | FeedFailure };
  'feeds:follow-many': { request: Of<FeedRequest, 'feeds:follow-many'>; response: FeedDone | FeedFailure };
  'feeds:progress': { request: Of<FeedRequest, 'feeds:progress'>; response: Extract<FeedResponse, { progress: unknown }> | FeedFailure };
  'feeds:coverage': { request: Of<FeedRequest, 'feeds:coverage'>; response: Extract<FeedResponse, { coverage: unknown }> | FeedFailure };
  'outlets:get': { request: Of<OutletRequest, 'outlets:get'>; response: OutletsResponse | Failure };
  'outlets:note': { request: Of<OutletRequest, 'outlets:note'>; response: OutletNoteResponse | Failure };
  'outlets:list': { request: Of<OutletRequest, 'outlets:list'>; response: OutletListResponse | Failure };
  'page:get-state': { request: Of<ContentRequest, 'page:get-state'>; response: PageState };
  'page:save': { request: Of<ContentRequest, 'page:save'>; response: SaveResponse };
  'page:next-flag': { request: Of<ContentRequest, 'page:next-flag'>; response: NextFlagResponse };
  /** Null when the page is not an article; the background checks the report (offscreen-messages.ts). */
  'offscreen:read-html': { request: ReadHtmlRequest; response: ArticleReport | null };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];
/** What a sender writes besides the type. */
export type RequestBody<K extends MessageType> = Omit<RequestOf<K>, 'type'>;

/** Which part answers a message: the background, the content script of a tab, or the offscreen document. */
export type Receiver = 'background' | 'content' | 'offscreen';

export interface Route {
  to: Receiver;
  /** Who may send it. */
  from: readonly SenderKind[];
  /** The answer to a sender not in `from`. */
  refusal: string;
}

const OWN_PAGES = ['extension-page'] as const;
const library = { to: 'background', from: OWN_PAGES, refusal: 'library requests come from Parallax’s own pages' } as const;
const feeds = { to: 'background', from: OWN_PAGES, refusal: 'feed requests come from Parallax’s own pages' } as const;
const outlets = { to: 'background', from: OWN_PAGES, refusal: 'outlet requests come from Parallax’s own pages' } as const;
const toPage = { to: 'content', from: ['extension-page', 'background'], refusal: 'page requests come from Parallax' } as const;

/** Receiver and allowed senders of every message type. */
export const ROUTES = {
  // A page's own report of what it read: from the content script of a tab (its top frame, checked by the handler).
  'article:seen': { to: 'background', from: ['content'], refusal: 'article reports come from tabs' },
  'article:save': { to: 'background', from: ['content'], refusal: 'article reports come from tabs' },
  'reader:load': { to: 'background', from: ['content'], refusal: 'the reader is loaded into web pages only' },
  // The library is read and changed by Parallax's own pages only, never by a page's script.
  'matches:get': { to: 'background', from: OWN_PAGES, refusal: 'the library’s matches are for Parallax’s own pages' },
  'library:search': library,
  'library:outlets': library,
  'library:delete': library,
  'library:clear': library,
  'library:space-notice': library,
  'library:dismiss-space-notice': library,
  'library:export-page': library,
  'library:import-begin': library,
  'library:import-chunk': library,
  'library:import-commit': library,
  'library:import-status': library,
  'library:import-abort': library,
  'feeds:list': feeds,
  'feeds:follow': feeds,
  'feeds:update': feeds,
  'feeds:remove': feeds,
  'feeds:check-now': feeds,
  'feeds:set-interval': feeds,
  'feeds:follow-many': feeds,
  'feeds:progress': feeds,
  'feeds:coverage': feeds,
  'outlets:get': outlets,
  'outlets:note': outlets,
  'outlets:list': outlets,
  // The popup asks the page it shows; the background relays the shortcut and the menu's Save.
  'page:get-state': toPage,
  'page:save': toPage,
  'page:next-flag': toPage,
  'offscreen:read-html': { to: 'offscreen', from: ['background'], refusal: 'the offscreen reader answers the background only' },
} as const satisfies { readonly [K in MessageType]: Route };

export const MESSAGE_TYPES = Object.keys(ROUTES) as MessageType[];

/** The message types one part answers. */
export type TypesTo<R extends Receiver> = {
  [K in MessageType]: (typeof ROUTES)[K]['to'] extends R ? K : never;
}[MessageType];

export function typesTo(receiver: Receiver): MessageType[] {
  return MESSAGE_TYPES.filter((type) => ROUTES[type].to === receiver);
}
