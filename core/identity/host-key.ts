/**
 * The host a reader means by a site, for the switches kept per site (highlights, automatic
 * reading) and for finding the followed outlet of a page: lower case, without "www.".
 * International names stay in the ASCII (punycode) form `location.hostname` gives.
 */
export function hostKey(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '');
}
