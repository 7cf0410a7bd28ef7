import { describe, expect, test } from 'vitest';
import { autoReadStatus, EVERY_SITE_PATTERNS, grantsEverySite, registrationMatches, sitePatterns, wantedPatterns } from '../../../core/settings/auto-read-patterns';

const everywhere = { autoRead: 'everywhere', autoReadSites: [] } as const;
const chosen = (...sites: string[]) => ({ autoRead: 'chosen', autoReadSites: sites }) as const;
const off = { autoRead: 'off', autoReadSites: ['example.com'] } as const;

describe('sitePatterns', () => {
  test('a domain: itself and its subdomains, over http and https', () => {
    expect(sitePatterns('www.Example.com')).toEqual(['http://example.com/*', 'https://example.com/*', 'http://*.example.com/*', 'https://*.example.com/*']);
  });
  test('an IP address or a single-label host: no subdomains', () => {
    expect(sitePatterns('127.0.0.1')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    expect(sitePatterns('localhost')).toEqual(['http://localhost/*', 'https://localhost/*']);
  });
});

describe('wantedPatterns', () => {
  test.each([
    ['off, whatever the sites', off, []],
    ['every site', everywhere, EVERY_SITE_PATTERNS],
    ['chosen sites, without repeats', chosen('a.org', 'a.org'), sitePatterns('a.org')],
    ['chosen, none yet', chosen(), []],
  ])('%s', (_name, settings, patterns) => {
    expect(wantedPatterns(settings)).toEqual(patterns);
  });
});

describe('registrationMatches and status', () => {
  test('nothing granted: nothing registered, and the choice waits for access', () => {
    expect(registrationMatches(everywhere, [])).toEqual([]);
    expect(autoReadStatus(everywhere, [])).toBe('needs-access');
  });
  test('every site granted, under any of its spellings, covers chosen sites too', () => {
    for (const granted of [['<all_urls>'], ['*://*/*'], [...EVERY_SITE_PATTERNS]]) {
      expect(grantsEverySite(granted)).toBe(true);
      expect(registrationMatches(chosen('a.org'), granted)).toEqual(sitePatterns('a.org'));
      expect(autoReadStatus(everywhere, granted)).toBe('on');
    }
    expect(grantsEverySite(['https://*/*'])).toBe(false);
  });
  test('chosen sites: only the granted ones are registered', () => {
    const settings = chosen('a.org', 'b.org');
    const granted = [...sitePatterns('a.org'), 'https://c.org/*'];
    expect(registrationMatches(settings, granted)).toEqual(sitePatterns('a.org'));
    expect(autoReadStatus(settings, granted)).toBe('partly');
    expect(autoReadStatus(settings, [...granted, ...sitePatterns('b.org')])).toBe('on');
  });
  test('a grant made for something else (a followed outlet) does not turn automatic reading on', () => {
    expect(registrationMatches(off, sitePatterns('example.com'))).toEqual([]);
    expect(autoReadStatus(off, sitePatterns('example.com'))).toBe('off');
  });
});
