import { describe, expect, test } from 'vitest';
import { feedStore } from '../../../background/feeds/feed-store';
import { EMPTY_FEED_STATE } from '../../../core/feeds/feed-state';
import { feedState, memoryArea, NOW, outlet } from './fakes';

const FEED = 'https://ledger.example/feed';

describe('feedStore: round trip', () => {
  test('what is saved reads back', async () => {
    const store = feedStore(memoryArea());
    const outlets = [outlet(), outlet({ id: 'harbour.example', name: 'Harbour Independent', siteUrl: 'https://harbour.example/', feedUrls: ['https://harbour.example/atom'], paused: true, fetchFullText: true })];
    const states = { [FEED]: feedState({ etag: '"v1"', lastCheck: NOW, lastSuccess: NOW, itemCount: 9, lastError: { kind: 'timeout', message: 'Slow.' } }) };
    await store.saveOutlets(outlets);
    await store.saveStates(states);
    await store.saveSeenGuids('ledger.example', new Set(['g1', 'g2']));
    await store.saveOutletArticles('ledger.example', ['https://ledger.example/a', 'https://ledger.example/b', 'https://ledger.example/a']);
    await store.saveIntervalMinutes(60);

    expect(await store.outlets()).toEqual(outlets);
    expect(await store.states()).toEqual(states);
    expect([...(await store.seenGuids('ledger.example'))]).toEqual(['g1', 'g2']);
    expect(await store.outletArticles('ledger.example')).toEqual(['https://ledger.example/a', 'https://ledger.example/b']);
    expect(await store.intervalMinutes()).toBe(60);
  });

  test('GUIDs and articles are kept per outlet', async () => {
    const store = feedStore(memoryArea());
    await store.saveSeenGuids('ledger.example', new Set(['g1']));
    await store.saveOutletArticles('ledger.example', ['https://ledger.example/a']);
    expect([...(await store.seenGuids('harbour.example'))]).toEqual([]);
    expect(await store.outletArticles('harbour.example')).toEqual([]);
  });

  test('forgetting GUIDs empties them', async () => {
    const store = feedStore(memoryArea());
    await store.saveSeenGuids('ledger.example', new Set(['g1']));
    await store.forgetGuids('ledger.example');
    expect(await store.seenGuids('ledger.example')).toEqual(new Set());
  });

  test('an empty area reads as nothing followed, with the default interval', async () => {
    const store = feedStore(memoryArea());
    expect(await store.outlets()).toEqual([]);
    expect(await store.states()).toEqual({});
    expect(await store.seenGuids('ledger.example')).toEqual(new Set());
    expect(await store.outletArticles('ledger.example')).toEqual([]);
    expect(await store.intervalMinutes()).toBe(30);
  });
});

describe('feedStore: corrupt values read as empty or defaults', () => {
  test.each<[string, unknown]>([
    ['a string', 'outlets'],
    ['a number', 42],
    ['null', null],
    ['an object', { 'ledger.example': outlet() }],
    ['an array of junk', [1, 'x', null, [], { siteUrl: 'javascript:alert(1)', feedUrls: ['https://a.example/'] }, { siteUrl: 'https://a.example/', feedUrls: [] }]],
  ])('outlets as %s', async (_name, value) => {
    expect(await feedStore(memoryArea({ outlets: value })).outlets()).toEqual([]);
  });

  test('the valid outlets among junk are kept', async () => {
    const store = feedStore(memoryArea({ outlets: ['junk', outlet(), 7] }));
    expect(await store.outlets()).toEqual([outlet()]);
  });

  test.each<[string, unknown]>([
    ['a string', 'states'],
    ['a number', 42],
    ['null', null],
    ['an array of junk', [1, 'x', null, { etag: 5 }]],
  ])('feed states as %s', async (_name, value) => {
    expect(await feedStore(memoryArea({ feedStates: value })).states()).toEqual({});
  });

  test('a corrupt state reads as a feed never checked, and the others are kept', async () => {
    const good = feedState({ etag: '"v1"', lastCheck: NOW, lastSuccess: NOW, itemCount: 3 });
    const store = feedStore(
      memoryArea({
        feedStates: {
          [FEED]: good,
          'https://ledger.example/broken': 'junk',
          'https://ledger.example/odd': { etag: 'line\nbreak', lastCheck: -5, consecutiveErrors: 'many', lastError: { kind: 'explosion' }, itemCount: 2.5 },
        },
      }),
    );
    expect(await store.states()).toEqual({ [FEED]: good, 'https://ledger.example/broken': EMPTY_FEED_STATE, 'https://ledger.example/odd': EMPTY_FEED_STATE });
  });

  test.each<[string, unknown, string[]]>([
    ['a string', 'g1', []],
    ['a number', 42, []],
    ['an object', { g1: true }, []],
    ['an array of junk', [1, 'g1', null, { g: 2 }, 'g2', ['g3']], ['g1', 'g2']],
  ])('GUIDs as %s', async (_name, value, guids) => {
    expect([...(await feedStore(memoryArea({ 'feedGuids:ledger.example': value })).seenGuids('ledger.example'))]).toEqual(guids);
  });

  test.each<[string, unknown, string[]]>([
    ['a string', 'https://ledger.example/a', []],
    ['a number', 42, []],
    ['an array of junk', [false, 'https://ledger.example/a', null, 3], ['https://ledger.example/a']],
  ])('outlet articles as %s', async (_name, value, urls) => {
    expect(await feedStore(memoryArea({ 'feedArticles:ledger.example': value })).outletArticles('ledger.example')).toEqual(urls);
  });

  test.each<[string, unknown]>([
    ['a string', '60'],
    ['a fraction', 30.5],
    ['below the minimum', 4],
    ['above the maximum', 1441],
    ['NaN', NaN],
    ['null', null],
  ])('the interval as %s is the default', async (_name, value) => {
    expect(await feedStore(memoryArea({ feedIntervalMinutes: value })).intervalMinutes()).toBe(30);
  });
});

describe('feedStore: bounds', () => {
  test('GUIDs are capped at 2,000 on save, the newest kept', async () => {
    const area = memoryArea();
    const store = feedStore(area);
    await store.saveSeenGuids('ledger.example', new Set(Array.from({ length: 2_500 }, (_, i) => `g${i}`)));
    const stored = area.data.get('feedGuids:ledger.example') as string[];
    expect(stored).toHaveLength(2_000);
    expect(stored[0]).toBe('g500');
    expect(stored.at(-1)).toBe('g2499');
  });

  test('GUIDs are capped at 2,000 on read, the newest kept', async () => {
    const store = feedStore(memoryArea({ 'feedGuids:ledger.example': Array.from({ length: 3_000 }, (_, i) => `g${i}`) }));
    const guids = [...(await store.seenGuids('ledger.example'))];
    expect(guids).toHaveLength(2_000);
    expect(guids[0]).toBe('g1000');
  });

  test('outlet articles are capped at 20,000 on save, the newest kept', async () => {
    const area = memoryArea();
    const store = feedStore(area);
    await store.saveOutletArticles('ledger.example', Array.from({ length: 20_005 }, (_, i) => `https://ledger.example/${i}`));
    const stored = area.data.get('feedArticles:ledger.example') as string[];
    expect(stored).toHaveLength(20_000);
    expect(stored[0]).toBe('https://ledger.example/5');
    expect(await store.outletArticles('ledger.example')).toEqual(stored);
  });

  test('outlet articles are capped at 20,000 on read', async () => {
    const store = feedStore(memoryArea({ 'feedArticles:ledger.example': Array.from({ length: 20_010 }, (_, i) => `https://ledger.example/${i}`) }));
    const urls = await store.outletArticles('ledger.example');
    expect(urls).toHaveLength(20_000);
    expect(urls[0]).toBe('https://ledger.example/10');
  });
});
