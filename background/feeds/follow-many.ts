import type { FollowProgress, FollowRow } from '../../core/feeds/follow-progress';
import type { OutletCheck } from './check-outlet';
import type { FoundFeed } from './find-feed';

/**
 * Following the sites the reader picked (the starter set) and their first check, at once
 * and side by side: each site's feed is looked for, the outlet saved and checked as soon
 * as it is found, without waiting for the slowest site. Every step updates that site's
 * row; a site that fails says why in its row and the others go on.
 */

export interface FollowManyDeps {
  now(): number;
  /** Looks for the site's feed (one of the concurrency slots). */
  find(url: string): Promise<FoundFeed>;
  /** Saves the outlet the feed belongs to; its id, or an error in the reader's words. */
  add(found: Extract<FoundFeed, { ok: true }>, name: string): Promise<{ id: string } | { error: string }>;
  /** Checks the outlet; `onChecked` hears how it went (null when the check itself broke). */
  check(ids: string[], onChecked: (id: string, result: OutletCheck | null) => Promise<void>): Promise<void>;
  save(progress: FollowProgress): Promise<void>;
}

export interface FollowMany {
  start(sites: ReadonlyArray<{ url: string; name: string }>): Promise<void>;
  /** The current or last run, as it stands. */
  progress(): FollowProgress | null;
}

export function followMany(deps: FollowManyDeps, stored: FollowProgress | null = null): FollowMany {
  let current: FollowProgress | null = stored;
  // Writes go out in order, so the stored record never steps back to an older state.
  let saving: Promise<void> = Promise.resolve();
  const persist = () => {
    const snapshot = structuredClone(current);
    if (snapshot) saving = saving.then(() => deps.save(snapshot)).catch(() => undefined);
    return saving;
  };

  const followOne = async (progress: FollowProgress, row: FollowRow): Promise<void> => {
    const update = (change: Partial<FollowRow>) => {
      Object.assign(row, change);
      return persist();
    };
    const found = await deps.find(row.site).catch((error: unknown): FoundFeed => ({ ok: false, error: String(error) }));
    if (!found.ok) return update({ status: 'no-feed', error: found.error });
    const added = await deps.add(found, row.name);
    if ('error' in added) return update({ status: 'no-feed', error: added.error });
    await update({ outletId: added.id, status: 'checking' });
    await deps.check([added.id], async (_id, result) => {
      const failures = result?.feeds.map((feed) => feed.state.lastError).filter((error) => error !== null) ?? [];
      if (result === null) await update({ status: 'failed', error: 'The check could not be finished.' });
      else if (failures.length === result.feeds.length) await update({ status: 'failed', error: failures[0]!.message });
      else await update({ status: 'read', error: null, stories: row.stories + result.added.length });
    });
    // Already being checked (followed before): the row is settled by what the list shows later.
    if (row.status === 'checking') await update({ status: 'read' });
  };

  return {
    async start(sites) {
      const progress: FollowProgress = {
        startedAt: deps.now(),
        finishedAt: null,
        rows: sites.map((site) => ({ site: site.url, name: site.name, outletId: null, status: 'finding', error: null, stories: 0 })),
      };
      current = progress;
      await persist();
      await Promise.all(progress.rows.map((row) => followOne(progress, row)));
      progress.finishedAt = deps.now();
      await persist();
    },
    progress: () => (current ? structuredClone(current) : null),
  };
}
