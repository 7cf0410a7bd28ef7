/**
 * What a story's address is. One list of tracking parameters and two forms of one address:
 * `cleanUrl`, the full URL the library stores an article under and the feeds link to, and
 * `storyKey`, the shorter form in which two addresses of one story are equal (matching
 * merges accounts whose keys are equal). The key is made from the clean URL, so anything
 * `cleanUrl` drops, `storyKey` drops too.
 */

/**
 * Parameters that never select content: campaign tags, click ids, share markers. The
 * library's stored URLs were made with this list, so a name added here changes the key
 * of stored articles whose address carries it (db/library-upgrade.ts would need a step).
 */
const TRACKING_PARAM =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|ref_url|cmpid|ito|smid|sh|share|s_cid|ocid|at_medium|at_campaign|at_custom\d*)$/i;

/** Whether a query parameter only tracks the reader. */
export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAM.test(name);
}

/** Resolves `href` against `base`, keeps only http(s), drops the fragment and tracking parameters. */
export function cleanUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.trim(), base ?? undefined);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of Array.from(url.searchParams.keys())) {
    if (isTrackingParam(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

/**
 * One article, one key: the same page reached with tracking parameters, a fragment, a
 * trailing slash, "www." or the other scheme gives one "host/path?query", the remaining
 * parameters sorted. Null for anything but an http(s) address.
 */
export function storyKey(href: string | null | undefined): string | null {
  const clean = cleanUrl(href);
  if (!clean) return null;
  const url = new URL(clean);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const params = url.search.slice(1).split('&').filter(Boolean).sort();
  return `${url.host.replace(/^www\./, '')}${path}${params.length ? '?' + params.join('&') : ''}`;
}
