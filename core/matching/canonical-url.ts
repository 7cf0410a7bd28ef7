/**
 * One article, one key: the same page reached with tracking parameters, a fragment, a
 * trailing slash, "www." or the other scheme must not enter the library twice. Parsed by
 * hand because core/ has no DOM lib and so no typed URL class.
 */

const URL_RE = /^https?:\/\/([^/?#\s]+)([^?#\s]*)(?:\?([^#\s]*))?/i;
// Parameters that never select content: campaign tags and click ids.
const TRACKING_RE = /^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|src)$/i;

/** "host/path?query" with tracking parameters dropped and the rest sorted, or null. */
export function canonicalUrl(url: string | null | undefined): string | null {
  const m = url ? URL_RE.exec(url.trim()) : null;
  if (!m) return null;
  const host = m[1]!.toLowerCase().replace(/^www\./, '').replace(/:(?:80|443)$/, '');
  const path = m[2]!.replace(/\/+$/, '') || '/';
  const params = (m[3] ?? '')
    .split('&')
    .filter((p) => p && !TRACKING_RE.test(p.split('=')[0]!))
    .sort();
  return `${host}${path}${params.length ? '?' + params.join('&') : ''}`;
}
