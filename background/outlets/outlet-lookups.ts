import { lookupDue, type LookupFailureStatus, type OutletProfile } from '../../core/outlet/outlet-profile';
import { backoffMs } from '../../core/outlet/retry-after';
import { isLookupSite } from '../../core/outlet/wikidata-query';
import { siteOf } from '../../core/identity/outlet-site';
import type { OutletStore } from './outlet-store';
import { LookupFailure, type ClientDeps } from './wikidata-client';
import { lookUpOutlet } from './wikidata-lookup';

/**
 * The background's queue of Wikidata lookups: one outlet at a time, a pause between
 * them, only while the reader's setting is on and the browser grants access to Wikidata.
 * A profile is looked up when it was never looked up, 30 days after the last answer, or
 * once a failure's wait is over. A rate limit (429) or a lost connection pauses the whole
 * queue until its `Retry-After` (or a backoff); every failure is stored on the profile as
 * a state the popup explains, and nothing else waits on a lookup.
 */

export interface LookupDeps {
  store: OutletStore;
  /** Reads the endpoints each time: a test build may change them (wikidata-endpoints.ts). */
  client: () => Promise<ClientDeps>;
  /** The reader's setting is on and the browser grants the endpoints' origins. */
  allowed: () => Promise<boolean>;
  languages: () => readonly string[];
  now: () => number;
  /** Addresses of the library's articles: a sweep gives each of their sites a profile, so each outlet is looked up once. @default none */
  librarySites?: () => Promise<string[]>;
  /** @default 1000 */
  pauseMs?: number;
}

export interface OutletLookups {
  /** Queues the sites whose profiles are due; returns at once. */
  request(sites: readonly string[]): void;
  /** Queues every stored profile that is due (the setting was turned on; a daily alarm). */
  sweep(): void;
  /** Settles when the queue is empty (tests). */
  idle(): Promise<void>;
  /** Sites waiting or being looked up now. */
  pending(): ReadonlySet<string>;
}

export function outletLookups(deps: LookupDeps): OutletLookups {
  const queue = new Set<string>();
  let pausedUntil = 0;
  let running: Promise<void> | null = null;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function lookUpOne(site: string, profile: OutletProfile): Promise<void> {
    const client = await deps.client();
    try {
      const found = await lookUpOutlet(site, deps.languages(), client);
      const at = deps.now();
      await deps.store.update(site, (p) => ({ ...p, wikidata: found ?? null, lookup: found ? { status: 'found', at } : { status: 'unknown', at } }));
    } catch (error) {
      const failure = error instanceof LookupFailure ? error : new LookupFailure('failed', 'the answer could not be read');
      const at = deps.now();
      const failures = 'failures' in profile.lookup ? profile.lookup.failures + 1 : 1;
      const retryAt = at + (failure.retryAfterMs ?? backoffMs(failures));
      const status: LookupFailureStatus = failure.kind;
      // Facts read earlier stay: a failed refresh does not unlearn them.
      await deps.store.update(site, (p) => ({ ...p, lookup: { status, at, retryAt, failures } }));
      // Wikidata asked for a pause, or nothing is reachable: the other outlets would fare no better.
      if (status === 'rate-limited' || status === 'offline') pausedUntil = retryAt;
    }
  }

  async function drain(): Promise<void> {
    while (queue.size > 0) {
      if (deps.now() < pausedUntil || !(await deps.allowed())) {
        queue.clear();
        return;
      }
      const site = queue.values().next().value!;
      try {
        // A site asked for without a profile (an outlet known only from its feed's stories) gets one.
        const profile = (await deps.store.get(site)) ?? (await deps.store.update(site, (p) => p));
        if (lookupDue(profile.lookup, deps.now())) {
          await lookUpOne(site, profile);
          await pause(deps.pauseMs ?? 1_000);
        }
      } catch {
        // The store failed: this outlet waits for the next request; the queue goes on.
      } finally {
        queue.delete(site);
      }
    }
  }

  function start(): void {
    running ??= drain().finally(() => {
      running = null;
      if (queue.size > 0 && deps.now() >= pausedUntil) start();
    });
  }

  function request(sites: readonly string[]): void {
    for (const site of sites) if (isLookupSite(site)) queue.add(site);
    if (queue.size > 0) start();
  }

  return {
    request,
    sweep() {
      void (async () => {
        if (!(await deps.allowed())) return;
        const known = new Set((await deps.store.all()).map((p) => p.site));
        const urls = (await deps.librarySites?.().catch(() => [])) ?? [];
        for (const site of new Set(urls.map(siteOf).filter((s): s is string => s !== null && !known.has(s)))) {
          await deps.store.update(site, (p) => p);
        }
        const profiles = await deps.store.all();
        request(profiles.filter((p) => lookupDue(p.lookup, deps.now())).map((p) => p.site));
      })().catch(() => undefined);
    },
    idle: async () => {
      while (running) await running;
    },
    pending: () => queue,
  };
}
