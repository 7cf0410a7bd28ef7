import { describe, expect, test } from 'vitest';
import { decode, fetchLimited, type LimitedFetchOptions } from '../../../background/feeds/fetch-limited';
import { urlAllowedBy } from '../../../core/settings/match-pattern';
import { countingStream, fakeFetch, hangingFetch, reply } from './fakes';

const FEED = 'https://ledger.example/feed';
const allowed = (url: string) => urlAllowedBy(url, ['https://ledger.example/*', 'https://cdn.ledger.example/*']);

function options(fetch: typeof globalThis.fetch, extra: Partial<LimitedFetchOptions> = {}): LimitedFetchOptions {
  return { fetch, timeoutMs: 5_000, maxBytes: 10_000, allowed, ...extra };
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe('fetchLimited: answers', () => {
  test('200: the text, the final address and the validators', async () => {
    const { fetch } = fakeFetch({
      [FEED]: () => reply('<rss>ok</rss>', { headers: { 'content-type': 'application/rss+xml', etag: '"v7"', 'last-modified': 'Fri, 14 Mar 2025 10:00:00 GMT' } }),
    });
    expect(await fetchLimited(FEED, options(fetch))).toEqual({
      ok: true,
      status: 200,
      url: FEED,
      text: '<rss>ok</rss>',
      etag: '"v7"',
      lastModified: 'Fri, 14 Mar 2025 10:00:00 GMT',
      contentType: 'application/rss+xml',
    });
  });

  test('200 without validators or content type', async () => {
    const { fetch } = fakeFetch({ [FEED]: () => reply(new Uint8Array([0x6f, 0x6b])) });
    const result = await fetchLimited(FEED, options(fetch));
    expect(result).toMatchObject({ ok: true, status: 200, text: 'ok', etag: null, lastModified: null });
  });

  test('a redirect within allowed origins gives the final address', async () => {
    const { fetch } = fakeFetch({ [FEED]: () => reply('<rss/>', { url: 'https://cdn.ledger.example/feed.xml' }) });
    expect(await fetchLimited(FEED, options(fetch))).toMatchObject({ ok: true, status: 200, url: 'https://cdn.ledger.example/feed.xml' });
  });

  test('304: not modified, with the validators it sent', async () => {
    const { fetch } = fakeFetch({ [FEED]: () => reply(null, { status: 304, headers: { etag: '"v7"' } }) });
    expect(await fetchLimited(FEED, options(fetch))).toEqual({ ok: true, status: 304, url: FEED, etag: '"v7"', lastModified: null });
  });

  test.each([
    [404, 'The site answered 404 (not found).'],
    [500, 'The site answered 500 (server error).'],
    [418, 'The site answered 418.'],
    [204, 'The site answered 204.'],
  ])('%i is an http-status error naming it', async (status, message) => {
    const { fetch } = fakeFetch({ [FEED]: () => reply('gone', { status }) });
    expect(await fetchLimited(FEED, options(fetch))).toEqual({ ok: false, error: { kind: 'http-status', message } });
  });
});

describe('fetchLimited: the request', () => {
  test('omits credentials, follows redirects and sends the conditional headers', async () => {
    const { fetch, calls } = fakeFetch({ [FEED]: () => reply('<rss/>') });
    const headers = { 'If-None-Match': '"v6"', 'If-Modified-Since': 'Thu, 13 Mar 2025 10:00:00 GMT' };
    await fetchLimited(FEED, options(fetch, { headers }));
    expect(calls).toHaveLength(1);
    const init = calls[0]!.init!;
    expect(init.credentials).toBe('omit');
    expect(init.redirect).toBe('follow');
    expect(init.headers).toEqual(headers);
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  test('an address not allowed is refused without fetching', async () => {
    const { fetch, calls } = fakeFetch({ 'https://elsewhere.example/feed': () => reply('<rss/>') });
    const result = await fetchLimited('https://elsewhere.example/feed', options(fetch));
    expect(result).toEqual({ ok: false, error: { kind: 'permission', message: expect.stringContaining('no longer allowed') } });
    expect(calls).toHaveLength(0);
  });

  test('a redirect to an origin not allowed is refused, naming its host, and its body left unread', async () => {
    const { stream, seen } = countingStream(100);
    const { fetch } = fakeFetch({ [FEED]: () => reply(stream, { url: 'https://tracker.example:8443/feed' }) });
    const result = await fetchLimited(FEED, options(fetch));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'redirect-outside', message: 'The feed sent Parallax on to tracker.example:8443, a site you have not allowed it to read.' },
    });
    expect(seen.pulls).toBe(0);
    expect(seen.cancelled).toBe(true);
  });
});

describe('fetchLimited: bounds', () => {
  test('a declared Content-Length over the cap is refused without reading the body', async () => {
    const { stream, seen } = countingStream(1_000, 50);
    const { fetch } = fakeFetch({ [FEED]: () => reply(stream, { headers: { 'content-length': '50000' } }) });
    expect(await fetchLimited(FEED, options(fetch))).toEqual({ ok: false, error: { kind: 'too-large', message: 'The feed is too large to read.' } });
    expect(seen.pulls).toBe(0);
    expect(seen.cancelled).toBe(true);
  });

  test('an undeclared body over the cap stops being read once past it, and is cancelled', async () => {
    const { stream, seen } = countingStream(1_000);
    const { fetch } = fakeFetch({ [FEED]: () => reply(stream) });
    const result = await fetchLimited(FEED, options(fetch, { maxBytes: 2_500 }));
    expect(result).toEqual({ ok: false, error: { kind: 'too-large', message: 'The feed is too large to read.' } });
    expect(seen.pulls).toBe(3);
    expect(seen.cancelled).toBe(true);
  });

  test('a Content-Length that understates the body does not get past the cap', async () => {
    const { stream, seen } = countingStream(1_000);
    const { fetch } = fakeFetch({ [FEED]: () => reply(stream, { headers: { 'content-length': '10' } }) });
    expect(await fetchLimited(FEED, options(fetch, { maxBytes: 2_500 }))).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(seen.cancelled).toBe(true);
  });

  test('a body of exactly the cap is read whole', async () => {
    const { stream, seen } = countingStream(1_000, 3);
    const { fetch } = fakeFetch({ [FEED]: () => reply(stream) });
    const result = await fetchLimited(FEED, options(fetch, { maxBytes: 3_000 }));
    expect(result).toMatchObject({ ok: true, status: 200, text: 'a'.repeat(3_000) });
    expect(seen.cancelled).toBe(false);
  });

  test('a server that never answers times out', async () => {
    const { fetch, signals } = hangingFetch();
    const result = await fetchLimited(FEED, options(fetch, { timeoutMs: 50 }));
    expect(result).toEqual({ ok: false, error: { kind: 'timeout', message: 'The site took too long to answer. Parallax will try again later.' } });
    expect(signals[0]!.aborted).toBe(true);
  });

  test('the caller giving up stops the request, and it is not reported as a timeout', async () => {
    const { fetch, signals } = hangingFetch();
    const caller = new AbortController();
    const pending = fetchLimited(FEED, options(fetch, { timeoutMs: 60_000, signal: caller.signal }));
    caller.abort();
    const result = await pending;
    expect(signals[0]!.aborted).toBe(true);
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  test('a network failure is a network error', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    expect(await fetchLimited(FEED, options(fetch))).toEqual({
      ok: false,
      error: { kind: 'network', message: 'Parallax could not reach the site. It may be down, or this computer may be offline.' },
    });
  });
});

describe('fetchLimited: encodings', () => {
  test('the Content-Type charset decodes ISO-8859-1 bytes', async () => {
    const { fetch } = fakeFetch({ [FEED]: () => reply(bytes(0x63, 0x61, 0x66, 0xe9), { headers: { 'content-type': 'text/xml; charset=ISO-8859-1' } }) });
    expect(await fetchLimited(FEED, options(fetch))).toMatchObject({ ok: true, text: 'café' });
  });

  test('the XML declaration decodes ISO-8859-1 bytes when the Content-Type names none', async () => {
    const xml = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss>caf'), 0xe9, ...new TextEncoder().encode('</rss>')]);
    const { fetch } = fakeFetch({ [FEED]: () => reply(xml, { headers: { 'content-type': 'application/rss+xml' } }) });
    expect(await fetchLimited(FEED, options(fetch))).toMatchObject({ ok: true, text: '<?xml version="1.0" encoding="ISO-8859-1"?><rss>café</rss>' });
  });
});

describe('decode', () => {
  const utf8Cafe = new TextEncoder().encode('café');
  const declared = (encoding: string, ...tail: number[]) =>
    new Uint8Array([...new TextEncoder().encode(`<?xml version="1.0" encoding="${encoding}"?>`), ...tail]);

  test.each<[string, Uint8Array, string, string]>([
    ['UTF-8 by default', utf8Cafe, '', 'café'],
    ['the Content-Type charset', bytes(0x63, 0x61, 0x66, 0xe9), 'text/html; charset=iso-8859-1', 'café'],
    ['a quoted charset', bytes(0x63, 0x61, 0x66, 0xe9), 'text/html; charset="ISO-8859-1"', 'café'],
    // Not windows-1252's curly quotes: Node's TextDecoder reads 0x80-0x9f as latin1 (nodejs/node#56542); browsers do not.
    ['another single-byte charset', bytes(0xcf, 0xf0, 0xe8), 'text/html; charset=windows-1251', 'При'],
    ['the XML declaration', declared('ISO-8859-1', 0xe9), 'application/xml', '<?xml version="1.0" encoding="ISO-8859-1"?>é'],
    ['the XML declaration in single quotes', new Uint8Array([...new TextEncoder().encode("<?xml version='1.0' encoding='latin1'?>"), 0xe9]), '', "<?xml version='1.0' encoding='latin1'?>é"],
    ['the Content-Type before the declaration', declared('ISO-8859-1', ...new TextEncoder().encode('é')), 'text/xml; charset=utf-8', '<?xml version="1.0" encoding="ISO-8859-1"?>é'],
    ['an unknown charset label falls back to UTF-8', utf8Cafe, 'text/xml; charset=x-klingon', 'café'],
    ['an unknown declared encoding falls back to UTF-8', declared('x-klingon', ...new TextEncoder().encode('é')), '', '<?xml version="1.0" encoding="x-klingon"?>é'],
  ])('%s', (_name, body, contentType, text) => {
    expect(decode(body, contentType)).toBe(text);
  });
});
