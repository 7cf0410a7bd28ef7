import type { FeedRequest, FeedResponse, OutletView } from '../../core/protocol/feed-messages';
import { isDue } from '../../core/feeds/fetch-policy';
import { EMPTY_FEED_STATE, type FeedState } from '../../core/feeds/feed-state';
import { newOutlet, originPatternsFor, releasableOrigins, type Outlet } from '../../core/feeds/outlet';
import { urlAllowedBy } from '../../core/settings/match-pattern';
import { addStoryDays, coverageOf } from '../../core/feeds/coverage';
import { checkOutlet, type CheckDeps, type OutletCheck } from './check-outlet';
import { exclusive, limitConcurrency } from './limit-concurrency';
import type { FeedStore } from './feed-store';
import { findFeed, type FoundFeed } from './find-feed';
import { followMany } from './follow-many';

/**
 * The background's side of following outlets: answers the options page and the popup,
 * and checks the feeds that are due when the alarm rings. Checks run one at a time, so
 * two alarms (or an alarm and "check now") never fetch or save the same story twice.
 */

export interface FeedLibrary {
  has(url: string): Promise<boolean>;
  save: CheckDeps['save'];
  /** How many of these addresses the library still holds. */
  countHeld(urls: readonly string[]): Promise<number>;
  /** Deletes these articles, except those the reader saved by hand; returns how many went. */
  deleteUnsaved(urls: readonly string[]): Promise<number>;
}

export interface FeedServiceDeps extends Omit<CheckDeps, 'inLibrary' | 'save'> {
  store: FeedStore;
  library: FeedLibrary;
  /** Re-arms the periodic alarm after the interval changed. */
  schedule(minutes: number): Promise<void>;
  /** Host access the reader's other choices still need (automatic reading), as match patterns. */
  stillWanted(): Promise<string[]>;
  /** Gives host access back to the browser. */
  releaseOrigins(patterns: string[]): Promise<unknown>;
  /** Outlets checked (or sites looked at) side by side. @default CHECK_CONCURRENCY */
  concurrency?: number;
}

/** Six at a time: a browser opens about as many connections to one host, and a first check of forty sites is not held up by a few slow ones. */
export const CHECK_CONCURRENCY = 6;

export interface FeedService {
  handle(request: FeedRequest): Promise<FeedResponse>;
  /** The alarm: checks every outlet whose feeds are due. */
  checkDue(): Promise<void>;
}

export function feedService(deps: FeedServiceDeps): FeedService {
  const checking = new Set<string>();
  const slots = limitConcurrency(deps.concurrency ?? CHECK_CONCURRENCY);
  const writing = exclusive();
  const checkDeps: CheckDeps = { ...deps, inLibrary: (url) => deps.library.has(url), save: (report, id) => deps.library.save(report, id) };

  /**
   * Checks these outlets, a few at a time (a slow site holds one slot, not the queue);
   * resolves when all are done. An outlet already being checked is not checked again.
   * What each check found is written back one outlet at a time.
   */
  const check = (ids: string[], onChecked?: (id: string, result: OutletCheck | null) => Promise<void>): Promise<void> => {
    const fresh = ids.filter((id) => !checking.has(id));
    fresh.forEach((id) => checking.add(id));
    const one = async (id: string): Promise<void> => {
      let result: OutletCheck | null = null;
      try {
        const outlet = (await deps.store.outlets()).find((o) => o.id === id);
        if (!outlet) return;
        const guids = await deps.store.seenGuids(id);
        const checked = await checkOutlet(outlet, await deps.store.states(), guids, checkDeps);
        await writing(async () => {
          // Removed while it was checked: nothing of it is written back.
          if (!(await deps.store.outlets()).some((o) => o.id === id)) return;
          // Re-read before writing: the reader, or another check, may have changed other outlets meanwhile.
          const states = await deps.store.states();
          for (const feed of checked.feeds) states[feed.feedUrl] = feed.state;
          await deps.store.saveStates(states);
          await deps.store.saveSeenGuids(id, guids);
          if (checked.added.length > 0) {
            await deps.store.saveOutletArticles(id, [...(await deps.store.outletArticles(id)), ...checked.added]);
            await deps.store.saveStoryDays(id, addStoryDays(await deps.store.storyDays(id), checked.addedDays, deps.now()));
          }
          result = checked;
        });
      } catch (error) {
        console.warn('Parallax: checking an outlet failed', error);
      } finally {
        checking.delete(id);
        await onChecked?.(id, result).catch(() => undefined);
      }
    };
    return Promise.all(fresh.map((id) => slots(() => one(id)))).then(() => undefined);
  };

  const many = followMany({
    now: deps.now,
    find: async (url) => slots(async () => findFeed(url, { fetch: deps.fetch, now: deps.now, granted: await deps.grantedOrigins() })),
    add: (found, name) => writing(async () => addOutlet(found, name)),
    check,
    save: (progress) => deps.store.saveFollowProgress(progress),
  });

  /** Saves the outlet a found feed belongs to (or adds the feed to the outlet already followed). */
  const addOutlet = async (found: Extract<FoundFeed, { ok: true }>, name: string | null, fetchFullText = false): Promise<{ id: string } | { error: string }> => {
    const made = newOutlet(found.siteUrl, [found.feedUrl], deps.now(), name ?? (found.feed.title || undefined));
    if (!made) return { error: 'That address cannot be followed.' };
    const outlets = await deps.store.outlets();
    const existing = outlets.find((o) => o.id === made.id);
    if (existing) existing.feedUrls = [...new Set([...existing.feedUrls, ...made.feedUrls])];
    else outlets.push({ ...made, fetchFullText });
    await deps.store.saveOutlets(outlets);
    return { id: made.id };
  };

  const views = async (): Promise<OutletView[]> => {
    const [outlets, states, granted] = await Promise.all([deps.store.outlets(), deps.store.states(), deps.grantedOrigins()]);
    const counts = await Promise.all(
      outlets.map(async (outlet) => deps.library.countHeld(await deps.store.outletArticles(outlet.id)).catch(() => 0)),
    );
    return outlets.map((outlet, i) => outletView(outlet, states, counts[i] ?? 0, granted, checking.has(outlet.id)));
  };

  const updateOutlet = async (id: string, change: (outlet: Outlet) => Outlet): Promise<Outlet | null> => {
    const outlets = await deps.store.outlets();
    const index = outlets.findIndex((o) => o.id === id);
    if (index < 0) return null;
    outlets[index] = change(outlets[index]!);
    await deps.store.saveOutlets(outlets);
    return outlets[index]!;
  };

  return {
    async handle(request) {
      switch (request.type) {
        case 'feeds:list':
          return { ok: true, outlets: await views(), intervalMinutes: await deps.store.intervalMinutes() };
        case 'feeds:follow': {
          const found = await findFeed(request.url, { fetch: deps.fetch, now: deps.now, granted: await deps.grantedOrigins() });
          if (!found.ok) return found;
          const added = await writing(() => addOutlet(found, request.name, request.fetchFullText ?? false));
          if ('error' in added) return { ok: false, error: added.error };
          const outlet = { id: added.id };
          void check([outlet.id]);
          const view = (await views()).find((v) => v.id === outlet.id);
          return view ? { ok: true, outlet: view } : { ok: false, error: 'The outlet could not be saved.' };
        }
        case 'feeds:update': {
          const updated = await updateOutlet(request.id, (outlet) => ({
            ...outlet,
            ...(request.name !== undefined ? { name: request.name } : {}),
            ...(request.paused !== undefined ? { paused: request.paused } : {}),
            ...(request.fetchFullText !== undefined ? { fetchFullText: request.fetchFullText } : {}),
          }));
          return updated ? { ok: true } : { ok: false, error: 'No such outlet.' };
        }
        case 'feeds:remove': {
          const outlets = await deps.store.outlets();
          const outlet = outlets.find((o) => o.id === request.id);
          if (!outlet) return { ok: false, error: 'No such outlet.' };
          const remaining = outlets.filter((o) => o.id !== request.id);
          await deps.store.saveOutlets(remaining);
          const states = await deps.store.states();
          for (const url of outlet.feedUrls) delete states[url];
          await deps.store.saveStates(states);
          await deps.store.forgetGuids(outlet.id);
          if (request.deleteArticles) await deps.library.deleteUnsaved(await deps.store.outletArticles(outlet.id));
          await deps.store.saveOutletArticles(outlet.id, []);
          await deps.store.saveStoryDays(outlet.id, {});
          // Access no longer used goes back; failing to give it back loses nothing.
          const unused = releasableOrigins(outlet, remaining, await deps.stillWanted().catch(() => ['<all_urls>']));
          if (unused.length > 0) await deps.releaseOrigins(unused).catch(() => undefined);
          return { ok: true };
        }
        case 'feeds:check-now': {
          const outlets = await deps.store.outlets();
          const ids = request.id === null ? outlets.filter((o) => !o.paused).map((o) => o.id) : outlets.filter((o) => o.id === request.id).map((o) => o.id);
          if (ids.length === 0) return { ok: false, error: 'No such outlet.' };
          void check(ids);
          return { ok: true };
        }
        case 'feeds:follow-many': {
          const running = many.progress();
          if (running && running.finishedAt === null) return { ok: false, error: 'Parallax is still following the outlets picked before.' };
          void many.start(request.sites);
          return { ok: true };
        }
        case 'feeds:progress':
          return { ok: true, progress: many.progress() ?? (await deps.store.followProgress()) };
        case 'feeds:coverage': {
          const outlets = await deps.store.outlets();
          const withDays = await Promise.all(outlets.map(async (outlet) => ({ ...outlet, storyDays: await deps.store.storyDays(outlet.id) })));
          return { ok: true, coverage: coverageOf(withDays, request.article, request.accounts, deps.now()) };
        }
        case 'feeds:set-interval':
          await deps.store.saveIntervalMinutes(request.minutes);
          await deps.schedule(request.minutes);
          return { ok: true };
      }
    },

    async checkDue() {
      const [outlets, states, minutes] = await Promise.all([deps.store.outlets(), deps.store.states(), deps.store.intervalMinutes()]);
      const now = deps.now();
      const due = outlets.filter(
        (outlet) => !outlet.paused && outlet.feedUrls.some((url) => isDue(states[url] ?? EMPTY_FEED_STATE, now, minutes * 60_000)),
      );
      await check(due.map((outlet) => outlet.id));
    },
  };
}

export function outletView(outlet: Outlet, states: Readonly<Record<string, FeedState>>, articleCount: number, granted: readonly string[], checking: boolean): OutletView {
  const feedStates = outlet.feedUrls.map((url) => states[url] ?? EMPTY_FEED_STATE);
  const latest = (pick: (s: FeedState) => number | null): number | null => {
    const times = feedStates.map(pick).filter((t): t is number => t !== null);
    return times.length > 0 ? Math.max(...times) : null;
  };
  const failing = feedStates.filter((s) => s.lastError !== null).sort((a, b) => (b.lastCheck ?? 0) - (a.lastCheck ?? 0));
  return {
    id: outlet.id,
    name: outlet.name,
    siteUrl: outlet.siteUrl,
    feedUrls: outlet.feedUrls,
    paused: outlet.paused,
    fetchFullText: outlet.fetchFullText,
    addedAt: outlet.addedAt,
    lastCheck: latest((s) => s.lastCheck),
    lastSuccess: latest((s) => s.lastSuccess),
    itemCount: feedStates.reduce((sum, s) => sum + s.itemCount, 0),
    articleCount,
    lastError: failing[0]?.lastError?.message ?? null,
    missingOrigins: originPatternsFor(outlet.feedUrls.filter((url) => !urlAllowedBy(url, granted))),
    checking,
  };
}
