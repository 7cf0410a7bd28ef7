import { describe, expect, test } from 'vitest';
import { emptyProfile, LOOKUP_REFRESH_MS, type OutletProfile } from '../../../core/outlet/outlet-profile';
import { outletLookups } from '../../../background/outlets/outlet-lookups';
import type { OutletStore } from '../../../background/outlets/outlet-store';
import { LookupFailure, WIKIDATA_ENDPOINTS, type ClientDeps } from '../../../background/outlets/wikidata-client';
import { lookUpOutlet } from '../../../background/outlets/wikidata-lookup';
import { fakeWikidataFetch } from '../../fixtures/wikidata/fake-wikidata';

const LOCAL = { sparql: 'http://127.0.0.1:9/sparql', api: 'http://127.0.0.1:9/w/api.php' };
const NOW = Date.UTC(2026, 6, 3);
const client = (fetch: typeof globalThis.fetch, timeoutMs = 2_000): ClientDeps => ({ fetch, endpoints: LOCAL, now: () => NOW, timeoutMs });

async function failureOf(promise: Promise<unknown>): Promise<LookupFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof LookupFailure)) throw new Error(`expected a LookupFailure, got ${String(error)}`);
  return error;
}

describe('lookUpOutlet against recorded answers', () => {
  test('finds the outlet by its official website and keeps its facts, owners up the chain and labels', async () => {
    const seen: string[] = [];
    const profile = await lookUpOutlet('northern-ledger.test', ['en'], client(fakeWikidataFetch(seen)));
    expect(profile).toMatchObject({
      item: 'Q900101',
      label: 'The Northern Ledger',
      readAt: NOW,
      kinds: [{ id: 'Q11032', label: 'newspaper' }],
      countries: [{ id: 'Q20', label: 'Norway' }],
      founded: '1821',
      languages: [{ id: 'Q25167', label: 'Bokmål' }],
      wikipedia: { url: 'https://en.wikipedia.org/wiki/The_Northern_Ledger', lang: 'en', title: 'The Northern Ledger' },
    });
    // Three levels, no more; the owner whose statement ended is not among them.
    expect(profile?.owners.map((o) => [o.label, o.relation, o.depth, o.statedBy])).toEqual([
      ['Ledger Media Group', 'owner', 1, 'Q900101'],
      ['Fjordline Holdings', 'parent', 2, 'Q900102'],
      ['Hallvard Family Trust', 'owner', 3, 'Q900103'],
    ]);
    // What was sent: the site's addresses and item ids, nothing of any article.
    const sent = seen.map((url) => decodeURIComponent(url));
    expect(sent[0]).toContain('<https://northern-ledger.test/>');
    expect(sent.every((url) => url.startsWith('http://127.0.0.1:9/'))).toBe(true);
    expect(seen.length).toBeLessThanOrEqual(6);
  });

  test('the reader’s language first, English after', async () => {
    const profile = await lookUpOutlet('northern-ledger.test', ['nb', 'en'], client(fakeWikidataFetch()));
    expect(profile?.label).toBe('Nordlig Hovedbok');
    expect(profile?.kinds[0]?.label).toBe('newspaper');
  });

  test('an outlet Wikidata does not know is null, not a failure', async () => {
    expect(await lookUpOutlet('unknown-outlet.test', ['en'], client(fakeWikidataFetch()))).toBeNull();
  });

  test('429 with Retry-After is a rate limit that says how long to wait', async () => {
    const fetch = async () => new Response('slow down', { status: 429, headers: { 'retry-after': '120' } });
    const failure = await failureOf(lookUpOutlet('northern-ledger.test', ['en'], client(fetch)));
    expect(failure.kind).toBe('rate-limited');
    expect(failure.retryAfterMs).toBe(120_000);
  });

  test('an answer that never comes is a timeout', async () => {
    const fetch = (_input: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect((await failureOf(lookUpOutlet('northern-ledger.test', ['en'], client(fetch, 50)))).kind).toBe('timeout');
  });

  test('no connection is offline', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect((await failureOf(lookUpOutlet('northern-ledger.test', ['en'], client(fetch)))).kind).toBe('offline');
  });

  test('a server error, and an answer that is not JSON, are failures', async () => {
    const broken = async () => new Response('<html>oops</html>', { status: 200 });
    const down = async () => new Response('', { status: 503 });
    expect((await failureOf(lookUpOutlet('northern-ledger.test', ['en'], client(broken)))).kind).toBe('failed');
    expect((await failureOf(lookUpOutlet('northern-ledger.test', ['en'], client(down)))).kind).toBe('failed');
  });

  test('the production endpoints are Wikidata’s own', () => {
    expect(WIKIDATA_ENDPOINTS).toEqual({ sparql: 'https://query.wikidata.org/sparql', api: 'https://www.wikidata.org/w/api.php' });
  });
});

function memoryStore(initial: OutletProfile[]): OutletStore {
  const profiles = new Map(initial.map((p) => [p.site, p]));
  return {
    get: async (site) => profiles.get(site),
    getMany: async (sites) => new Map(sites.filter((s) => profiles.has(s)).map((s) => [s, profiles.get(s)!])),
    update: async (site, change) => {
      const next = change(profiles.get(site) ?? emptyProfile(site, NOW));
      profiles.set(site, next);
      return next;
    },
    all: async () => [...profiles.values()],
    clear: async () => profiles.clear(),
  };
}

describe('the lookup queue', () => {
  const deps = (store: OutletStore, fetch: typeof globalThis.fetch, now = () => NOW) => ({
    store,
    client: async () => client(fetch),
    allowed: async () => true,
    languages: () => ['en'],
    now,
    pauseMs: 0,
  });

  test('stores what it found, and the reader’s note is untouched', async () => {
    const reader = { kind: 'family-owned daily', country: null, owner: null, founded: null, note: 'Mine.', at: NOW };
    const store = memoryStore([{ ...emptyProfile('northern-ledger.test', NOW), reader }, emptyProfile('unknown-outlet.test', NOW)]);
    const lookups = outletLookups(deps(store, fakeWikidataFetch()));
    lookups.request(['northern-ledger.test', 'unknown-outlet.test']);
    await lookups.idle();
    const found = await store.get('northern-ledger.test');
    expect(found?.lookup).toEqual({ status: 'found', at: NOW });
    expect(found?.wikidata?.item).toBe('Q900101');
    expect(found?.reader).toEqual(reader);
    expect((await store.get('unknown-outlet.test'))?.lookup).toEqual({ status: 'unknown', at: NOW });
  });

  test('looks up once, and again only after 30 days', async () => {
    const seen: string[] = [];
    let now = NOW;
    const store = memoryStore([emptyProfile('northern-ledger.test', NOW)]);
    const lookups = outletLookups(deps(store, fakeWikidataFetch(seen), () => now));
    lookups.request(['northern-ledger.test']);
    await lookups.idle();
    const first = seen.length;
    lookups.request(['northern-ledger.test']);
    await lookups.idle();
    expect(seen.length).toBe(first);
    now += LOOKUP_REFRESH_MS;
    lookups.request(['northern-ledger.test']);
    await lookups.idle();
    expect(seen.length).toBe(first * 2);
  });

  test('a 429 pauses the whole queue until Retry-After, and the profile says when it is tried again', async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return new Response('', { status: 429, headers: { 'retry-after': '600' } });
    };
    const store = memoryStore([emptyProfile('a-outlet.test', NOW), emptyProfile('b-outlet.test', NOW)]);
    const lookups = outletLookups(deps(store, fetch));
    lookups.request(['a-outlet.test', 'b-outlet.test']);
    await lookups.idle();
    expect(calls).toBe(1);
    expect((await store.get('a-outlet.test'))?.lookup).toEqual({ status: 'rate-limited', at: NOW, retryAt: NOW + 600_000, failures: 1 });
    expect((await store.get('b-outlet.test'))?.lookup).toEqual({ status: 'never' });
  });

  test('nothing is asked while lookups are not allowed', async () => {
    let calls = 0;
    const store = memoryStore([emptyProfile('northern-ledger.test', NOW)]);
    const lookups = outletLookups({ ...deps(store, async () => (calls++, new Response('{}'))), allowed: async () => false });
    lookups.request(['northern-ledger.test']);
    await lookups.idle();
    expect(calls).toBe(0);
  });
});
