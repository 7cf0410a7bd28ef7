import { describe, expect, test, vi } from 'vitest';
import { outletView } from '../../../background/feeds/feed-service';
import { feedState, HARBOUR, ledgerFeed, listOutlets as list, MINUTE, NOW, outlet, reply, serve, serviceSetup as setup, untilIdle } from './fakes';

/** The feed service's checks (the alarm, overlapping checks) and what the options page lists. */

const FEED = 'https://ledger.example/feed';
const WORLD = 'https://ledger.example/world/feed';
const GRANTED = ['https://ledger.example/*', 'https://harbour.example/*'];

describe('checkDue', () => {
  const outlets = [
    outlet({ id: 'due.example', siteUrl: 'https://due.example/', feedUrls: ['https://due.example/feed'] }),
    outlet({ id: 'paused.example', siteUrl: 'https://paused.example/', feedUrls: ['https://paused.example/feed'], paused: true }),
    outlet({ id: 'recent.example', siteUrl: 'https://recent.example/', feedUrls: ['https://recent.example/feed'] }),
    outlet({ id: 'new.example', siteUrl: 'https://new.example/', feedUrls: ['https://new.example/feed'] }),
    outlet({ id: 'failing.example', siteUrl: 'https://failing.example/', feedUrls: ['https://failing.example/feed'] }),
  ];
  const states = {
    'https://due.example/feed': feedState({ lastCheck: NOW - 31 * MINUTE, lastSuccess: NOW - 31 * MINUTE }),
    'https://recent.example/feed': feedState({ lastCheck: NOW - 10 * MINUTE, lastSuccess: NOW - 10 * MINUTE }),
    // Two failures in a row: the next check waits 4 × 30 minutes, not 30.
    'https://failing.example/feed': feedState({ lastCheck: NOW - 90 * MINUTE, consecutiveErrors: 2 }),
  };
  const granted = ['*://*/*'];

  test('checks only the outlets not paused whose interval is up', async () => {
    const { service, net } = setup({ outlets, states, granted });
    await service.checkDue();
    expect(net.urls().sort()).toEqual(['https://due.example/feed', 'https://new.example/feed']);
  });

  test('the stored interval decides what is due', async () => {
    const { service, net } = setup({ outlets, states, granted, stored: { feedIntervalMinutes: 60 } });
    await service.checkDue();
    expect(net.urls()).toEqual(['https://new.example/feed']);
  });

  test('saves the feeds’ states, the GUIDs seen and the articles added to those already there', async () => {
    const { service, store } = setup({
      outlets: [outlet(), HARBOUR],
      states: { 'https://harbour.example/atom': feedState({ lastCheck: NOW - MINUTE, itemCount: 5 }) },
      stored: { 'feedArticles:ledger.example': ['https://ledger.example/news/old'], 'feedGuids:ledger.example': ['guid-old'] },
      routes: { [FEED]: serve(ledgerFeed(), 'application/rss+xml', { headers: { etag: '"e1"' } }) },
    });
    await service.checkDue();
    expect(await store.states()).toEqual({
      'https://harbour.example/atom': feedState({ lastCheck: NOW - MINUTE, itemCount: 5 }),
      [FEED]: feedState({ etag: '"e1"', lastCheck: NOW, lastSuccess: NOW, itemCount: 1 }),
    });
    expect(await store.outletArticles('ledger.example')).toEqual(['https://ledger.example/news/old', 'https://ledger.example/news/a']);
    expect([...(await store.seenGuids('ledger.example'))]).toEqual(['guid-old', 'guid-a']);
  });

  test('a failing feed is recorded, and the list shows its error', async () => {
    const { service, store } = setup({ outlets: [outlet()], routes: { [FEED]: () => reply('no', { status: 503 }) } });
    await service.checkDue();
    expect((await store.states())[FEED]).toMatchObject({ consecutiveErrors: 1, lastError: { kind: 'http-status' } });
    expect(await list(service)).toMatchObject([{ lastError: 'The site answered 503 (service unavailable).', lastCheck: NOW, lastSuccess: null }]);
  });

  test('two overlapping checks of one outlet fetch it once', async () => {
    const { service, net, lib } = setup({ outlets: [outlet()], routes: { [FEED]: serve(ledgerFeed()) } });
    await Promise.all([service.checkDue(), service.checkDue()]);
    expect(net.urls()).toEqual([FEED]);
    expect(lib.saved).toHaveLength(1);
  });

  test('check-now during a check of the same outlet does not start another; the list shows it checking', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { service, net } = setup({
      outlets: [outlet()],
      routes: {
        [FEED]: async () => {
          await gate;
          return reply(ledgerFeed(), { headers: { 'content-type': 'application/rss+xml' } });
        },
      },
    });
    const due = service.checkDue();
    await vi.waitFor(() => expect(net.calls).toHaveLength(1));
    expect(await service.handle({ type: 'feeds:check-now', id: 'ledger.example' })).toEqual({ ok: true });
    expect((await list(service))[0]!.checking).toBe(true);
    release();
    await due;
    await untilIdle(service);
    expect(net.urls()).toEqual([FEED]);
    expect((await list(service))[0]!.checking).toBe(false);
  });

  test('a check that throws does not stop the next one', async () => {
    const { service, store, net } = setup({ outlets: [outlet()], routes: { [FEED]: serve(ledgerFeed()) } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const saveStates = store.saveStates;
    store.saveStates = async () => {
      throw new Error('storage full');
    };
    await service.checkDue();
    expect(warn).toHaveBeenCalledTimes(1);
    store.saveStates = saveStates;
    await service.checkDue();
    expect(net.urls()).toEqual([FEED, FEED]);
    expect((await store.states())[FEED]).toMatchObject({ lastSuccess: NOW });
    warn.mockRestore();
  });
});

describe('feeds:list', () => {
  test('counts the outlet’s articles the library still holds, and names the origins no longer granted', async () => {
    const { service } = setup({
      outlets: [outlet({ feedUrls: [FEED, 'https://feeds.ledgercdn.example/world.xml'] }), HARBOUR],
      states: {
        [FEED]: feedState({ lastCheck: NOW - 5 * MINUTE, lastSuccess: NOW - 5 * MINUTE, itemCount: 10 }),
        'https://feeds.ledgercdn.example/world.xml': feedState({
          lastCheck: NOW - 2 * MINUTE,
          lastSuccess: NOW - 60 * MINUTE,
          itemCount: 4,
          consecutiveErrors: 1,
          lastError: { kind: 'permission', message: 'Parallax is no longer allowed to read this site.' },
        }),
      },
      stored: { 'feedArticles:ledger.example': ['https://ledger.example/a', 'https://ledger.example/b', 'https://ledger.example/c'] },
      held: ['https://ledger.example/a', 'https://ledger.example/c', 'https://harbour.example/z'],
    });
    expect(await list(service)).toEqual([
      {
        id: 'ledger.example',
        name: 'Northern Ledger',
        siteUrl: 'https://ledger.example/',
        feedUrls: [FEED, 'https://feeds.ledgercdn.example/world.xml'],
        paused: false,
        fetchFullText: false,
        addedAt: outlet().addedAt,
        lastCheck: NOW - 2 * MINUTE,
        lastSuccess: NOW - 5 * MINUTE,
        itemCount: 14,
        articleCount: 2,
        lastError: 'Parallax is no longer allowed to read this site.',
        missingOrigins: ['https://feeds.ledgercdn.example/*'],
        checking: false,
      },
      expect.objectContaining({ id: 'harbour.example', articleCount: 0, lastCheck: null, lastError: null, missingOrigins: [] }),
    ]);
  });

  test('an outlet whose origin was revoked lists it as missing', async () => {
    const { service } = setup({ outlets: [outlet()], granted: ['https://harbour.example/*'] });
    expect(await list(service)).toMatchObject([{ missingOrigins: ['https://ledger.example/*'] }]);
  });

  test('a library that cannot count shows 0 articles, not an error', async () => {
    const { service, lib } = setup({ outlets: [outlet()], stored: { 'feedArticles:ledger.example': ['https://ledger.example/a'] } });
    lib.library.countHeld = async () => {
      throw new Error('db closed');
    };
    expect(await list(service)).toMatchObject([{ id: 'ledger.example', articleCount: 0 }]);
  });
});

describe('outletView', () => {
  const two = outlet({ feedUrls: [FEED, WORLD] });

  test('the error shown is that of the feed checked last', async () => {
    const states = {
      [FEED]: feedState({ lastCheck: NOW - 10 * MINUTE, lastError: { kind: 'timeout', message: 'older' } }),
      [WORLD]: feedState({ lastCheck: NOW - MINUTE, lastError: { kind: 'network', message: 'newer' } }),
    };
    expect(outletView(two, states, 0, GRANTED, false).lastError).toBe('newer');
  });

  test('feeds never checked count as nothing yet', async () => {
    expect(outletView(two, {}, 3, GRANTED, true)).toMatchObject({ lastCheck: null, lastSuccess: null, itemCount: 0, articleCount: 3, lastError: null, missingOrigins: [], checking: true });
  });

  test('missing origins are one pattern per host, without ports', async () => {
    const odd = outlet({ feedUrls: ['https://a.example:8443/feed', 'https://a.example/other', 'http://b.example/rss'] });
    expect(outletView(odd, {}, 0, [], false).missingOrigins).toEqual(['https://a.example/*', 'http://b.example/*']);
  });
});
