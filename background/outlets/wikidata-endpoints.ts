import { WIKIDATA_ENDPOINTS, WIKIDATA_ORIGINS, type WikidataEndpoints } from './wikidata-client';

/**
 * Where lookups go. A production build always asks Wikidata: `WXT_PARALLAX_TEST_BUILD` is
 * replaced at build time, so the branch below is not even in its code. Only a build made
 * with `WXT_PARALLAX_TEST_BUILD=true` (`npm run build:test`, the end-to-end tests' one test build, in .output/test-build)
 * reads a local address from extension storage, and only one on 127.0.0.1.
 */

export const TEST_ENDPOINT_KEY = 'testWikidataOrigin';
const LOCAL_ORIGIN = /^http:\/\/127\.0\.0\.1:\d{2,5}$/;

export interface Endpoints {
  endpoints: WikidataEndpoints;
  /** The host access they need. */
  origins: string[];
}

export async function wikidataEndpoints(read: (key: string) => Promise<unknown>): Promise<Endpoints> {
  if (import.meta.env.WXT_PARALLAX_TEST_BUILD === 'true') {
    const origin = await read(TEST_ENDPOINT_KEY);
    if (typeof origin === 'string' && LOCAL_ORIGIN.test(origin)) {
      return { endpoints: { sparql: `${origin}/sparql`, api: `${origin}/w/api.php` }, origins: ['http://127.0.0.1/*'] };
    }
  }
  return { endpoints: WIKIDATA_ENDPOINTS, origins: WIKIDATA_ORIGINS };
}
