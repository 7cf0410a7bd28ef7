import { hostKey } from '../identity/host-key';
import { nameFromHost } from '../identity/outlet-name';
import { urlAllowedBy } from '../settings/match-pattern';
import { httpUrl, isObject } from '../protocol/validate';

/**
 * An outlet the reader follows, as kept in extension storage. `parseOutlets` accepts
 * anything (an old version, a hand-edited import, a corrupt value) and keeps the entries
 * that are valid, as `parseSettings` does: one bad outlet never loses the others.
 */

export interface Outlet {
  /** From the site's address (`outletIdFor`), so following the same site twice finds the same outlet. */
  id: string;
  name: string;
  /** The outlet's home page. */
  siteUrl: string;
  /** At least one; an outlet may offer several (news, and a section the reader chose). */
  feedUrls: string[];
  /** Followed but not checked for now. @default false */
  paused: boolean;
  /** When the reader followed it, ms since the epoch. */
  addedAt: number;
  /** Fetch each new story's page for its full text, not just the feed's summary. @default false */
  fetchFullText: boolean;
}

export const OUTLET_LIMITS = { outlets: 500, feedsPerOutlet: 10, nameChars: 200, idChars: 300 } as const;

export function parseOutlets(value: unknown): Outlet[] {
  if (!Array.isArray(value)) return [];
  const byId = new Map<string, Outlet>();
  for (const entry of value) {
    const outlet = parseOutlet(entry);
    // The first of two entries with one id wins: that is the order the reader saw them in.
    if (outlet && !byId.has(outlet.id)) byId.set(outlet.id, outlet);
    if (byId.size >= OUTLET_LIMITS.outlets) break;
  }
  return [...byId.values()];
}

/** One outlet, or null when it lacks what following needs: a site and a feed. */
export function parseOutlet(value: unknown): Outlet | null {
  if (!isObject(value)) return null;
  const siteUrl = httpUrl(value['siteUrl']);
  if (!siteUrl) return null;
  const feedUrls = Array.isArray(value['feedUrls'])
    ? [...new Set(value['feedUrls'].map(httpUrl).filter((url): url is string => url !== null))].slice(0, OUTLET_LIMITS.feedsPerOutlet)
    : [];
  if (feedUrls.length === 0) return null;
  const id = typeof value['id'] === 'string' && value['id'].trim() && value['id'].length <= OUTLET_LIMITS.idChars ? value['id'].trim() : outletIdFor(siteUrl);
  if (!id) return null;
  const name = typeof value['name'] === 'string' ? value['name'].replace(/\s+/g, ' ').trim().slice(0, OUTLET_LIMITS.nameChars) : '';
  const addedAt = value['addedAt'];
  return {
    id,
    name: name || defaultName(siteUrl),
    siteUrl,
    feedUrls,
    paused: value['paused'] === true,
    addedAt: typeof addedAt === 'number' && Number.isFinite(addedAt) && addedAt >= 0 ? addedAt : 0,
    fetchFullText: value['fetchFullText'] === true,
  };
}

/**
 * A stable id from the site's address: the host without "www." (port kept), plus the path
 * when the outlet lives under one ("medium.example/@ledger"), since several outlets can
 * share a host. Null for anything but http(s).
 */
export function outletIdFor(siteUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const path = url.pathname.replace(/\/+$/, '');
  return `${hostKey(url.host)}${path}`.slice(0, OUTLET_LIMITS.idChars);
}

/**
 * Match patterns to ask host permission for: one per scheme and host, deduplicated,
 * http(s) only. No port: Firefox refuses patterns with one, and in Chrome a pattern
 * without a port matches every port.
 */
export function originPatternsFor(urls: Iterable<string>): string[] {
  const patterns = new Set<string>();
  for (const raw of urls) {
    const url = httpUrl(raw);
    if (url) {
      const { protocol, hostname } = new URL(url);
      patterns.add(`${protocol}//${hostname}/*`);
    }
  }
  return [...patterns];
}

/**
 * The host access an outlet the reader stops following was granted for and nothing else
 * needs: not another outlet's site or feeds, not the sites the reader lets Parallax read
 * by itself (`stillWanted`, match patterns). Access is given back when it is no longer used.
 */
export function releasableOrigins(removed: Outlet, remaining: readonly Outlet[], stillWanted: readonly string[]): string[] {
  const kept = new Set(originPatternsFor(remaining.flatMap((o) => [o.siteUrl, ...o.feedUrls])));
  return originPatternsFor([removed.siteUrl, ...removed.feedUrls]).filter(
    // "https://host/*" is wanted when the page at that host's root falls under a wanted pattern.
    (pattern) => !kept.has(pattern) && !urlAllowedBy(pattern.replace(/\*$/, ''), stillWanted),
  );
}

/** A new outlet record, for when the reader follows a site. */
export function newOutlet(siteUrl: string, feedUrls: readonly string[], now: number, name?: string): Outlet | null {
  return parseOutlet({ siteUrl, feedUrls, addedAt: now, name, id: outletIdFor(siteUrl) });
}

function defaultName(siteUrl: string): string {
  const host = new URL(siteUrl).hostname;
  return nameFromHost(host) ?? host;
}
