import { mirrorlessHost } from './host-key';

/**
 * What an outlet is: its display name and its key, from the name the page declares, else
 * its host. The popup's groups, the comparison's columns and the options page's outlet
 * filter all use `outletIdentity`, so one outlet is one group everywhere. The key is the
 * name's and not the site's: several outlets can share one host (a syndication host, a
 * local server), while the site (outlet-site.ts) is where an outlet's pages live and keys
 * its profile.
 */
const HOST_RE = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i;
const MARKS_RE = /\p{M}/gu;
const NOT_WORD_RE = /[^\p{L}\p{N}]+/gu;
/** Words a monogram skips: "The Northern Ledger" is NL, not TN. */
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'der', 'die', 'das', 'el']);

export interface OutletIdentity {
  /** Equal for every spelling of one outlet (see `outletKey`). */
  key: string;
  /** As this page spells it. */
  name: string;
}

/** The outlet of a page, from its declared site name and its address. */
export function outletIdentity(siteName: string | null, url: string): OutletIdentity {
  const name = outletName(siteName, url);
  return { key: outletKey(name), name };
}

/** The outlet's own name, else the page's host without the prefix of a mirror ("www.", "m.", "amp."). */
export function outletName(siteName: string | null, url: string): string {
  const name = siteName?.trim();
  if (name) return name;
  // Read with a lenient pattern, not URL: a host is named even when the rest of the address is broken.
  const host = HOST_RE.exec(url)?.[1];
  return host ? mirrorlessHost(host) : url;
}

/** One key per outlet however a page spells it: "The Northern Ledger" and "Northern ledger" are one. */
export function outletKey(name: string): string {
  const words = name.normalize('NFKD').replace(MARKS_RE, '').toLowerCase().replace(NOT_WORD_RE, ' ').trim().split(' ');
  return (words.length > 1 && ARTICLES.has(words[0]!) ? words.slice(1) : words).join(' ');
}

/** Two letters that stand for the outlet in narrow places: "NL" for The Northern Ledger, "Ex" for example.org. */
export function monogram(name: string): string {
  const all = name.replace(/\.[a-z]{2,}$/i, '').split(NOT_WORD_RE).filter(Boolean);
  const words = all.length > 1 && ARTICLES.has(all[0]!.toLowerCase()) ? all.slice(1) : all;
  if (words.length === 0) return '?';
  if (words.length === 1) {
    const [first = '', second = ''] = [...words[0]!];
    return first.toUpperCase() + second.toLowerCase();
  }
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

/** "www.northern-ledger.co.uk" → "Northern Ledger": a readable outlet name when a page names none. */
export function nameFromHost(host: string): string | null {
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
