import { describe, expect, test } from 'vitest';
import { hostKey, mirrorlessHost } from '../../../core/identity/host-key';
import { outletIdentity } from '../../../core/identity/outlet-name';
import { siteOf } from '../../../core/identity/outlet-site';
import { cleanUrl, storyKey } from '../../../core/identity/story-address';

/**
 * One table for what a story's address and an outlet's identity are: each row is two
 * addresses (and the names their pages declare) that must be one story, one outlet, one
 * site, or must not.
 */

describe('one story: the same key, the same stored address', () => {
  test.each([
    ['campaign tags', 'https://ledger.example/a?utm_source=x&utm_medium=y', 'https://ledger.example/a'],
    ['click ids of every ad network on the list', 'https://ledger.example/a?fbclid=1&gclid=2&msclkid=3&yclid=4&dclid=5', 'https://ledger.example/a'],
    ['share and mail markers', 'https://ledger.example/a?share=1&sh=2&mc_cid=3&mc_eid=4&igshid=5&smid=6&ocid=7&cmpid=8', 'https://ledger.example/a'],
    ['a fragment', 'https://ledger.example/a#comments', 'https://ledger.example/a'],
    ['the scheme', 'http://ledger.example/a', 'https://ledger.example/a'],
    ['"www."', 'https://www.ledger.example/a', 'https://ledger.example/a'],
    ['a default port', 'https://ledger.example:443/a', 'https://ledger.example/a'],
    ['host case', 'https://Ledger.EXAMPLE/a', 'https://ledger.example/a'],
    ['a trailing slash', 'https://ledger.example/a/', 'https://ledger.example/a'],
    ['parameter order', 'https://ledger.example/a?b=2&a=1', 'https://ledger.example/a?a=1&b=2'],
    ['an international name, in Unicode or punycode', 'https://bücher.example/a', 'https://xn--bcher-kva.example/a'],
  ])('%s', (_name, a, b) => {
    expect(storyKey(a)).not.toBeNull();
    expect(storyKey(a)).toBe(storyKey(b));
  });

  test('the key is made from the stored address, so what one drops the other drops', () => {
    const url = 'https://www.ledger.example/a/?id=3&utm_campaign=z&ref=home#top';
    expect(cleanUrl(url)).toBe('https://www.ledger.example/a/?id=3');
    expect(storyKey(url)).toBe(storyKey(cleanUrl(url)));
  });
});

describe('two stories', () => {
  test.each([
    ['a parameter that selects content', 'https://ledger.example/a?id=3', 'https://ledger.example/a?id=4'],
    ['another port', 'https://ledger.example:8443/a', 'https://ledger.example/a'],
    ['another path', 'https://ledger.example/a', 'https://ledger.example/b'],
    ['another subdomain', 'https://news.ledger.example/a', 'https://sport.ledger.example/a'],
    ['the mobile host (its paths need not be the desktop ones)', 'https://m.ledger.example/a', 'https://ledger.example/a'],
  ])('%s', (_name, a, b) => {
    expect(storyKey(a)).not.toBe(storyKey(b));
  });

  test.each(['javascript:alert(1)', 'ftp://ledger.example/a', 'data:text/html,hi', 'not an address', '', null])('no key for %s', (url) => {
    expect(storyKey(url)).toBeNull();
    expect(cleanUrl(url)).toBeNull();
  });
});

describe('one outlet: the same key in the popup, the options page and the comparison', () => {
  test.each<[string, [string | null, string], [string | null, string]]>([
    ['spellings of its declared name', ['The Northern Ledger', 'https://ledger.example/a'], ['NORTHERN ledger ', 'https://ledger.example/b']],
    ['accents', ['Café Times', 'https://cafe.example/a'], ['Cafe Times', 'https://cafe.example/b']],
    ['one name on two of its sites', ['Northern Ledger', 'https://ledger.example/a'], ['Northern Ledger', 'https://ledger.example.co.uk/b']],
    ['no name: "www." apart', [null, 'https://www.wire.example/a'], [null, 'https://wire.example/b']],
    ['no name: the mobile host', [null, 'https://m.wire.example/a'], [null, 'https://wire.example/b']],
    ['no name: the AMP host', [null, 'https://amp.wire.example/a'], [null, 'https://www.wire.example/b']],
    ['no name: a port', [null, 'http://wire.example:8080/a'], [null, 'https://wire.example/b']],
    ['an empty name is no name', ['  ', 'https://wire.example/a'], [null, 'https://wire.example/b']],
  ])('%s', (_name, [nameA, urlA], [nameB, urlB]) => {
    expect(outletIdentity(nameA, urlA).key).toBe(outletIdentity(nameB, urlB).key);
  });
});

describe('two outlets', () => {
  test.each<[string, [string | null, string], [string | null, string]]>([
    ['two names on one host (a local server, a syndication host)', ['The Northern Ledger', 'http://127.0.0.1:4173/one/a'], ['Eastgate Wire', 'http://127.0.0.1:4173/two/b']],
    ['a name that only begins like another', ['The Times', 'https://times.example/a'], ['Times Union', 'https://union.example/b']],
    ['no name: two subdomains of a shared host', [null, 'https://one.github.io/a'], [null, 'https://two.github.io/b']],
    ['no name: "m." that is the whole name, not a mirror', [null, 'https://m.example/a'], [null, 'https://example/b']],
  ])('%s', (_name, [nameA, urlA], [nameB, urlB]) => {
    expect(outletIdentity(nameA, urlA).key).not.toBe(outletIdentity(nameB, urlB).key);
  });

  test.each<[string | null, string, string]>([
    ['  Harbour Independent ', 'https://harbour.example/a', 'Harbour Independent'],
    [null, 'https://www.Wire.example/a', 'wire.example'],
    [null, 'https://m.wire.example/a', 'wire.example'],
    [null, 'https://user@news.example.co.uk/a', 'news.example.co.uk'],
  ])('%j at %s is shown as %s', (siteName, url, name) => {
    expect(outletIdentity(siteName, url).name).toBe(name);
  });
});

describe('one site: profiles and followed outlets are kept under it', () => {
  test.each([
    ['a subdomain', 'https://news.bbc.co.uk/a', 'bbc.co.uk'],
    ['"www."', 'https://www.dw.com/en/x', 'dw.com'],
    ['the mobile host', 'https://m.dw.com/en/x', 'dw.com'],
    ['a private suffix: each its own', 'https://victim.github.io/post', 'victim.github.io'],
    ['another on the same private suffix', 'https://someone.blogspot.com/2024/01/x.html', 'someone.blogspot.com'],
    ['an international name, as punycode', 'https://www.bücher.example/a', 'xn--bcher-kva.example'],
    ['an IP address and port: the address', 'http://127.0.0.1:8123/page', '127.0.0.1'],
    ['a bare host', 'http://localhost/page', 'localhost'],
  ])('%s: %s → %s', (_name, url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  test('no site for what is not an address', () => {
    expect(siteOf('not a url')).toBeNull();
  });
});

describe('host keys of the per-site switches', () => {
  test.each([
    ['www.Ledger.example ', 'ledger.example', 'ledger.example'],
    ['m.ledger.example', 'm.ledger.example', 'ledger.example'],
    ['amp.ledger.example', 'amp.ledger.example', 'ledger.example'],
    ['www2.ledger.example', 'www2.ledger.example', 'ledger.example'],
    ['news.ledger.example', 'news.ledger.example', 'news.ledger.example'],
    ['m.example', 'm.example', 'm.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%s: switched as %s, a mirror of %s', (host, key, mirrorless) => {
    expect(hostKey(host)).toBe(key);
    expect(mirrorlessHost(host)).toBe(mirrorless);
  });
});
