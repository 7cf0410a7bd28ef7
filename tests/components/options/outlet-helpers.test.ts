import { describe, expect, test } from 'vitest';
import type { OutletView } from '../../../core/protocol/feed-messages';
import { followAddress, followedOutlet, followTarget, patternHosts, siteLabel } from '../../../components/options/outlet-address';
import { intervalChoices, outletStatusLine, timeAgo } from '../../../components/options/outlet-status';
import { uiText } from '../../../components/options/ui-text';
import { MINUTE as MIN, NOW, outletView } from './outlet-fixtures';

describe('timeAgo', () => {
  test.each([
    [0, 'just now'],
    [59_999, 'just now'],
    [-5 * MIN, 'just now'], // a clock moved back
    [MIN, '1 minute ago'],
    [5 * MIN + 30_000, '5 minutes ago'],
    [60 * MIN, '1 hour ago'],
    [23 * 60 * MIN + 59 * MIN, '23 hours ago'],
    [24 * 60 * MIN, '1 day ago'],
    [45 * 24 * 60 * MIN, '45 days ago'],
  ])('%d ms before → %s', (diff, expected) => {
    expect(timeAgo(NOW - diff, NOW)).toBe(expected);
  });
});

describe('outletStatusLine', () => {
  test.each<[string, Partial<OutletView>, string]>([
    ['never checked', {}, 'Not checked yet'],
    ['first check under way', { checking: true }, 'Checking for the first time…'],
    ['paused before any check', { paused: true }, 'Paused'],
    [
      'checked, with stories and library articles',
      { lastCheck: NOW - 5 * MIN, lastSuccess: NOW - 5 * MIN, itemCount: 24, articleCount: 12 },
      'Checked 5 minutes ago · 24 stories · 12 in your library',
    ],
    ['one story', { lastCheck: NOW - 2 * 60 * MIN, lastSuccess: NOW - 2 * 60 * MIN, itemCount: 1, articleCount: 1 }, 'Checked 2 hours ago · 1 story · 1 in your library'],
    [
      'paused after checks',
      { paused: true, lastCheck: NOW - 3 * 24 * 60 * MIN, lastSuccess: NOW - 3 * 24 * 60 * MIN, itemCount: 5, articleCount: 5 },
      'Paused · Checked 3 days ago · 5 stories · 5 in your library',
    ],
    ['checking again', { checking: true, lastCheck: NOW - MIN, lastSuccess: NOW - MIN, itemCount: 3, articleCount: 2 }, 'Checking now… · 3 stories · 2 in your library'],
    ['checked, never successfully: no story count that would read as "none"', { lastCheck: NOW - MIN, lastError: 'timed out' }, 'Checked 1 minute ago'],
    ['failing now, articles kept from before', { lastCheck: NOW - MIN, articleCount: 7 }, 'Checked 1 minute ago · 7 in your library'],
  ])('%s', (_name, over, expected) => {
    expect(outletStatusLine(outletView(over), NOW)).toBe(expected);
  });
});

describe('check intervals', () => {
  test('the usual choices; a current value not among them is added in order', () => {
    expect(intervalChoices(30)).toEqual([15, 30, 60, 180, 720]);
    expect(intervalChoices(5)).toEqual([5, 15, 30, 60, 180, 720]);
    expect(intervalChoices(1440)).toEqual([15, 30, 60, 180, 720, 1440]);
  });

  test.each([
    [15, '15 min'],
    [60, '1 hour'],
    [180, '3 hours'],
    [720, '12 hours'],
    [90, '1 h 30 min'],
  ])('%d minutes read "%s"', (minutes, label) => {
    expect(uiText.outlets.intervalOption(minutes)).toBe(label);
  });
});

describe('followAddress', () => {
  describe('must read an address from', () => {
    test.each([
      ['example.com', 'https://example.com/'],
      ['  www.Ledger.example/world ', 'https://www.ledger.example/world'],
      ['http://harbour.example/feed.xml', 'http://harbour.example/feed.xml'],
      ['https://news.example.co.uk/rss?edition=uk', 'https://news.example.co.uk/rss?edition=uk'],
    ])('%j → %s', (input, expected) => {
      expect(followAddress(input)).toBe(expected);
    });
  });

  describe('must not read an address from', () => {
    test.each(['', '   ', 'example', 'not a site', 'ftp://example.com/feed', 'javascript:alert(1)', 'https://'])('%j', (input) => {
      expect(followAddress(input)).toBeNull();
    });
  });
});

describe('followTarget: what the popup follows', () => {
  test.each<[string, string, string | null, string]>([
    ['the article’s origin when it is on the page’s site', 'www.ledger.example', 'https://www.ledger.example/world/story-1', 'https://www.ledger.example/'],
    ['keeps http', 'ledger.example', 'http://ledger.example/a', 'http://ledger.example/'],
    ['keeps a port', 'localhost', 'http://localhost:8080/a', 'http://localhost:8080/'],
    ['the site when the canonical address names another host', 'www.ledger.example', 'https://amp.partner.example/ledger/story-1', 'https://www.ledger.example/'],
    ['the site when there is no article address', 'ledger.example', null, 'https://ledger.example/'],
    ['the site when the address is not http(s)', 'ledger.example', 'ftp://ledger.example/a', 'https://ledger.example/'],
  ])('%s', (_name, site, url, expected) => {
    expect(followTarget(site, url)).toBe(expected);
  });
});

describe('followedOutlet: is the page’s site followed?', () => {
  const outlets = [
    outletView(),
    outletView({ id: 'harbour.example', name: 'Harbour', siteUrl: 'https://harbour.example/' }),
    outletView({ id: 'one.github.io', name: 'One', siteUrl: 'https://one.github.io/' }),
  ];

  describe('matches', () => {
    test.each([
      ['the same host', 'www.ledger.example', 'The Northern Ledger'],
      ['without "www."', 'ledger.example', 'The Northern Ledger'],
      ['with "www." when the outlet has none', 'www.harbour.example', 'Harbour'],
      ['in any case', 'Harbour.Example', 'Harbour'],
      ['a subdomain: one site, as its profile is', 'news.ledger.example', 'The Northern Ledger'],
      ['the mobile host', 'm.harbour.example', 'Harbour'],
    ])('%s', (_name, site, name) => {
      expect(followedOutlet(outlets, site)?.name).toBe(name);
    });
  });

  describe('does not match', () => {
    test.each([
      ['another site', 'gazette.example'],
      ['a site whose name ends like it', 'oldharbour.example'],
      ['another outlet on a shared host', 'two.github.io'],
      ['a longer name', 'ledger.example.net'],
    ])('%s', (_name, site) => {
      expect(followedOutlet(outlets, site)).toBeNull();
    });
  });
});

describe('siteLabel and patternHosts', () => {
  test.each([
    ['https://www.ledger.example/', 'www.ledger.example'],
    ['https://medium.example/@ledger/', 'medium.example/@ledger'],
    ['http://localhost:8080/', 'localhost:8080'],
  ])('siteLabel(%s) is %s', (url, label) => {
    expect(siteLabel(url)).toBe(label);
  });

  test.each<[string[], string]>([
    [['https://feeds.example.net/*'], 'feeds.example.net'],
    [['https://a.example/*', 'http://a.example/*', 'https://b.example/*'], 'a.example and b.example'],
  ])('patternHosts(%j) is %s', (patterns, hosts) => {
    expect(patternHosts(patterns)).toBe(hosts);
  });
});
