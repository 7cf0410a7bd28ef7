/**
 * How the popup names an outlet, and when two accounts come from the same one. Parsed by
 * hand because core/ has no DOM lib and so no typed URL class.
 */

const HOST_RE = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i;
const MARKS_RE = /\p{M}/gu;
const NOT_WORD_RE = /[^\p{L}\p{N}]+/gu;
/** Words a monogram skips: "The Northern Ledger" is NL, not TN. */
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'der', 'die', 'das', 'el']);

/** The outlet's own name, else the page's host without "www.". */
export function outletName(siteName: string | null, url: string): string {
  const name = siteName?.trim();
  if (name) return name;
  return HOST_RE.exec(url)?.[1]?.toLowerCase().replace(/^www\./, '') ?? url;
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
