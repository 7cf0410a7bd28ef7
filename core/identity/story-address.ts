/** Canonical URLs without the tracking noise that makes one article look like many. */

const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|ref_url|cmpid|ito|smid|sh|share|s_cid|ocid|at_medium|at_campaign|at_custom\d*)$/i;

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
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

/** "www.northern-ledger.co.uk" → "Northern Ledger": a readable outlet name when a page names none. */
export function outletFromHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/^www\d?\./, '').split('.').filter(Boolean);
  if (labels.length === 0 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return null;
  // Drop the public suffix: one label, or two for the common "co.uk" style.
  const secondLevel = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);
  let end = labels.length - 1;
  if (end >= 2 && secondLevel.has(labels[end - 1]!)) end--;
  const name = labels[Math.max(0, end - 1)] ?? labels[0]!;
  return name
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
