import type { LookupAvailability } from '../../core/protocol/outlet-messages';
import { readerLanguages } from '../../core/outlet/wikidata-query';
import type { OutletDb } from '../../db/outlet-db';
import { outletLookups, type OutletLookups } from './outlet-lookups';
import { outletService, type OutletService } from './outlet-service';
import { outletStore } from './outlet-store';
import { wikidataEndpoints } from './wikidata-endpoints';

/** What the background entrypoint hands in: the browser's storage, permissions and language, and fetch. */
export interface OutletEnvironment {
  db: () => Promise<OutletDb>;
  now: () => number;
  fetch: typeof fetch;
  lookupsOn: () => Promise<boolean>;
  /** Whether the browser grants every one of these origin patterns. */
  granted: (origins: string[]) => Promise<boolean>;
  readStorage: (key: string) => Promise<unknown>;
  uiLanguage: () => string;
  /** Addresses of the library's articles (bounded), whose sites a sweep looks up. */
  librarySites: () => Promise<string[]>;
}

export function outletParts(env: OutletEnvironment): { service: OutletService; lookups: OutletLookups } {
  const store = outletStore(env.db, env.now);
  const availability = async (): Promise<LookupAvailability> => {
    if (!(await env.lookupsOn().catch(() => false))) return 'off';
    const { origins } = await wikidataEndpoints(env.readStorage);
    return (await env.granted(origins).catch(() => false)) ? 'on' : 'no-access';
  };
  const lookups = outletLookups({
    store,
    client: async () => ({ fetch: env.fetch, now: env.now, endpoints: (await wikidataEndpoints(env.readStorage)).endpoints }),
    allowed: async () => (await availability()) === 'on',
    languages: () => readerLanguages(env.uiLanguage()),
    now: env.now,
    librarySites: env.librarySites,
  });
  return { service: outletService({ store, lookups, availability, now: env.now }), lookups };
}
