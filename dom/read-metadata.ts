import { cleanUrl, outletFromHost } from '../core/clean-url';
import { toIsoDate } from '../core/iso-date';
import { choosePublicationDate } from './publication-date';
import { isArticleNode, jsonLdNodes, namesOf, textOf, typesOf, type JsonObject } from './json-ld';

/** What the page says about itself, before any extraction. */
export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  authors: string[];
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  section: string | null;
  image: string | null;
  ogType: string | null;
  jsonLdTypes: string[];
  /** The article's JSON-LD publisher is typed NewsMediaOrganization. */
  publisherIsNewsMedia: boolean;
  /** `news_keywords`: a tag only news publishers use (Google News). */
  newsKeywords: boolean;
  /** The site is named after a person who also signs the article: a personal site. */
  siteIsAuthor: boolean;
  /** What looked wrong in the metadata (conflicting or future dates). */
  warnings: string[];
}

const MAX_FIELD = 1000;

export function readMetadata(doc: Document, pageUrl: string | null, now = Date.now()): PageMetadata {
  const meta = metaTags(doc);
  const ld = jsonLdNodes(doc);
  const article = ld.find(isArticleNode) ?? null;
  const publisher = textOf(article?.['publisher']) ?? ld.map(organisationName).find(Boolean) ?? null;
  const namedSite = cleanSiteName(clip(publisher ?? meta.get('og:site_name') ?? meta.get('application-name')));
  const rawTitle = clip(
    textOf(article?.['headline']) ?? meta.get('og:title') ?? meta.get('twitter:title') ?? titleElement(doc),
  );
  // The <title> usually ends in the outlet's name even when the headline fields do not.
  const documentTitle = clip(titleElement(doc));
  const titleTail = documentTitle ? splitSiteTail(documentTitle, namedSite ?? hostLabel(pageUrl ?? meta.get('og:url') ?? null)).tail : null;
  const siteName = namedSite ?? titleTail ?? hostName(pageUrl ?? meta.get('og:url') ?? null);
  const base = pageUrl ?? undefined;
  const rawAuthors = authorsOf(article, meta);
  const published = choosePublicationDate(
    [
      { source: 'structured data', value: stringOf(article?.['datePublished']) },
      { source: 'Open Graph', value: meta.get('article:published_time') },
      { source: 'meta tag', value: PUBLISHED_META.map((key) => meta.get(key)).find(Boolean) },
      { source: 'microdata', value: microdataDate(doc) },
      { source: '<time>', value: timeElement(doc) },
    ],
    now,
  );
  return {
    title: visibleHeadline(doc, documentTitle, siteName) ?? (rawTitle ? splitSiteTail(rawTitle, siteName).title : null),
    siteName,
    authors: withoutOutlet(rawAuthors, siteName),
    siteIsAuthor: rawAuthors.some((author) => sameName(author, siteName) && looksLikePerson(author)),
    publishedTime: published.iso,
    modifiedTime: toIsoDate(stringOf(article?.['dateModified']) ?? meta.get('article:modified_time') ?? null),
    lang: clip(doc.documentElement?.getAttribute('lang') ?? meta.get('og:locale') ?? stringOf(article?.['inLanguage'])),
    canonicalUrl:
      cleanUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base) ??
      cleanUrl(meta.get('og:url'), base) ??
      cleanUrl(pageUrl),
    excerpt: clip(meta.get('og:description') ?? meta.get('description') ?? stringOf(article?.['description'])),
    section: clip(meta.get('article:section') ?? stringOf(article?.['articleSection'])),
    image: cleanUrl(meta.get('og:image') ?? textOf(article?.['image'], 'url'), base),
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
    jsonLdTypes: [...new Set(ld.flatMap(typesOf))].slice(0, 20),
    publisherIsNewsMedia: isNewsMedia(article?.['publisher']),
    newsKeywords: meta.has('news_keywords'),
    warnings: published.warnings,
  };
}

/** `<meta>` by property or name, lower-cased keys; the first value wins, as on most readers. */
export function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  // <head> when it has them; the whole document only for broken pages that put them anywhere.
  const scope: ParentNode = doc.head?.querySelector('meta[content]') ? doc.head : doc;
  for (const el of Array.from(scope.querySelectorAll('meta[content]')).slice(0, 500)) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content.slice(0, MAX_FIELD));
  }
  return map;
}

function authorsOf(article: JsonObject | null, meta: Map<string, string>): string[] {
  const names = article ? namesOf(article['author']) : [];
  if (names.length === 0) {
    const fromMeta = meta.get('author') ?? meta.get('article:author') ?? meta.get('parsely-author');
    if (fromMeta && !/^https?:/i.test(fromMeta)) names.push(...fromMeta.split(/\s*(?:,|\band\b|&)\s*/i));
  }
  return [...new Set(names.map(cleanByline).filter((n): n is string => n !== null))].slice(0, 10);
}

/** An outlet credited as its own author ("BBC News") is no byline. */
function withoutOutlet(authors: string[], siteName: string | null): string[] {
  return authors.filter((author) => !sameName(author, siteName));
}

function sameName(a: string, b: string | null): boolean {
  const squash = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  return b !== null && squash(a) === squash(b);
}

const ORGANISATION_WORD = /\b(news|times|post|daily|media|press|magazine|journal|tribune|herald|group|inc|network|radio|tv|online|today|weekly|review|report)\b/i;

/** "Haki Benita", not "BBC News": two to four capitalised words and no newsroom word. */
function looksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w)) && !ORGANISATION_WORD.test(name);
}

/** "By Jane Doe, Political Correspondent" → "Jane Doe". */
export function cleanByline(raw: string): string | null {
  let name = raw
    .replace(/\s+/g, ' ')
    .replace(/^\s*(by|von|par|por|di|door|de)\s*:?\s+/i, '')
    // "Brenda Goodman | MA WebMD Health News": the name comes first, the rest is roles and desks.
    .replace(/\s+\|.*$/, '')
    // A date glued on by the page's layout: "Lucas Nolan22 Dec 2016", "GILLIAN MOHNEY March 11, 2015".
    .replace(/\s*\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d.*$/i, '')
    .replace(/\d.*$/, '')
    .replace(/\s*[,|–—-]\s*(staff|senior|chief|political|foreign|special|[a-z]+ (correspondent|editor|reporter|writer)|correspondent|reporter|editor|writer|contributor)\b.*$/i, '')
    .trim();
  if (!name || name.length > 100 || /^(last )?(updated|published|posted)\b/i.test(name)) return null;
  // Some outlets print bylines in capitals; names are not shouted.
  if (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) {
    name = name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
  }
  return name;
}

function isNewsMedia(publisher: unknown): boolean {
  const node = Array.isArray(publisher) ? publisher[0] : publisher;
  return typeof node === 'object' && node !== null && typesOf(node as JsonObject).includes('newsmediaorganization');
}

function organisationName(node: JsonObject): string | null {
  const types = typesOf(node);
  return types.includes('newsmediaorganization') || (types.includes('organization') && node['url']) ? textOf(node) : null;
}

const TAIL_SEPARATOR = /\s+[|–—•·:»-]\s+/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

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
  const last = parts[parts.length - 1]!.trim();
  const site = siteName?.toLowerCase().replace(/^the\s+/, '');
  const initials = last
    .split(/\s+/)
    .filter((w) => !/^the$/i.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  const squashedTail = last.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const tailIsSite =
    site &&
    (last.toLowerCase().includes(site) ||
      site.includes(last.toLowerCase()) ||
      squashedTail.includes(site) ||
      (initials.length >= 2 && site.replace(/[^\p{L}\p{N}]/gu, '').startsWith(initials)));
  // Without a known site name, only a short tail is taken for one: headlines have colons too.
  if (tailIsSite || (last.split(/\s+/).length <= 3 && parts.slice(0, -1).join(' ').length > last.length * 2)) {
    return { title: trimmed.slice(0, trimmed.lastIndexOf(last)).replace(/\s+[|–—•·:»-]\s*$/, '').trim(), tail: last };
  }
  return { title: trimmed, tail: null };
}

export function stripSiteTail(title: string, siteName: string | null): string {
  return splitSiteTail(title, siteName).title;
}

/** "Yahoo News - Latest News & Headlines" → "Yahoo News"; "http://www.tmz.com" → "Tmz". */
export function cleanSiteName(name: string | null): string | null {
  if (!name) return null;
  if (/^https?:\/\//i.test(name)) {
    try {
      return outletFromHost(new URL(name).hostname);
    } catch {
      return null;
    }
  }
  const [first] = name.split(TAIL_SEPARATOR);
  // "Le Monde.fr", "Salon.com", "Spiceworks Inc": the outlet, not its domain or company form.
  const outlet = (first?.trim() || name).replace(/\.(com|fr|de|es|it|co\.uk|org|net)$/i, '').replace(/,?\s+(inc|ltd|llc|gmbh|plc)\.?$/i, '');
  return outlet.trim() || name;
}

function titleElement(doc: Document): string | null {
  return doc.title || doc.querySelector('title')?.textContent || null;
}

/** Publication-date meta tags in the order news CMSs are most often right about them. */
const PUBLISHED_META = [
  'datepublished', 'article:publicationdate', 'publishdate', 'publish-date', 'pubdate', 'parsely-pub-date',
  'sailthru.date', 'dcterms.created', 'dc.date.issued', 'dc.date', 'date',
];

function microdataDate(doc: Document): string | null {
  const el = doc.querySelector('[itemprop="datePublished"]');
  return el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
}

function timeElement(doc: Document): string | null {
  return doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
}

/**
 * The headline readers see, when the page's <title> confirms it: social titles (og:title)
 * are often rewritten for sharing, and a reader names an article by its visible headline.
 */
function visibleHeadline(doc: Document, documentTitle: string | null, siteName: string | null): string | null {
  if (!documentTitle) return null;
  const h1 = clip((doc.querySelector('article h1') ?? doc.querySelector('h1'))?.textContent);
  if (!h1 || h1.length < 10) return null;
  const squash = (s: string) => s.toLowerCase().replace(/[‘’'“”"]/g, '').replace(/\s+/g, ' ').trim();
  return squash(splitSiteTail(documentTitle, siteName).title) === squash(h1) ? h1 : null;
}

/** "www.nytimes.com" → "nytimes": the part of a host that names the site. */
function hostLabel(pageUrl: string | null): string | null {
  try {
    return pageUrl ? (new URL(pageUrl).hostname.replace(/^www\d?\./, '').split('.')[0] ?? null) : null;
  } catch {
    return null;
  }
}

function hostName(pageUrl: string | null): string | null {
  if (!pageUrl) return null;
  try {
    return outletFromHost(new URL(pageUrl).hostname);
  } catch {
    return null;
  }
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;
}

function clip(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_FIELD) : null;
}
