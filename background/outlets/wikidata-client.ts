import { retryAfterMs } from '../../core/outlet/retry-after';

/**
 * Parallax's only requests to Wikidata, made from the background and only when the reader
 * turned lookups on. What is sent: the outlet's web address (in a SPARQL query for its
 * official website) and Wikidata item ids; never the article, its address or the reader's
 * words. Requests carry no cookies and a User-Agent naming Parallax, as Wikimedia asks
 * (`Api-User-Agent`, which browsers let a script set).
 */

/** The production endpoints: fixed here. A test build may point them at a local server (wikidata-endpoints.ts). */
export const WIKIDATA_ENDPOINTS = {
  sparql: 'https://query.wikidata.org/sparql',
  api: 'https://www.wikidata.org/w/api.php',
} as const;

export type WikidataEndpoints = { sparql: string; api: string };

/** The host access the lookups need, and all they ask for. */
export const WIKIDATA_ORIGINS = ['https://query.wikidata.org/*', 'https://www.wikidata.org/*'];

const USER_AGENT = 'Parallax/0.1 (browser extension; https://github.com/parallax-reader/parallax) outlet lookups';
const MAX_ANSWER_CHARS = 2_000_000;
export const LOOKUP_TIMEOUT_MS = 20_000;

export type LookupFailureKind = 'offline' | 'timeout' | 'rate-limited' | 'failed';

/** Why a request gave nothing; `retryAfterMs` when the server said how long to wait. */
export class LookupFailure extends Error {
  constructor(
    readonly kind: LookupFailureKind,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export interface ClientDeps {
  fetch: typeof fetch;
  endpoints: WikidataEndpoints;
  now: () => number;
  /** @default LOOKUP_TIMEOUT_MS */
  timeoutMs?: number;
}

/** GETs one JSON answer within a deadline and a size bound; every way it can go wrong is a LookupFailure. */
export async function getJson(url: string, deps: ClientDeps): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? LOOKUP_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        headers: { Accept: 'application/sparql-results+json, application/json', 'Api-User-Agent': USER_AGENT },
        credentials: 'omit',
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) throw new LookupFailure('timeout', 'Wikidata did not answer in time');
      throw new LookupFailure('offline', error instanceof Error ? error.message : 'no connection');
    }
    if (response.status === 429) {
      throw new LookupFailure('rate-limited', 'Wikidata asked Parallax to slow down', retryAfterMs(response.headers.get('retry-after'), deps.now()));
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new LookupFailure('failed', `Wikidata answered ${response.status}`, retryAfterMs(response.headers.get('retry-after'), deps.now()));
    }
    const text = await response.text();
    if (text.length > MAX_ANSWER_CHARS) throw new LookupFailure('failed', 'Wikidata’s answer was too large');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new LookupFailure('failed', 'Wikidata’s answer was not JSON');
    }
  } catch (error) {
    if (error instanceof LookupFailure) throw error;
    // The body stopped arriving before the deadline, or the connection dropped midway.
    throw controller.signal.aborted ? new LookupFailure('timeout', 'Wikidata did not answer in time') : new LookupFailure('offline', 'the answer was cut off');
  } finally {
    clearTimeout(timer);
  }
}

export function sparqlUrl(endpoints: WikidataEndpoints, query: string): string {
  return `${endpoints.sparql}?${new URLSearchParams({ query, format: 'json' })}`;
}

/** `wbgetentities` for up to 50 ids (the API's limit), in the given languages. */
export function entitiesUrl(endpoints: WikidataEndpoints, ids: readonly string[], props: string, langs: readonly string[]): string {
  const params = new URLSearchParams({ action: 'wbgetentities', ids: ids.slice(0, 50).join('|'), props, languages: langs.join('|'), format: 'json', origin: '*' });
  return `${endpoints.api}?${params}`;
}
