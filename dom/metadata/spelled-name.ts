import { squash } from './site-name';

/**
 * The outlet's name as the page writes it for readers, for a name only read off the
 * address or a domain in the <title>: "motherjones.com" is "Mother Jones" in its own
 * copyright line, "TheLedger.com" is "The Ledger" in its footer, "caribbeannetnews" is
 * "Caribbean Net News". A run of two to five words is taken when its letters are the
 * host's label exactly; the one the page writes most often wins. Nothing is guessed: a
 * page that never writes its name apart ("JournalLive") keeps the name it had.
 */

/** Text nodes read: the masthead and the footer of an old page sit within the first few thousand. */
const MAX_TEXT_NODES = 6_000;
const MAX_WORDS = 5;
/** Labels of a host that name no outlet: the top-level domains and second-level ones ("co.uk"). */
const NOT_A_LABEL = /^(www\d?|m|com|net|org|edu|gov|info|biz|co|ac|or|ne|go|[a-z]{2})$/;
/** A word of a written name: capitalised, or a joining word inside it ("Bulletin of the Atomic Scientists"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’&-]*|\p{N}+|of|the|and|de|du|la|el)$/u;
const SPLIT = /[\s©|:;,()[\]"“”]+/u;

export function spelledSiteName(doc: Document, pageUrl: string | null): string | null {
  const labels = hostLabels(pageUrl);
  if (labels.length === 0 || !doc.body) return null;
  const counts = new Map<string, number>();
  const texts: string[] = [doc.title ?? ''];
  for (const img of Array.from(doc.getElementsByTagName('img')).slice(0, 200)) texts.push(img.getAttribute('alt') ?? '');
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES; n++, node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') texts.push(node.nodeValue ?? '');
  }
  for (const text of texts) {
    const squashed = squash(text);
    if (!labels.some((label) => squashed.includes(label))) continue;
    const words = text.split(SPLIT).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 2; j <= Math.min(words.length, i + MAX_WORDS); j++) {
        const name = words.slice(i, j).join(' ').replace(/[.'’]+$/, '');
        if (!name.split(' ').every((w) => NAME_WORD.test(w)) || /\.\p{L}/u.test(name)) continue;
        if (labels.includes(squash(name))) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > counts.get(best)!) best = name;
  return best;
}

/** "www.caribbeannetnews.com" → ["caribbeannetnews"]; "management.silicon.com" → ["management", "silicon"]. */
function hostLabels(pageUrl: string | null): string[] {
  let host: string;
  try {
    host = new URL(pageUrl ?? '').hostname.toLowerCase();
  } catch {
    return [];
  }
  return host.split('.').filter((label) => label.length >= 4 && !NOT_A_LABEL.test(label)).map(squash);
}
