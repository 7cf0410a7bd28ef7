import { hostKey } from '../identity/host-key';
import type { AutoReadMode } from './settings';

/**
 * Automatic reading in terms of the browser's host permissions. Parallax asks for no host
 * access at install; the reader grants it for every site or for chosen ones, and the
 * content script is registered for exactly the pages that are both chosen and granted.
 * Match patterns carry no port, so a site's pattern covers every port of its host.
 */

/** The reader's choice, as settings hold it. */
export interface AutoReadChoice {
  autoRead: AutoReadMode;
  autoReadSites: readonly string[];
}

/** What "every site" asks for: web pages only, not files or browser pages. */
export const EVERY_SITE_PATTERNS: readonly string[] = ['http://*/*', 'https://*/*'];

/**
 * The patterns for a site key ("example.com"): the host and its subdomains, over http and
 * https. Schemes are spelled out: a browser grants only patterns that one of the
 * manifest's optional ones contains, and `*://` is contained by neither of them alone.
 */
export function sitePatterns(site: string): string[] {
  const key = hostKey(site);
  // An IP address or single-label host has no subdomains to cover.
  const hosts = /^[\d.]+$/.test(key) || !key.includes('.') ? [key] : [key, `*.${key}`];
  return hosts.flatMap((host) => [`http://${host}/*`, `https://${host}/*`]);
}

/** The host access the reader's choice needs. */
export function wantedPatterns(settings: AutoReadChoice): string[] {
  switch (settings.autoRead) {
    case 'off':
      return [];
    case 'everywhere':
      return [...EVERY_SITE_PATTERNS];
    case 'chosen':
      return [...new Set(settings.autoReadSites.flatMap(sitePatterns))];
  }
}

/** Whether the granted origins cover every web page. */
export function grantsEverySite(granted: readonly string[]): boolean {
  const set = new Set(granted);
  return set.has('<all_urls>') || set.has('*://*/*') || EVERY_SITE_PATTERNS.every((p) => set.has(p));
}

/**
 * The match patterns to register the content script for: the wanted ones the browser has
 * granted. Empty means "unregister". A pattern counts as granted when it was granted as
 * such or when every site was.
 */
export function registrationMatches(settings: AutoReadChoice, granted: readonly string[]): string[] {
  const wanted = wantedPatterns(settings);
  if (grantsEverySite(granted)) return wanted;
  const have = new Set(granted);
  return wanted.filter((pattern) => have.has(pattern));
}

/** Whether the reader's choice is in force, or waits for host access the browser does not give. */
export type AutoReadStatus = 'off' | 'on' | 'partly' | 'needs-access';

export function autoReadStatus(settings: AutoReadChoice, granted: readonly string[]): AutoReadStatus {
  const wanted = wantedPatterns(settings);
  if (wanted.length === 0) return 'off';
  const matches = registrationMatches(settings, granted);
  if (matches.length === wanted.length) return 'on';
  return matches.length === 0 ? 'needs-access' : 'partly';
}
