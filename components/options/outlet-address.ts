import type { OutletView } from '../../core/protocol/feed-messages';
import { hostKey } from '../../core/identity/host-key';
import { siteOf } from '../../core/identity/outlet-site';
import { listWords } from '../format';
import { siteFromInput } from './site-input';

/** Addresses and hosts around following an outlet: what the reader typed, what the popup's page is. */

const SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** The host of a match pattern such as `https://www.example.com/*`. */
const PATTERN_HOST_RE = /^[a-z*]+:\/\/([^/]+)\//i;

/** The address to follow from what the reader typed: a site ("example.com") or a feed's address; null when it names neither. */
export function followAddress(input: string): string | null {
  const trimmed = input.trim();
  if (!siteFromInput(trimmed)) return null;
  try {
    const url = new URL(SCHEME_RE.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * What the popup follows for the page it shows: the article's own origin when it is on the
 * page's site, else the site's home page. The canonical address may name another host (an
 * AMP cache, a syndication partner), and the reader meant the site they are on.
 */
export function followTarget(site: string, articleUrl: string | null): string {
  try {
    const url = new URL(articleUrl ?? '');
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === site) return `${url.origin}/`;
  } catch {
    // Not an address: fall back to the site.
  }
  return `https://${site}/`;
}

/**
 * The followed outlet on the page's site; null when the reader follows none there. Sites
 * as outlet profiles key them (`siteOf`): "news.ledger.example" is the site of an outlet
 * followed at "www.ledger.example", as its profile is.
 */
export function followedOutlet(outlets: readonly OutletView[], host: string): OutletView | null {
  const site = siteOf(`https://${hostKey(host)}/`);
  return site === null ? null : (outlets.find((outlet) => siteOf(outlet.siteUrl) === site) ?? null);
}

/** The site of an outlet as the options page shows it: host, and path when it lives under one. */
export function siteLabel(siteUrl: string): string {
  try {
    const url = new URL(siteUrl);
    return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return siteUrl;
  }
}

/** "a.example and b.example" from match patterns, each host once. */
export function patternHosts(patterns: readonly string[]): string {
  const hosts = patterns.map((p) => PATTERN_HOST_RE.exec(p)?.[1] ?? p);
  return listWords([...new Set(hosts)]);
}
