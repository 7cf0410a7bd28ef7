import { nameFromHost } from '../../core/identity/outlet-name';

/**
 * The outlet's name as readers know it. Pages name themselves in several places that
 * disagree in small ways: og:site_name "HeraldSun" beside a <title> ending "| Herald Sun",
 * "BuzzFeed" beside "- BuzzFeed News", "Medium" for a publication hosted there. Each rule
 * here picks the most specific readable form among names the page itself gives.
 */

export type SiteNameSource = 'publisher' | 'site name' | 'title' | 'address';

/** Platforms that host many publications under one og:site_name. */
const PLATFORM = /^(medium|substack|tumblr|blogger|wordpress\.com|ghost|kinja|vocal|hashnode|dev\.to|linkedin)$/i;
/** Words that make "Brand News" the name of the brand's news publication. */
const PUBLICATION_WORD = /^(news|nachrichten|noticias|notícias|actualités|notizie|nieuws|novosti|magazine|online|digital)$/i;
// "toledoblade.com -- Headline", "Site :: Section": doubled marks separate as single ones do.
const TAIL_SEPARATOR = /\s+(?:[|–—•·:»-]|--|::)\s+/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const END_SEPARATOR = /\s+(?:[|–—•·:»-]|--|::)\s*$/;
/** One or two capitalised words ("News", "Health News", "Sport & Leisure"): a section's name. */
const SECTION_NAME = /^\p{Lu}[\p{L}]*(?:\s(?:&\s)?\p{Lu}[\p{L}]*)?$/u;
/** Labels of a kind of piece that the kind-of-piece reading needs beside the headline. */
const KIND_LABEL = /^(?:live|video|opinion|analysis|comment|review|editorial|podcast|sponsored|interview|explainer|obituary)$/i;
/**
 * The legal form that ends a company's name ("Nordkurier Mediengruppe GmbH & Co. KG",
 * "Fjord Media A/S", "Harbor Holdings Ltd"): a publisher named so is the company that
 * owns the masthead, and the page's own site name is the outlet readers know.
 */
const COMPANY_FORM =
  /,?\s+(?:inc|ltd|limited|llc|llp|plc|corp|corporation|gmbh(?:\s*&\s*co\.?\s*kg(?:aa)?)?|ag|kg|kgaa|se|a\/s|as|asa|ab|oy|oyj|sa|s\.a|s\.l|spa|s\.p\.a|srl|s\.r\.l|nv|n\.v|bv|b\.v|pty(?:\s+ltd)?|k\.?k|co\.?,?\s*ltd|sp\.?\s*z\s*o\.?\s*o|a\.?d|d\.?o\.?o|zrt|kft|s\.?a\.?s|sarl|ltda|s\.?a\.?b)\.?$/iu;

/**
 * "Headline | The Outlet", "Headline - Outlet News", "标题_科技_腾讯网" → the headline, and
 * the tail when one was cut (a fallback for the outlet's name).
 */
export function splitSiteTail(title: string, siteName: string | null): { title: string; tail: string | null } {
  const trimmed = title.trim();
  // Chinese portals join headline, channel and site with underscores and no spaces.
  if (CJK.test(trimmed) && trimmed.includes('_')) {
    const parts = trimmed.split(/\s*_\s*/).filter(Boolean);
    if (parts.length >= 2) return { title: parts[0]!, tail: parts[parts.length - 1]! };
  }
  const parts = trimmed.split(TAIL_SEPARATOR);
  if (parts.length < 2) return { title: trimmed, tail: null };
  // "BBC News - Headline", "example.com -- Headline": some sites put their name first, and
  // "Radio Example News : Latest News : Headline" a section after it, as a breadcrumb does.
  if (siteName && namesSite(parts[0]!, siteName)) {
    const rest = parts.slice(1);
    const section = rest.length >= 2 && rest[0]!.split(/\s+/).length <= 3 && rest.slice(1).join(' ').length > rest[0]!.length * 2;
    const from = section ? 2 : 1;
    let cut = trimmed;
    for (let i = 0; i < from; i++) cut = cut.slice(cut.search(TAIL_SEPARATOR)).replace(TAIL_SEPARATOR, '');
    return { title: cut.trim(), tail: parts[0]!.trim() };
  }
  const last = parts[parts.length - 1]!.trim();
  const site = siteName?.toLowerCase().replace(/^the\s+/, '');
  const initials = last
    .split(/\s+/)
    .filter((w) => !/^the$/i.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  const squashedTail = squash(last);
  const tailIsSite =
    site &&
    (last.toLowerCase().includes(site) ||
      site.includes(last.toLowerCase()) ||
      squashedTail.includes(squash(site)) ||
      (initials.length >= 2 && squash(site).startsWith(initials)));
  // Without a known site name, only a short tail is taken for one: headlines have colons too.
  if (tailIsSite || (last.split(/\s+/).length <= 3 && parts.slice(0, -1).join(' ').length > last.length * 2)) {
    const head = trimmed.slice(0, trimmed.lastIndexOf(last)).replace(END_SEPARATOR, '').trim();
    // "Headline - News - Tech.example": a section between the headline and the site's name goes with the name.
    const section = parts.length >= 3 && tailIsSite ? parts[parts.length - 2]!.trim() : '';
    const cut = SECTION_NAME.test(section) && !KIND_LABEL.test(section) && head.length > section.length * 4;
    return { title: cut ? head.slice(0, head.lastIndexOf(section)).replace(END_SEPARATOR, '').trim() : head, tail: last };
  }
  return { title: trimmed, tail: null };
}

/** A title's first part names the site: its name, its address ("toledoblade.com"), or the address spelled out ("Radio Example News" at radioex). */
function namesSite(part: string, siteName: string): boolean {
  const name = cleanSiteName(part.trim()) ?? part;
  if (sameName(part, siteName) || sameName(name, siteName)) return true;
  const label = squash(siteName);
  // A word written whole, not initials alone: "Large Earthquake Devastates Gulf Eastern Region" spells "ledger" too.
  const spelled = name.replace(/\s+\S+$/, (w) => (PUBLICATION_WORD.test(w.trim()) ? '' : w));
  return label.length >= 4 && squash(spelled).startsWith(label.slice(0, 3)) && spellsHost(spelled, label);
}

/** The site is a blogging platform that hosts many publications (Medium, Substack, …). */
export function isPlatformName(name: string | null): boolean {
  return name !== null && PLATFORM.test(name.trim());
}

export function stripSiteTail(title: string, siteName: string | null): string {
  return splitSiteTail(title, siteName).title;
}

/** "Yahoo News - Latest News & Headlines" → "Yahoo News"; "http://www.tmz.com" → "Tmz". */
export function cleanSiteName(name: string | null): string | null {
  if (!name) return null;
  if (/^https?:\/\//i.test(name)) {
    try {
      return nameFromHost(new URL(name).hostname);
    } catch {
      return null;
    }
  }
  const [first] = name.split(TAIL_SEPARATOR);
  // "Le Monde.fr", "Salon.com", "Spiceworks Inc": the outlet, not its domain or company form;
  // "Fandom powered by Wikia": the outlet, not the software under it.
  const outlet = (first?.trim() || name)
    .replace(/\s+(?:powered|hosted|run)\s+by\s+.+$/i, '')
    .replace(/\.(com|fr|de|es|it|co\.uk|org|net)$/i, '')
    .replace(COMPANY_FORM, '');
  return outlet.trim() || name;
}

export interface SiteNameInput {
  /** JSON-LD publisher of the article, or the page's news organisation. */
  publisher: string | null;
  /** og:site_name, else application-name. */
  declared: string | null;
  documentTitle: string | null;
  pageUrl: string | null;
}

/** The outlet named by the page's head, and where the name came from. */
export function chooseSiteName(input: SiteNameInput): { name: string | null; from: SiteNameSource | null } {
  // A publisher that is a company ("… AG", "… A/S") owns the masthead the site names.
  const company = !!input.publisher && COMPANY_FORM.test(input.publisher.trim()) && !!cleanSiteName(input.declared);
  // A publisher that is a sister title or the group ("SFGATE" beside "San Francisco Chronicle" at
  // sfchronicle.com): the site name the address spells is the masthead.
  const label = hostLabel(input.pageUrl);
  const sister =
    !!input.publisher && !!input.declared && !!label && !sameName(input.publisher, input.declared) && spellsHost(input.declared, label) && !spellsHost(input.publisher, label);
  const publisher = company || sister ? null : input.publisher;
  const named = cleanSiteName(publisher ?? input.declared);
  const from: SiteNameSource = publisher ? 'publisher' : 'site name';
  const parts = input.documentTitle?.split(TAIL_SEPARATOR).map((p) => p.trim()) ?? [];
  const split = input.documentTitle ? splitSiteTail(input.documentTitle, named ?? hostLabel(input.pageUrl)) : null;
  const tail = cleanSiteName(split?.tail ?? null);
  if (named) {
    // "Story — Backchannel — Medium" at medium.com/backchannel/…: a publication on a platform.
    const hosted = parts.length >= 3 && PLATFORM.test(named) && sameName(parts[parts.length - 1]!, named) ? parts[parts.length - 2]! : null;
    if (hosted && squash(hosted) === squash(firstPathSegment(input.pageUrl) ?? '')) return { name: hosted, from: 'title' };
    if (tail && squash(tail) !== squash(named)) {
      // "BuzzFeed" beside "BuzzFeed News": the title names the publication more precisely.
      const extra = tail.slice(named.length).trim();
      if (tail.toLowerCase().startsWith(named.toLowerCase()) && PUBLICATION_WORD.test(extra)) return { name: tail, from: 'title' };
    }
    // "men" beside "Manchester Evening News": the title spells out the initials the site name gives.
    if (tail && named.length <= 5 && !named.includes(' ') && initialsOf(tail) === squash(named) && wordCount(tail) >= 2) return { name: tail, from: 'title' };
    // "HeraldSun" beside "Herald Sun": the same name, spelled for reading.
    if (tail && squash(tail) === squash(named) && wordCount(tail) > wordCount(named)) return { name: tail, from };
    return { name: named, from };
  }
  if (tail) return { name: tail, from: 'title' };
  const host = hostName(input.pageUrl);
  return host ? { name: host, from: 'address' } : { name: null, from: null };
}

/** "www.nytimes.com" → "nytimes": the part of a host that names the site. */
export function hostLabel(pageUrl: string | null): string | null {
  try {
    return pageUrl ? (new URL(pageUrl).hostname.replace(/^www\d?\./, '').split('.')[0] ?? null) : null;
  } catch {
    return null;
  }
}

function hostName(pageUrl: string | null): string | null {
  if (!pageUrl) return null;
  try {
    return nameFromHost(new URL(pageUrl).hostname);
  } catch {
    return null;
  }
}

function firstPathSegment(pageUrl: string | null): string | null {
  try {
    return pageUrl ? (new URL(pageUrl).pathname.split('/').filter(Boolean)[0] ?? null) : null;
  } catch {
    return null;
  }
}

export function sameName(a: string, b: string | null): boolean {
  return b !== null && squash(a.replace(/^the\s+/i, '')) !== '' && squash(a.replace(/^the\s+/i, '')) === squash(b.replace(/^the\s+/i, ''));
}

export function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^the$/i.test(w))
    .map((w) => squash(w)[0] ?? '')
    .join('');
}

/**
 * The host label is the name written whole, or with some words cut to their initials:
 * "sfchronicle" for "San Francisco Chronicle", "wwg" for "WWG", "nytimes" for "New York Times".
 */
export function spellsHost(name: string, label: string): boolean {
  const words = name.split(/\s+/).map(squash).filter((w) => w && w !== 'the');
  const target = squash(label);
  if (words.length === 0 || words.length > 8) return false;
  const from = (i: number, pos: number): boolean => {
    if (i === words.length) return pos === target.length;
    const w = words[i]!;
    return (target.startsWith(w, pos) && from(i + 1, pos + w.length)) || (target[pos] === w[0] && from(i + 1, pos + 1));
  };
  return from(0, 0);
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/).length;
}
