import { describe, expect, test, vi } from 'vitest';
import type { FeedService } from '../../../background/feeds/feed-service';
import type { FollowProgress } from '../../../core/feeds/follow-progress';
import { summariseFollow } from '../../../core/feeds/follow-progress';
import { NOW, reply, rss, serve, serviceSetup, type Route } from './fakes';

/**
 * Following the starter set: every site looked for and checked side by side, each row
 * saying how it went, a slow or dead site holding back nobody else.
 */

const SITES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
const site = (name: string) => `https://${name}.example/`;
const feed = (name: string) => `https://${name}.example/feed.xml`;
const GRANTED = [...SITES, 'slow', 'dead', 'offsite', 'htmlfeed', 'elsewhere'].map((name) => `https://${name}.example/*`);

/** A home page that links its feed, and the feed with two stories of that day. */
function outletRoutes(name: string): Record<string, Route> {
  return {
    [site(name)]: serve(`<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>${name}</body></html>`, 'text/html'),
    [feed(name)]: serve(
      rss(`${name} news`, [1, 2].map((n) => ({ url: `${site(name)}story-${n}`, title: `${name} story ${n}`, guid: `${name}-${n}`, published: 'Fri, 14 Mar 2025 09:00:00 GMT' })), site(name)),
    ),
  };
}

async function progressOf(service: FeedService): Promise<FollowProgress> {
  const answer = await service.handle({ type: 'feeds:progress' });
  if (!('progress' in answer) || !answer.progress) throw new Error(`no progress: ${JSON.stringify(answer)}`);
  return answer.progress;
}

const rowOf = (progress: FollowProgress, name: string) => progress.rows.find((row) => row.site === site(name))!;

describe('feeds:follow-many', () => {
  test('follows and checks every site, and counts what came in', async () => {
    const routes = Object.assign({}, ...SITES.map(outletRoutes)) as Record<string, Route>;
    const { service, store, lib } = setup(routes);
    expect(await service.handle({ type: 'feeds:follow-many', sites: SITES.map((name) => ({ url: site(name), name })) })).toEqual({ ok: true });
    await vi.waitFor(async () => expect((await progressOf(service)).finishedAt).toBe(NOW));
    const progress = await progressOf(service);
    expect(summariseFollow(progress)).toEqual({ outlets: 8, done: 8, read: 8, failed: 0, stories: 16 });
    expect((await store.outlets()).map((o) => o.name)).toEqual(expect.arrayContaining(SITES));
    expect(lib.saved).toHaveLength(16);
    // Stored too: a page opened later sees the same rows.
    expect(await store.followProgress()).toEqual(progress);
    // Each outlet's stories are counted under their day, for coverage.
    expect(await store.storyDays('alpha.example')).toEqual({ [String(Math.floor(NOW / 86_400_000))]: 2 });
  });

  test('a slow and a dead site do not hold back the others; each row says what went wrong', async () => {
    let answerSlow: () => void = () => undefined;
    const slowAnswered = new Promise<void>((resolve) => (answerSlow = resolve));
    const routes: Record<string, Route> = {
      ...Object.assign({}, ...SITES.map(outletRoutes)),
      // Answers only when the test says so, long after the others are done.
      [site('slow')]: async () => {
        await slowAnswered;
        return reply(rss('slow news', [{ url: `${site('slow')}s`, title: 'late', guid: 'slow-1' }], site('slow')), { headers: { 'content-type': 'application/rss+xml' } });
      },
      [site('dead')]: () => Promise.reject(new TypeError('connection refused')),
      [site('offsite')]: serve('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>', 'text/html'),
      [feed('offsite')]: serve(rss('moved', []), 'application/rss+xml', { url: 'https://tracker.invalid/feed.xml' }),
      [site('htmlfeed')]: serve('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>', 'text/html'),
      [feed('htmlfeed')]: serve('<!doctype html><html><body><p>Subscribe to our newsletter</p></body></html>', 'text/html'),
    };
    const { service } = setup(routes);
    const names = ['slow', 'dead', 'offsite', 'htmlfeed', ...SITES];
    await service.handle({ type: 'feeds:follow-many', sites: names.map((name) => ({ url: site(name), name })) });

    // Every other site is read while the slow one still has not answered.
    await vi.waitFor(async () => expect(summariseFollow(await progressOf(service))).toMatchObject({ read: 8, failed: 3 }));
    const before = await progressOf(service);
    expect(rowOf(before, 'slow').status).toBe('finding');
    expect(before.finishedAt).toBeNull();
    expect(rowOf(before, 'dead')).toMatchObject({ status: 'no-feed', error: expect.stringContaining('could not reach the site') });
    expect(rowOf(before, 'offsite')).toMatchObject({ status: 'no-feed', error: expect.stringContaining('tracker.invalid') });
    expect(rowOf(before, 'htmlfeed')).toMatchObject({ status: 'no-feed', error: expect.stringContaining('web page, not a news feed') });
    // A second run is refused while the first goes on.
    expect(await service.handle({ type: 'feeds:follow-many', sites: [{ url: site('alpha'), name: 'alpha' }] })).toMatchObject({ ok: false });

    answerSlow();
    await vi.waitFor(async () => expect((await progressOf(service)).finishedAt).not.toBeNull());
    expect(rowOf(await progressOf(service), 'slow')).toMatchObject({ status: 'read', stories: 1 });
  });

  test('a feed found but failing at its first check is a failed row with the reason', async () => {
    let asked = 0;
    // The feed is the site's address: found on the first request, then it breaks.
    const { service: breaking } = setup({
      [site('alpha')]: () => (asked++ === 0 ? reply(rss('alpha', [], site('alpha')), { headers: { 'content-type': 'application/rss+xml' } }) : reply('down', { status: 503 })),
    });
    await breaking.handle({ type: 'feeds:follow-many', sites: [{ url: site('alpha'), name: 'Alpha' }] });
    await vi.waitFor(async () => expect((await progressOf(breaking)).finishedAt).not.toBeNull());
    expect((await progressOf(breaking)).rows).toEqual([
      { site: site('alpha'), name: 'Alpha', outletId: 'alpha.example', status: 'failed', error: 'The site answered 503 (service unavailable).', stories: 0 },
    ]);
  });

  test('no more than six sites are asked at once', async () => {
    let open = 0;
    let most = 0;
    const routes: Record<string, Route> = {};
    for (const name of [...SITES, 'slow', 'dead', 'offsite', 'htmlfeed']) {
      routes[site(name)] = async () => {
        open++;
        most = Math.max(most, open);
        await new Promise((resolve) => setTimeout(resolve, 20));
        open--;
        return reply('nothing here', { status: 404 });
      };
    }
    const { service } = setup(routes);
    await service.handle({ type: 'feeds:follow-many', sites: Object.keys(routes).map((url) => ({ url, name: url })) });
    await vi.waitFor(async () => expect((await progressOf(service)).finishedAt).not.toBeNull());
    expect(most).toBe(6);
  });
});

function setup(routes: Record<string, Route>) {
  return serviceSetup({ routes, granted: GRANTED });
}
