import type { FeedResponse, OutletView } from '../../core/protocol/feed-messages';
import type { RequestBody, ResponseOf } from '../../core/protocol/protocol';
import { send } from '../../platform/send-message';
import type { Coverage } from '../../core/feeds/coverage';
import type { FollowProgress } from '../../core/feeds/follow-progress';

/**
 * The UI's side of the feeds messages (the options page and the popup); a failure of any
 * kind, a background that does not answer included, comes back as `{ ok: false }`.
 */

export type FeedFailure = Extract<FeedResponse, { ok: false }>;
export type FeedList = Extract<FeedResponse, { outlets: OutletView[] }>;
export type FeedOutlet = Extract<FeedResponse, { outlet: OutletView }>;
export type FeedDone = { ok: true };

type FeedMessageType = Extract<Parameters<typeof send>[0], `feeds:${string}`>;

export async function askFeeds<K extends FeedMessageType>(type: K, request: RequestBody<K>): Promise<ResponseOf<K>> {
  try {
    const answer = await send(type, request);
    // A background that predates feeds answers with something else, or nothing.
    if (typeof answer !== 'object' || answer === null || typeof answer.ok !== 'boolean') return { ok: false, error: 'the background did not answer' };
    return answer;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function listFeeds(): Promise<FeedList | FeedFailure> {
  const answer = await askFeeds('feeds:list', {});
  return answer.ok && !Array.isArray(answer.outlets) ? { ok: false, error: 'the background did not list the outlets' } : answer;
}

/** Follows the outlet at a site or feed address; the caller asked for its origin first. */
export function followOutlet(url: string, name: string | null): Promise<FeedOutlet | FeedDone | FeedFailure> {
  return askFeeds('feeds:follow', { url, name });
}

export function updateOutlet(id: string, change: { name?: string; paused?: boolean; fetchFullText?: boolean }): Promise<FeedOutlet | FeedDone | FeedFailure> {
  return askFeeds('feeds:update', { id, ...change });
}

export function removeOutlet(id: string, deleteArticles: boolean): Promise<FeedDone | FeedFailure> {
  return askFeeds('feeds:remove', { id, deleteArticles });
}

/** Checks one outlet now, or every outlet when `id` is null. */
export function checkNow(id: string | null): Promise<FeedDone | FeedFailure> {
  return askFeeds('feeds:check-now', { id });
}

/** Follows these sites and checks them; the caller asked for all their origins first, in one prompt. */
export function followMany(sites: Array<{ url: string; name: string }>): Promise<FeedDone | FeedFailure> {
  return askFeeds('feeds:follow-many', { sites });
}

export async function followProgress(): Promise<FollowProgress | null> {
  const answer = await askFeeds('feeds:progress', {});
  return answer.ok && 'progress' in answer ? answer.progress : null;
}

/** Which followed outlets published around the article's date, and which had an account of it; null when it cannot be said. */
export async function coverageFor(article: { url: string; siteName: string | null; publishedTime: string | null }, accounts: Array<{ url: string; siteName: string | null }>): Promise<Coverage | null> {
  const answer = await askFeeds('feeds:coverage', { article, accounts });
  return answer.ok && 'coverage' in answer ? answer.coverage : null;
}

export function setCheckInterval(minutes: number): Promise<FeedDone | FeedFailure> {
  return askFeeds('feeds:set-interval', { minutes });
}

/** Runs one request from the options page, says how it went and lists the outlets again; resolves to whether it succeeded. */
export type RunFeedAction = (send: () => Promise<FeedDone | FeedFailure>, done: string) => Promise<boolean>;
