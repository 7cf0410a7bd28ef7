import { describe, expect, test } from 'vitest';
import { newOutlet, originPatternsFor, outletIdFor, parseOutlet, parseOutlets } from '../../../core/feeds/outlet';

const ledger = {
  id: 'northern-ledger.example',
  name: 'The Northern Ledger',
  siteUrl: 'https://www.northern-ledger.example/',
  feedUrls: ['https://www.northern-ledger.example/feed.xml'],
  paused: false,
  addedAt: 1_741_900_000_000,
  fetchFullText: true,
};

describe('parseOutlet keeps what is valid', () => {
  test('a good record comes back as it was', () => {
    expect(parseOutlet(ledger)).toEqual(ledger);
  });

  test('unknown fields are dropped, bad ones defaulted', () => {
    expect(parseOutlet({ ...ledger, id: 42, name: '  ', paused: 'yes', addedAt: -5, fetchFullText: 1, extra: '<script>' })).toEqual({
      ...ledger,
      id: 'northern-ledger.example',
      name: 'Northern Ledger',
      paused: false,
      addedAt: 0,
      fetchFullText: false,
    });
  });

  test('feed URLs: http(s) only, deduplicated, at most ten', () => {
    const feedUrls = ['javascript:alert(1)', 'https://a.example/f', 'https://a.example/f', 7, 'ftp://a.example/f', ...Array.from({ length: 20 }, (_, i) => `https://a.example/${i}`)];
    const outlet = parseOutlet({ ...ledger, feedUrls });
    expect(outlet!.feedUrls[0]).toBe('https://a.example/f');
    expect(outlet!.feedUrls).toHaveLength(10);
  });

  test.each([
    ['not an object', 'ledger'],
    ['no site', { ...ledger, siteUrl: undefined }],
    ['a script site', { ...ledger, siteUrl: 'javascript:alert(1)' }],
    ['no feed', { ...ledger, feedUrls: [] }],
    ['no valid feed', { ...ledger, feedUrls: ['data:,x'] }],
    ['feeds not a list', { ...ledger, feedUrls: 'https://a.example/f' }],
  ])('null for %s', (_, value) => {
    expect(parseOutlet(value)).toBeNull();
  });
});

describe('parseOutlets', () => {
  test.each([undefined, null, 'corrupt', { outlets: [] }, 3])('nothing from %j', (value) => {
    expect(parseOutlets(value)).toEqual([]);
  });

  test('bad entries are dropped, the rest kept; the first of one id wins', () => {
    const other = { ...ledger, id: 'harbour-independent.example', siteUrl: 'https://harbour-independent.example/', name: 'Harbour Independent' };
    expect(parseOutlets([ledger, null, { junk: true }, other, { ...ledger, name: 'Duplicate' }])).toEqual([ledger, other]);
  });
});

describe('outletIdFor', () => {
  test.each([
    ['https://www.Northern-Ledger.example/', 'northern-ledger.example'],
    ['http://northern-ledger.example', 'northern-ledger.example'],
    ['https://northern-ledger.example/?utm_source=x', 'northern-ledger.example'],
    ['http://127.0.0.1:4173/outlet-one/', '127.0.0.1:4173/outlet-one'],
    ['https://blogs.example/@ledger', 'blogs.example/@ledger'],
  ])('%s → %s', (url, id) => {
    expect(outletIdFor(url)).toBe(id);
  });

  test.each(['javascript:alert(1)', 'not a url', 'file:///etc/passwd'])('null for %s', (url) => {
    expect(outletIdFor(url)).toBeNull();
  });
});

describe('originPatternsFor', () => {
  test('one pattern per scheme and host, no port, no path', () => {
    expect(
      originPatternsFor([
        'https://www.northern-ledger.example/feed.xml',
        'https://www.northern-ledger.example/world/feed',
        'http://www.northern-ledger.example/feed.xml',
        'http://127.0.0.1:4173/feeds/relative-links.xml',
        'javascript:alert(1)',
        'file:///etc/passwd',
        'not a url',
      ]),
    ).toEqual(['https://www.northern-ledger.example/*', 'http://www.northern-ledger.example/*', 'http://127.0.0.1/*']);
  });
});

test('newOutlet builds a valid record with its id', () => {
  expect(newOutlet('https://eastgate-wire.example/world/', ['https://eastgate-wire.example/rss/world.rdf'], 1000)).toEqual({
    id: 'eastgate-wire.example/world',
    name: 'Eastgate Wire',
    siteUrl: 'https://eastgate-wire.example/world/',
    feedUrls: ['https://eastgate-wire.example/rss/world.rdf'],
    paused: false,
    addedAt: 1000,
    fetchFullText: false,
  });
  expect(newOutlet('https://x.example/', [], 1000)).toBeNull();
});
