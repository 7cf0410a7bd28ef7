import { cleanSiteName, hostLabel, squash, type SiteNameSource } from './site-name';
import { spelledSiteName } from './spelled-name';

/**
 * The outlet named by the page's own masthead, for pages whose head does not name it:
 * the logo's alt text ("WebMD logo", "Yahoo Finance"), the copyright line ("© 2015
 * WebMD, LLC"), or a brand hosted under a platform's domain (a "Good Morning America"
 * masthead at gma.yahoo.com, whose og:site_name is the platform's).
 */

const LOGO = '[class*="logo" i], [id*="logo" i], img[src*="logo" i], img[alt*="logo" i], [class*="masthead" i], [class*="brand" i]';
const MAX_LOGOS = 12;
const FILLER = /\b(logo|logotype|homepage|home page|home|go to|back to|return to|link to|startseite|accueil|portada|inicio)\b/gi;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:19|20)?\d{2,4})?)?\s*(?:by\s+)?([^.|,;©\n]{2,60})/i;
const COMPANY_FORM = /,?\s+(inc|ltd|llc|gmbh|plc|s\.?a|ag|corp|corporation|co|company|limited|group|media group|all rights reserved)\.?$/i;
/** Subdomains that are editions or technical, never a brand of their own. */
const PLAIN_SUBDOMAIN = /^(www\d?|m|mobile|amp|news|edition|beta|static|cdn|en|es|fr|de|it|pt|ru|ja|zh|uk|us|ca|au|in|blog|blogs)$/i;

export interface MastheadInput {
  siteName: string | null;
  from: SiteNameSource | null;
  pageUrl: string | null;
  headline: Element | null;
}

export function mastheadSiteName(doc: Document, input: MastheadInput): string | null {
  const name = withoutSection(mastheadName(doc, input), input.pageUrl);
  // A name that is the address run together ("Motherjones", "TheLedger" from "TheLedger.com"):
  // the page's own spelling of it, when it writes one.
  if (name && !/\s/.test(name.trim()) && (input.from === null || input.from === 'address' || input.from === 'title')) {
    return spelledSiteName(doc, input.pageUrl) ?? name;
  }
  return name;
}

/** Words that make "Brand News" the name of a publication of its own, not a section of the brand. */
const PUBLICATION_WORD = /^(news|nachrichten|noticias|notícias|actualités|notizie|nieuws|novosti|magazine|online|digital|\.com|com)$/i;

/**
 * "PopMatters Film Review" at popmatters.com, "Christian News on Christian Today" at
 * christiantoday.com: the words that spell the address are the masthead, the rest a
 * section or a tagline. Kept whole when the rest is a publication word ("BuzzFeed News")
 * or spells a subdomain of its own (a brand hosted under a portal).
 */
function withoutSection(name: string | null, pageUrl: string | null): string | null {
  if (!name) return name;
  let labels: string[];
  try {
    labels = new URL(pageUrl ?? '').hostname.toLowerCase().split('.');
  } catch {
    return name;
  }
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8) return name;
  for (let from = 0; from < words.length; from++) {
    for (let to = words.length; to > from; to--) {
      if (to - from === words.length) continue;
      const run = words.slice(from, to);
      const label = squash(run.join(''));
      if (label.length < 4 || !labels.slice(-3).some((l, i, all) => i < all.length - 1 && squash(l) === label)) continue;
      // "CNET en Español", "Valley Post in English": a language edition is named so, and kept.
      if (/^(en|in|em|auf|на)$/i.test(words[to] ?? '')) return name;
      // Words before the name are a tagline only when a link word or a mark ends them ("… on Christian
      // Today"); "Northport Evening Post" at evening-post.example is the paper's whole name.
      if (from > 0 && !/^(on|at|from|[-–—|:·])$/i.test(words[from - 1]!)) return name;
      const rest = [...words.slice(0, from), ...words.slice(to)].filter((w) => !/^(on|at|the|from|[-–—|:·])$/i.test(w));
      if (rest.every((w) => PUBLICATION_WORD.test(w)) || rest.some((w) => labels.includes(squash(w)))) return name;
      return run.join(' ');
    }
  }
  return name;
}

function mastheadName(doc: Document, input: MastheadInput): string | null {
  const label = hostLabel(input.pageUrl);
  if (input.from === null || input.from === 'address') {
    // Only a name that agrees with the address (or the only name there is) replaces it.
    const fits = (name: string | null) => name !== null && (label === null || squash(name).includes(squash(label)));
    const logo = logoNames(doc).find(fits);
    if (logo) return logo;
    const copyright = copyrightName(doc);
    if (fits(copyright)) return copyright;
    return input.siteName;
  }
  const brand = subdomainBrand(doc, input);
  return brand ?? input.siteName;
}

/** gma.yahoo.com with a "Good Morning America" masthead: the brand, not the platform. */
function subdomainBrand(doc: Document, input: MastheadInput): string | null {
  let labels: string[];
  try {
    labels = new URL(input.pageUrl ?? '').hostname.toLowerCase().split('.');
  } catch {
    return null;
  }
  const sub = labels.length >= 3 ? labels[0]! : null;
  if (!sub || PLAIN_SUBDOMAIN.test(sub) || !input.siteName || squash(input.siteName).includes(sub)) return null;
  const candidates = [...mastheadHeadings(doc, input.headline), ...logoNames(doc)];
  return candidates.find((name) => squash(name) === sub || initials(name) === sub) ?? null;
}

/** Short <h1>s that are not the headline: sites that wrap their logo in one. */
function mastheadHeadings(doc: Document, headline: Element | null): string[] {
  return Array.from(doc.getElementsByTagName('h1'))
    .slice(0, 4)
    .filter((h) => h !== headline)
    .map((h) => h.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((t) => t.length >= 2 && t.split(' ').length <= 5);
}

export function logoNames(doc: Document): string[] {
  const names: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(LOGO)).slice(0, MAX_LOGOS)) {
    const img = el.tagName === 'IMG' ? el : el.querySelector('img, svg');
    const raw = [el, img].flatMap((e) => (e ? [e.getAttribute('alt'), e.getAttribute('title'), e.getAttribute('aria-label')] : [])).find((v) => v?.trim());
    const name = cleanLogoText(raw ?? null);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

function cleanLogoText(raw: string | null): string | null {
  if (!raw) return null;
  // "WebMD: Better information. Better health.": the name before its tagline.
  const name = cleanSiteName(raw.split(/\s*[:|–—]\s+|\s+-\s+/)[0]!.replace(FILLER, ' ').replace(/\s+/g, ' ').trim());
  return name && /\p{L}/u.test(name) && name.length <= 40 && name.split(' ').length <= 5 ? name : null;
}

/** "©2005-2015 WebMD, LLC. All rights reserved." → "WebMD". */
export function copyrightName(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[class*="copyright" i], [id*="copyright" i], footer')).slice(0, 6)) {
    const m = COPYRIGHT.exec((el.textContent ?? '').slice(0, 2000).replace(/\s+/g, ' '));
    if (!m) continue;
    let name = m[1]!.trim();
    for (let i = 0; i < 3; i++) name = name.replace(COMPANY_FORM, '').trim();
    if (name.length >= 2 && /\p{L}/u.test(name) && !/rights|reserved|all$/i.test(name)) return name;
  }
  return null;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
}
