import { feedService, type FeedLibrary } from '../background/feeds/feed-service';
import { feedStore, type KeyValueArea } from '../background/feeds/feed-store';
import { summariseFollow, type FollowProgress } from '../core/feeds/follow-progress';
import { flagSummaries } from '../core/framing/flag-summaries';
import { parseStarterSet } from '../core/starter/starter-outlet';
import { startStarterWorld } from '../scripts/starter-world';
import data from '../tests/fixtures/starter-world/starter-set.json';
import type { BenchRow } from './harness';

/**
 * The first check of the whole starter set: forty outlets of the fixture world (one slow
 * by SLOW_MS on every answer, one that drops the connection, one whose feed is a web
 * page, one whose feed redirects off the allowed sites), followed and checked with full
 * articles off, from "follow" until the last row is settled. The background's feed code
 * runs as it is, in Node, on an in-memory store and library. Baseline: the same run one
 * site at a time, as checks ran before they ran side by side.
 */

const GOAL_MS = 60_000;

export async function runStarterBench(): Promise<BenchRow[]> {
  const world = await startStarterWorld();
  try {
    const outlets = parseStarterSet(data).outlets;
    const sites = outlets.map((o) => ({ url: o.site, name: o.name }));
    const worldFetch = throughWorld(world.port);
    const baseline = await firstCheck(sites, worldFetch, 1);
    const candidate = await firstCheck(sites, worldFetch, undefined);
    const summary = summariseFollow(candidate.progress);
    return [
      {
        suite: 'starter',
        name: `first check of ${sites.length} outlets (full articles off), six at a time`,
        baseline: 'the same, one site at a time',
        baselineMs: baseline.ms,
        candidateMs: candidate.ms,
        ratio: candidate.ms / baseline.ms,
        goal: `< ${GOAL_MS / 1000} s`,
        pass: candidate.ms < GOAL_MS,
        extra: {
          read: summary.read,
          failed: summary.failed,
          stories: summary.stories,
          settledBeforeSlow: candidate.settledBeforeSlow,
          baselineSettledBeforeSlow: baseline.settledBeforeSlow,
          // Everyone but the slow outlet settled after this long (the slow one answers each request SLOW_MS late, three requests in all).
          othersSettledMs: Math.round(candidate.othersMs),
        },
      },
    ];
  } finally {
    await world.close();
  }
}

async function firstCheck(sites: Array<{ url: string; name: string }>, fetch: typeof globalThis.fetch, concurrency: number | undefined) {
  const data = new Map<string, unknown>();
  const area: KeyValueArea = {
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
  };
  const held = new Set<string>();
  const library: FeedLibrary = {
    has: async (url) => held.has(url),
    save: async (report) => void held.add(report.url),
    countHeld: async (urls) => urls.filter((u) => held.has(u)).length,
    deleteUnsaved: async () => 0,
  };
  const service = feedService({
    store: feedStore(area),
    library,
    fetch,
    now: () => Date.now(),
    grantedOrigins: async () => sites.map((s) => `${new URL(s.url).origin}/*`),
    flag: flagSummaries,
    schedule: async () => undefined,
    stillWanted: async () => [],
    releaseOrigins: async () => undefined,
    concurrency,
  });
  const begin = performance.now();
  await service.handle({ type: 'feeds:follow-many', sites });
  // Who settled while the slow outlet had not: the order, not the time, shows it held nobody back.
  let settledBeforeSlow = 0;
  let othersMs = NaN;
  for (;;) {
    const answer = await service.handle({ type: 'feeds:progress' });
    const progress = 'progress' in answer ? answer.progress : null;
    if (progress) {
      const slow = progress.rows.find((row) => row.site.startsWith('http://south-independent.'));
      if (slow && (slow.status === 'finding' || slow.status === 'checking')) {
        settledBeforeSlow = summariseFollow(progress).done;
        if (settledBeforeSlow === progress.rows.length - 1 && Number.isNaN(othersMs)) othersMs = performance.now() - begin;
      }
      if (progress.finishedAt !== null) return { ms: performance.now() - begin, progress: progress as FollowProgress, settledBeforeSlow, othersMs };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * `fetch` into the fixture world: *.parallax.test goes to the world's port with the host
 * named in a header, and redirects are followed here so the final address is the world's
 * name for it, as a browser reports it.
 */
function throughWorld(port: number): typeof globalThis.fetch {
  const go = async (url: string, init: RequestInit | undefined, hops: number): Promise<Response> => {
    const target = new URL(url);
    const headers = new Headers(init?.headers);
    headers.set('x-parallax-host', target.host);
    const response = await globalThis.fetch(`http://127.0.0.1:${port}${target.pathname}${target.search}`, { ...init, headers, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location && hops < 5) return go(new URL(location, url).href, init, hops + 1);
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
  return ((input: RequestInfo | URL, init?: RequestInit) => go(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init, 0)) as typeof globalThis.fetch;
}
