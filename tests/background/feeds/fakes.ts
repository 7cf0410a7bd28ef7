import { vi } from 'vitest';
import type { CheckDeps } from '../../../background/feeds/check-outlet';
import { feedService, type FeedLibrary, type FeedService } from '../../../background/feeds/feed-service';
import { feedStore, type KeyValueArea } from '../../../background/feeds/feed-store';
import type { OutletView } from '../../../core/protocol/feed-messages';
import { EMPTY_FEED_STATE, type FeedState } from '../../../core/feeds/feed-state';
import type { Outlet } from '../../../core/feeds/outlet';
import type { ArticleReport, FlagSummary } from '../../../core/protocol/messages';

/**
 * Hand-made stand-ins for what the background's feed code is given: `fetch` answering from
 * a table of addresses with real `Response`s, an in-memory storage area, a library, a clock.
 */

export const NOW = Date.parse('2025-03-14T12:00:00Z');
export const MINUTE = 60_000;

export interface FetchCall {
  url: string;
  init: RequestInit | undefined;
}

/** Builds a fresh answer for each request (a body can be read only once). */
export type Route = (init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * A `fetch` that answers from `routes` by exact address; any other address is a 404.
 * Every call is recorded, so a test can say what was (and was not) asked for.
 */
export function fakeFetch(routes: Record<string, Route> = {}) {
  const calls: FetchCall[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    const route = routes[url];
    return route ? route(init) : new Response('not found', { status: 404 });
  }) as typeof globalThis.fetch;
  return { fetch, calls, urls: () => calls.map((call) => call.url), routes };
}

export interface ReplyInit {
  status?: number;
  headers?: Record<string, string>;
  /** The final address after redirects, when it differs from the one asked for. */
  url?: string;
}

/** A real `Response`; `url` set as `fetch` sets it after following redirects. */
export function reply(body: BodyInit | null, init: ReplyInit = {}): Response {
  const status = init.status ?? 200;
  const response = new Response(status === 304 || status === 204 ? null : body, { status, headers: init.headers });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
}

/** A route that serves `body` with this content type (and whatever else `init` says). */
export function serve(body: string, contentType = 'application/rss+xml', init: ReplyInit = {}): Route {
  return () => reply(body, { ...init, headers: { 'content-type': contentType, ...init.headers } });
}

/**
 * A body that hands out `chunkBytes`-byte chunks one read at a time, `chunks` of them (or
 * without end), counting reads and noticing when it is cancelled. A high-water mark of 0
 * means nothing is pulled until someone reads.
 */
export function countingStream(chunkBytes: number, chunks = Infinity) {
  const seen = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulls++;
        if (seen.pulls > chunks) controller.close();
        else controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

/** A `fetch` that never answers: it rejects only when its signal aborts, as the real one does. */
export function hangingFetch() {
  const signals: AbortSignal[] = [];
  const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      if (!signal) return;
      signals.push(signal);
      signal.addEventListener('abort', () => reject(signal.reason));
    })) as typeof globalThis.fetch;
  return { fetch, signals };
}

export interface Story {
  url: string;
  title: string;
  summary?: string;
  guid?: string;
  /** RFC 822, as RSS writes it. */
  published?: string;
  author?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed of these stories. */
export function rss(title: string, stories: Story[], siteLink = 'https://ledger.example/'): string {
  const items = stories.map((story) =>
    [
      '<item>',
      `<title>${escapeXml(story.title)}</title>`,
      `<link>${escapeXml(story.url)}</link>`,
      story.guid ? `<guid isPermaLink="false">${escapeXml(story.guid)}</guid>` : '',
      story.summary ? `<description>${escapeXml(story.summary)}</description>` : '',
      story.published ? `<pubDate>${story.published}</pubDate>` : '',
      story.author ? `<dc:creator>${escapeXml(story.author)}</dc:creator>` : '',
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
    `<title>${escapeXml(title)}</title><link>${escapeXml(siteLink)}</link>`,
    ...items,
    '</channel></rss>',
  ].join('\n');
}

/** A storage area in memory, copying values in and out as extension storage does. */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
  };
}

export interface SavedStory {
  report: ArticleReport;
  outletId: string;
}

/** A library in memory: what it holds, what was saved into it, and which saves it refuses. */
export function fakeLibrary(held: Iterable<string> = [], refuse: (report: ArticleReport) => boolean = () => false) {
  const urls = new Set(held);
  const saved: SavedStory[] = [];
  const deleted: string[][] = [];
  const library: FeedLibrary = {
    has: async (url) => urls.has(url),
    save: async (report, outletId) => {
      if (refuse(report)) throw new Error('quota exceeded');
      urls.add(report.url);
      saved.push({ report, outletId });
    },
    countHeld: async (list) => list.filter((url) => urls.has(url)).length,
    deleteUnsaved: async (list) => {
      deleted.push([...list]);
      let gone = 0;
      for (const url of list) if (urls.delete(url)) gone++;
      return gone;
    },
  };
  return { library, urls, saved, deleted };
}

/** Flags "slammed" wherever it appears, so a test can tell whose flags a report carries. */
export function flagSlammed(text: string): FlagSummary[] {
  return text.includes('slammed') ? [{ entryId: 'slammed', category: 'label', text: 'slammed', voice: 'outlet', speaker: null }] : [];
}

/** The deps `checkOutlet` needs, on the fakes; `library` answers `inLibrary` and takes the saves. */
export function checkDeps(fetch: typeof globalThis.fetch, library: FeedLibrary, extra: Partial<CheckDeps> = {}): CheckDeps {
  return {
    fetch,
    now: () => NOW,
    grantedOrigins: async () => ['https://ledger.example/*'],
    inLibrary: (url) => library.has(url),
    save: (report, outletId) => library.save(report, outletId),
    flag: flagSlammed,
    ...extra,
  };
}

export function outlet(overrides: Partial<Outlet> = {}): Outlet {
  return {
    id: 'ledger.example',
    name: 'Northern Ledger',
    siteUrl: 'https://ledger.example/',
    feedUrls: ['https://ledger.example/feed'],
    paused: false,
    addedAt: NOW - 7 * 24 * 60 * MINUTE,
    fetchFullText: false,
    ...overrides,
  };
}

export function feedState(overrides: Partial<FeedState> = {}): FeedState {
  return { ...EMPTY_FEED_STATE, ...overrides };
}

/** An article as the page pipeline reads it. */
export function pageReport(url: string, text: string, overrides: Partial<ArticleReport> = {}): ArticleReport {
  return { url, title: null, siteName: null, byline: null, publishedTime: null, lang: 'en', excerpt: null, text, flags: [], ...overrides };
}

/** Waits until no outlet is being checked (follow and check-now start checks they do not await). */
export async function untilIdle(service: FeedService): Promise<void> {
  await vi.waitFor(async () => {
    const listed = await service.handle({ type: 'feeds:list' });
    if (!('outlets' in listed) || listed.outlets.some((view) => view.checking)) throw new Error('still checking');
  });
}

export interface ServiceSetup {
  outlets?: Outlet[];
  states?: Record<string, FeedState>;
  /** Other storage keys, as stored (`feedGuids:<id>`, `feedArticles:<id>`, `feedIntervalMinutes`). */
  stored?: Record<string, unknown>;
  /** Addresses the library holds. */
  held?: string[];
  granted?: string[];
  routes?: Record<string, Route>;
  /** Host access automatic reading still wants. @default [] */
  wanted?: string[];
}

/** A feed service over an in-memory store, a fake library and a fake `fetch`. */
export function serviceSetup({ outlets = [], states = {}, stored = {}, held = [], granted = ['https://ledger.example/*', 'https://harbour.example/*'], routes = {}, wanted = [] }: ServiceSetup = {}) {
  const area = memoryArea({ outlets, feedStates: states, ...stored });
  const store = feedStore(area);
  const net = fakeFetch(routes);
  const lib = fakeLibrary(held);
  const schedule = vi.fn(async (_minutes: number) => undefined);
  const released: string[][] = [];
  const service = feedService({
    store,
    library: lib.library,
    schedule,
    fetch: net.fetch,
    now: () => NOW,
    grantedOrigins: async () => granted,
    flag: flagSlammed,
    stillWanted: async () => wanted,
    releaseOrigins: async (patterns) => released.push(patterns),
  });
  return { service, store, area, net, lib, schedule, released };
}

export async function listOutlets(service: FeedService): Promise<OutletView[]> {
  const response = await service.handle({ type: 'feeds:list' });
  if (!('outlets' in response)) throw new Error(`list failed: ${JSON.stringify(response)}`);
  return response.outlets;
}

/** The Harbour Independent, a second outlet beside the Northern Ledger. */
export const HARBOUR = outlet({ id: 'harbour.example', name: 'Harbour Independent', siteUrl: 'https://harbour.example/', feedUrls: ['https://harbour.example/atom'] });

/** The Ledger's feed with one story. */
export function ledgerFeed(slug = 'a', title = 'Northern Ledger'): string {
  return rss(title, [{ url: `https://ledger.example/news/${slug}`, title: `Story ${slug}`, summary: `Summary of ${slug}.`, guid: `guid-${slug}`, published: 'Fri, 14 Mar 2025 09:00:00 GMT' }]);
}
