import { describe, expect, test } from 'vitest';
import { urlAllowedBy } from '../../../core/settings/match-pattern';

describe('urlAllowedBy', () => {
  describe('must allow', () => {
    test.each([
      ['an exact host', 'https://www.example.com/news/a', 'https://www.example.com/*'],
      ['an exact host, any case', 'https://WWW.Example.COM/a', 'https://www.example.com/*'],
      ['an exact host from a pattern in capitals', 'https://www.example.com/a', 'https://WWW.EXAMPLE.COM/*'],
      ['an exact host on another port (ports are ignored)', 'https://www.example.com:8443/a', 'https://www.example.com/*'],
      ['an IP address on a port', 'http://127.0.0.1:8080/feed', 'http://127.0.0.1/*'],
      ['a subdomain under *.', 'https://news.example.com/a', 'https://*.example.com/*'],
      ['a deep subdomain under *.', 'https://a.b.example.com/a', 'https://*.example.com/*'],
      ['the bare domain under *.', 'https://example.com/', 'https://*.example.com/*'],
      ['http under scheme *', 'http://example.com/a', '*://example.com/*'],
      ['https under scheme *', 'https://example.com/a', '*://example.com/*'],
      ['any http host under http://*/*', 'http://anything.test/x?y=1', 'http://*/*'],
      ['any https host under *://*/*', 'https://anything.test/', '*://*/*'],
      ['https under <all_urls>', 'https://anything.test/', '<all_urls>'],
      ['http under <all_urls>', 'http://localhost:3000/', '<all_urls>'],
    ])('%s', (_name, url, pattern) => {
      expect(urlAllowedBy(url, [pattern])).toBe(true);
    });

    test('one matching pattern among several is enough', () => {
      expect(urlAllowedBy('https://ledger.example/a', ['https://other.example/*', 'https://ledger.example/*'])).toBe(true);
    });
  });

  describe('must refuse', () => {
    test.each([
      ['another scheme', 'http://www.example.com/a', 'https://www.example.com/*'],
      ['the bare domain of an exact www host', 'https://example.com/a', 'https://www.example.com/*'],
      ['a subdomain of an exact host', 'https://sub.www.example.com/a', 'https://www.example.com/*'],
      ['a look-alike ending in the domain', 'https://notexample.com/a', 'https://*.example.com/*'],
      ['the domain as a subdomain of another', 'https://example.com.evil.test/a', 'https://*.example.com/*'],
      ['the host named in the user info', 'https://example.com@evil.test/a', 'https://example.com/*'],
      ['https under http://*/*', 'https://anything.test/', 'http://*/*'],
      ['ftp under scheme *', 'ftp://example.com/a', '*://example.com/*'],
      ['a file under <all_urls>', 'file:///etc/passwd', '<all_urls>'],
      ['a browser page under <all_urls>', 'chrome://settings/', '<all_urls>'],
      ['javascript: under <all_urls>', 'javascript:alert(1)', '<all_urls>'],
      ['data: under <all_urls>', 'data:text/html,<p>x</p>', '<all_urls>'],
      ['an extension page under <all_urls>', 'chrome-extension://abc/options.html', '<all_urls>'],
      ['a garbage URL', 'not a url', '<all_urls>'],
      ['an empty URL', '', '<all_urls>'],
      ['a pattern without a path', 'https://example.com/a', 'https://example.com'],
      ['a pattern without a scheme', 'https://example.com/a', 'example.com/*'],
      ['a pattern with another scheme', 'https://example.com/a', 'ftp://example.com/*'],
      ['a pattern with * inside the host', 'https://news.example.com/a', 'https://news*.example.com/*'],
      ['a bare * pattern', 'https://example.com/a', '*'],
      ['an empty pattern', 'https://example.com/a', ''],
    ])('%s', (_name, url, pattern) => {
      expect(urlAllowedBy(url, [pattern])).toBe(false);
    });

    test('no patterns allow nothing', () => {
      expect(urlAllowedBy('https://example.com/', [])).toBe(false);
    });
  });
});
