import { isFeedMessage, parseFeedRequest, type FeedRequest, type FeedResponse } from '../core/protocol/feed-messages';
import { handleRequest, type BackgroundDeps, type BackgroundResponse, type RequestSender } from './article-requests';
import { fromExtensionPage } from './library-requests';
import { handleReaderLoad, type ReaderLoader } from './reader-requests';
import { isReaderLoadRequest, type ReaderLoadResponse } from '../core/protocol/messages';
import { isOutletMessage, type OutletResponse } from '../core/protocol/outlet-messages';
import type { OutletService } from './outlets/outlet-service';

export interface MessageRoutes {
  /** Outlet profiles (background/outlets/outlet-service.ts). */
  outlets?: Pick<OutletService, 'handle' | 'clear'>;
  feeds: (request: FeedRequest) => Promise<FeedResponse>;
  /** Told when an article report was answered, stored or not (the space guard runs then). */
  afterReport: () => void;
  /** Injects the reader where the detector found an article (see reader-requests.ts). */
  reader: ReaderLoader;
}

/** A page's report of an article it read, which may have been stored. */
function isArticleReport(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'article:seen' || type === 'article:save';
}

function isLibraryClear(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === 'library:clear';
}

/**
 * Every message the background receives comes through here: feed requests only from
 * Parallax's own pages, the detector's request for the reader to reader-requests.ts,
 * everything else to handleRequest, which checks its own senders. Whatever arrives, the
 * answer is a response object, never a rejection.
 */
export function routeMessage(
  message: unknown,
  sender: RequestSender,
  deps: BackgroundDeps,
  routes: MessageRoutes,
): Promise<BackgroundResponse | FeedResponse | ReaderLoadResponse | OutletResponse> {
  if (isReaderLoadRequest(message)) return handleReaderLoad(sender, deps.extensionId, routes.reader, deps.now());
  if (isOutletMessage(message)) {
    if (!routes.outlets || !fromExtensionPage(sender, deps)) return Promise.resolve({ ok: false, error: 'outlet requests come from Parallax’s own pages' });
    return routes.outlets.handle(message);
  }
  if (!isFeedMessage(message)) {
    const answer = handleRequest(message, sender, deps);
    if (isArticleReport(message)) void answer.finally(routes.afterReport);
    // Clearing the library clears what Parallax learnt about its outlets too.
    if (isLibraryClear(message) && routes.outlets) {
      const outlets = routes.outlets;
      return answer.then(async (response) => (response.ok ? outlets.clear().then(() => response, () => response) : response));
    }
    return answer;
  }
  if (!fromExtensionPage(sender, deps)) return Promise.resolve({ ok: false, error: 'feed requests come from Parallax’s own pages' });
  const request = parseFeedRequest(message);
  if (typeof request === 'string') return Promise.resolve({ ok: false, error: request });
  return routes.feeds(request).catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : 'the feeds could not be read' }));
}
