import type { OutletProfile } from '../outlet/outlet-profile';
import type { OwnerKind } from '../outlet/owner-kind';

/*
 * The popup's and options page's requests about outlets, accepted from Parallax's own
 * pages only (the background checks the sender). Answers hold what is stored: a lookup
 * the request starts runs in the background, and the page asks again for its result.
 */

export const OUTLET_MESSAGE_LIMITS = { urls: 60, urlChars: 2_048, siteChars: 253 } as const;

export type OutletRequest =
  /** The profiles of the outlets of these pages (the article's, then the other accounts'). */
  | { type: 'outlets:get'; urls: string[] }
  /** The reader's corrections and note for one outlet (validated by parseReaderNotes in the background). */
  | { type: 'outlets:note'; site: string; notes: unknown }
  /** Every outlet with a profile, for the options page, where the reader sees and edits their notes. */
  | { type: 'outlets:list' };

/** Whether lookups can run: off (the setting), no-access (setting on, access not granted), or on. */
export type LookupAvailability = 'off' | 'no-access' | 'on';

export interface OutletsResponse {
  ok: true;
  /** Each requested page's site, in order; null for an address with no site. */
  sites: Array<string | null>;
  profiles: Record<string, OutletProfile>;
  lookups: LookupAvailability;
  /** Sites queued for a lookup or being looked up now: the page asks again until they are done. */
  pending: string[];
  /** What the library's outlet profiles hold in all, for "who did not cover this": countries and kinds, as shown. */
  library: { countries: string[]; kinds: string[]; ownerKinds: OwnerKind[]; outlets: number };
}

export interface OutletNoteResponse {
  ok: true;
  profile: OutletProfile;
}

export interface OutletListResponse {
  ok: true;
  /** By site, at most MAX_PROFILES of them (db/outlet-db.ts). */
  list: OutletProfile[];
}

export type OutletResponse = OutletsResponse | OutletNoteResponse | OutletListResponse | { ok: false; error: string };


export function parseOutletRequest(message: unknown): OutletRequest | string {
  if (typeof message !== 'object' || message === null) return 'message is not an object';
  const m = message as Record<string, unknown>;
  if (m['type'] === 'outlets:get') {
    const urls = m['urls'];
    if (!Array.isArray(urls) || urls.length > OUTLET_MESSAGE_LIMITS.urls) return `outlets:get needs a list of at most ${OUTLET_MESSAGE_LIMITS.urls} addresses`;
    if (!urls.every((u) => typeof u === 'string' && u.length <= OUTLET_MESSAGE_LIMITS.urlChars)) return 'outlets:get needs addresses';
    return { type: 'outlets:get', urls: urls as string[] };
  }
  if (m['type'] === 'outlets:note') {
    const site = m['site'];
    if (typeof site !== 'string' || site.length === 0 || site.length > OUTLET_MESSAGE_LIMITS.siteChars) return 'outlets:note needs a site';
    return { type: 'outlets:note', site, notes: m['notes'] };
  }
  if (m['type'] === 'outlets:list') return { type: 'outlets:list' };
  return `unknown message type ${JSON.stringify(String(m['type'])).slice(0, 40)}`;
}
