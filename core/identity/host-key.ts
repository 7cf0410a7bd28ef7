/**
 * The host a reader means by a site, for the switches kept per site (highlights, automatic
 * reading) and for finding the followed outlet of a page: lower case, without "www.".
 * International names stay in the ASCII (punycode) form `location.hostname` gives.
 */
export function hostKey(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '');
}

/** Host prefixes of mirrors of one site: "www.", "www2.", the mobile "m." and "amp.", when a name is left after them. */
const MIRROR_PREFIX = /^(?:www\d?|m|amp)\.(?=[^.]+\.)/;

/**
 * A host without the prefix of its mirror: "m.ledger.example" and "www.ledger.example" are
 * "ledger.example", so a page that names no outlet is grouped with its site's other pages
 * whichever mirror it was read on.
 */
export function mirrorlessHost(host: string): string {
  return hostKey(host).replace(MIRROR_PREFIX, '');
}
