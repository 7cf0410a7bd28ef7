import { describe, expect, test } from 'vitest';
import type { FeedResponse } from '../../../core/protocol/feed-messages';
import type { Outlet } from '../../../core/feeds/outlet';
import { feedState, HARBOUR, ledgerFeed, listOutlets as list, MINUTE, NOW, outlet, serve, serviceSetup as setup, untilIdle } from './fakes';

/** What the options page asks of the feed service: follow, update, remove, check now, the interval. */

const FEED = 'https://ledger.example/feed';
const WORLD = 'https://ledger.example/world/feed';

const viewOf = (response: FeedResponse) => ('outlet' in response ? response.outlet : null);

describe('feeds:follow', () => {
  test('adds an outlet named after the feed, and checks it', async () => {
    const { service, store, lib } = setup({ routes: { [FEED]: serve(ledgerFeed()) } });
    const response = await service.handle({ type: 'feeds:follow', url: FEED, name: null });

    expect(response.ok).toBe(true);
    expect(viewOf(response)).toMatchObject({ id: 'ledger.example', name: 'Northern Ledger', siteUrl: 'https://ledger.example/', feedUrls: [FEED], paused: false, fetchFullText: false, addedAt: NOW });
    await untilIdle(service);
    expect(await store.outlets()).toEqual([{ id: 'ledger.example', name: 'Northern Ledger', siteUrl: 'https://ledger.example/', feedUrls: [FEED], paused: false, addedAt: NOW, fetchFullText: false }]);
    expect(lib.saved.map((s) => [s.report.url, s.outletId])).toEqual([['https://ledger.example/news/a', 'ledger.example']]);
    expect(await store.outletArticles('ledger.example')).toEqual(['https://ledger.example/news/a']);
    expect([...(await store.seenGuids('ledger.example'))]).toEqual(['guid-a']);
    expect((await store.states())[FEED]).toMatchObject({ lastCheck: NOW, lastSuccess: NOW, itemCount: 1 });
    expect(await list(service)).toMatchObject([{ id: 'ledger.example', articleCount: 1, itemCount: 1, checking: false }]);
  });

  test('the reader’s name and full-text choice are kept', async () => {
    const { service, store } = setup({ routes: { [FEED]: serve(ledgerFeed()) } });
    const response = await service.handle({ type: 'feeds:follow', url: FEED, name: 'The Ledger', fetchFullText: true });
    expect(viewOf(response)).toMatchObject({ name: 'The Ledger', fetchFullText: true });
    await untilIdle(service);
    expect(await store.outlets()).toMatchObject([{ name: 'The Ledger', fetchFullText: true }]);
  });

  test('following the same site twice adds the second feed to the one outlet', async () => {
    const { service, store } = setup({ routes: { [FEED]: serve(ledgerFeed('a')), [WORLD]: serve(ledgerFeed('w', 'Northern Ledger: World')) } });
    await service.handle({ type: 'feeds:follow', url: FEED, name: null });
    await untilIdle(service);
    const second = await service.handle({ type: 'feeds:follow', url: WORLD, name: null });
    await untilIdle(service);

    expect(viewOf(second)).toMatchObject({ id: 'ledger.example', name: 'Northern Ledger', feedUrls: [FEED, WORLD] });
    expect(await store.outlets()).toMatchObject([{ id: 'ledger.example', name: 'Northern Ledger', feedUrls: [FEED, WORLD] }]);
  });

  test('an address not granted is refused with the origin to ask for, and nothing is saved', async () => {
    const { service, store, net } = setup({ routes: { 'https://news.example/feed': serve(ledgerFeed()) } });
    expect(await service.handle({ type: 'feeds:follow', url: 'https://news.example/feed', name: null })).toEqual({
      ok: false,
      error: 'Allow Parallax to read news.example first.',
      needsOrigins: ['https://news.example/*'],
    });
    expect(await store.outlets()).toEqual([]);
    expect(net.calls).toHaveLength(0);
  });

  test('a site without a feed is refused with the finder’s words', async () => {
    const { service, store } = setup({ routes: { 'https://ledger.example/': serve('<html><head></head><body>hi</body></html>', 'text/html') } });
    expect(await service.handle({ type: 'feeds:follow', url: 'https://ledger.example/', name: null })).toEqual({
      ok: false,
      error: 'No news feed found at ledger.example. Try the address of its RSS or Atom feed.',
    });
    expect(await store.outlets()).toEqual([]);
  });
});

describe('feeds:update', () => {
  test.each<[string, Record<string, unknown>, Partial<Outlet>]>([
    ['renames', { name: 'The Ledger' }, { name: 'The Ledger' }],
    ['pauses', { paused: true }, { paused: true }],
    ['turns full text on', { fetchFullText: true }, { fetchFullText: true }],
    ['does several at once', { name: 'L', paused: true, fetchFullText: true }, { name: 'L', paused: true, fetchFullText: true }],
  ])('%s, leaving the rest as it was', async (_name, change, expected) => {
    const { service, store } = setup({ outlets: [outlet(), HARBOUR] });
    expect(await service.handle({ type: 'feeds:update', id: 'ledger.example', ...change })).toEqual({ ok: true });
    expect(await store.outlets()).toEqual([{ ...outlet(), ...expected }, HARBOUR]);
  });

  test('unpauses', async () => {
    const { service, store } = setup({ outlets: [outlet({ paused: true })] });
    await service.handle({ type: 'feeds:update', id: 'ledger.example', paused: false });
    expect((await store.outlets())[0]!.paused).toBe(false);
  });

  test('an unknown id is an error and changes nothing', async () => {
    const { service, store } = setup({ outlets: [outlet()] });
    expect(await service.handle({ type: 'feeds:update', id: 'nobody.example', name: 'X' })).toEqual({ ok: false, error: 'No such outlet.' });
    expect(await store.outlets()).toEqual([outlet()]);
  });
});

describe('feeds:remove', () => {
  const articles = ['https://ledger.example/news/a', 'https://ledger.example/news/b'];
  const stored = () => ({
    outlets: [outlet({ feedUrls: [FEED, WORLD] }), HARBOUR],
    states: { [FEED]: feedState({ itemCount: 3 }), [WORLD]: feedState({ itemCount: 4 }), 'https://harbour.example/atom': feedState({ itemCount: 5 }) },
    stored: { 'feedGuids:ledger.example': ['g1'], 'feedArticles:ledger.example': articles, 'feedArticles:harbour.example': ['https://harbour.example/x'] },
    held: [...articles, 'https://harbour.example/x'],
  });

  test('forgets the outlet, its feeds’ states and GUIDs, and keeps its articles', async () => {
    const { service, store, lib } = setup(stored());
    expect(await service.handle({ type: 'feeds:remove', id: 'ledger.example', deleteArticles: false })).toEqual({ ok: true });
    expect(await store.outlets()).toEqual([HARBOUR]);
    expect(Object.keys(await store.states())).toEqual(['https://harbour.example/atom']);
    expect(await store.seenGuids('ledger.example')).toEqual(new Set());
    expect(await store.outletArticles('ledger.example')).toEqual([]);
    expect(await store.outletArticles('harbour.example')).toEqual(['https://harbour.example/x']);
    expect(lib.deleted).toEqual([]);
    expect([...lib.urls].sort()).toEqual(['https://harbour.example/x', ...articles]);
  });

  test('with deleteArticles, asks the library to delete the outlet’s unsaved articles', async () => {
    const { service, lib } = setup(stored());
    expect(await service.handle({ type: 'feeds:remove', id: 'ledger.example', deleteArticles: true })).toEqual({ ok: true });
    expect(lib.deleted).toEqual([articles]);
    expect([...lib.urls]).toEqual(['https://harbour.example/x']);
  });

  test('gives back the host access only that outlet used', async () => {
    const shared = outlet({ id: 'wire.example', siteUrl: 'https://wire.example/', feedUrls: ['https://ledger.example/wire-feed'] });
    const { service, released } = setup({ ...stored(), outlets: [...stored().outlets, shared] });
    await service.handle({ type: 'feeds:remove', id: 'harbour.example', deleteArticles: false });
    expect(released).toEqual([['https://harbour.example/*']]);
    // The Ledger's host also serves the wire outlet's feed, so nothing more is given back.
    await service.handle({ type: 'feeds:remove', id: 'ledger.example', deleteArticles: false });
    expect(released).toHaveLength(1);
  });

  test('keeps the access automatic reading still needs', async () => {
    const { service, released } = setup({ ...stored(), wanted: ['http://harbour.example/*', 'https://harbour.example/*', 'http://*.harbour.example/*', 'https://*.harbour.example/*'] });
    await service.handle({ type: 'feeds:remove', id: 'harbour.example', deleteArticles: false });
    expect(released).toEqual([]);
  });

  test('an unknown id is an error and removes nothing', async () => {
    const { service, store, lib } = setup(stored());
    expect(await service.handle({ type: 'feeds:remove', id: 'nobody.example', deleteArticles: true })).toEqual({ ok: false, error: 'No such outlet.' });
    expect(await store.outlets()).toHaveLength(2);
    expect(lib.deleted).toEqual([]);
  });
});

describe('feeds:check-now and feeds:set-interval', () => {
  test('check-now of an unknown id is an error and fetches nothing', async () => {
    const { service, net } = setup({ outlets: [outlet()], routes: { [FEED]: serve(ledgerFeed()) } });
    expect(await service.handle({ type: 'feeds:check-now', id: 'nobody.example' })).toEqual({ ok: false, error: 'No such outlet.' });
    await untilIdle(service);
    expect(net.calls).toHaveLength(0);
  });

  test('check-now of one outlet checks it even when its interval is not up', async () => {
    const { service, net, lib } = setup({ outlets: [outlet(), HARBOUR], states: { [FEED]: feedState({ lastCheck: NOW - MINUTE }) }, routes: { [FEED]: serve(ledgerFeed()) } });
    expect(await service.handle({ type: 'feeds:check-now', id: 'ledger.example' })).toEqual({ ok: true });
    await untilIdle(service);
    expect(net.urls()).toEqual([FEED]);
    expect(lib.saved).toHaveLength(1);
  });

  test('check-now of all checks every outlet not paused', async () => {
    const { service, net } = setup({ outlets: [outlet(), { ...HARBOUR, paused: true }], routes: { [FEED]: serve(ledgerFeed()) } });
    expect(await service.handle({ type: 'feeds:check-now', id: null })).toEqual({ ok: true });
    await untilIdle(service);
    expect(net.urls()).toEqual([FEED]);
  });

  test('set-interval saves the interval and re-arms the alarm', async () => {
    const { service, store, schedule } = setup();
    expect(await service.handle({ type: 'feeds:set-interval', minutes: 60 })).toEqual({ ok: true });
    expect(await store.intervalMinutes()).toBe(60);
    expect(schedule).toHaveBeenCalledWith(60);
    expect(await service.handle({ type: 'feeds:list' })).toMatchObject({ ok: true, intervalMinutes: 60 });
  });
});
