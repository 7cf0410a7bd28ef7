import { getDomain } from 'tldts';

/**
 * The site a URL belongs to: its registrable domain by the Public Suffix List, private
 * suffixes included, so "a.github.io" and "b.github.io" are two sites while
 * "news.bbc.co.uk" and "www.bbc.co.uk" are one. An IP address or a bare host is its own
 * site. Outlet profiles are kept under it, and a page's report may only claim an address
 * on its own site.
 */
export function siteOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
