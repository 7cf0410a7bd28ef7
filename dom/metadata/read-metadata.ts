import { cleanUrl } from '../../core/identity/story-address';
import { bylineNames, looksLikePerson } from './byline';
import { readDateValue } from './date-text';
import { isArticleNode, jsonLdNodes, namesOf, textOf, typesOf, type JsonObject } from './json-ld';
import { cutText } from '../../core/text/cut-text';
import { plainField } from './plain-field';
import { choosePublicationDate } from './publication-date';
import { chooseSiteName, cleanSiteName, sameName, splitSiteTail, type SiteNameSource } from './site-name';

export { cleanByline } from './byline';
export { cleanSiteName, splitSiteTail, stripSiteTail } from './site-name';

/** What the page says about itself, before any extraction. */
export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  /** Where the outlet's name came from: the address is the weakest source. */
  siteNameFrom: SiteNameSource | null;
  authors: string[];
  /** Structured data names the authors; a meta tag is weaker (it often names an uploader). */
  authorsFrom: 'structured data' | 'meta tag' | null;
  /** The headline as each field states it (JSON-LD, microdata, og:title, twitter:title, <title>). */
  headlines: string[];
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
  // A review is typed Review, not Article, and still names its writer and its day.
  const piece = article ?? ld.find(isReviewNode) ?? null;
  const documentTitle = clip(titleElement(doc));
  const appName = meta.get('application-name') ?? null;
  const declared = [meta.get('og:site_name'), appName].find(isNameLike) ?? null;
  const site = chooseSiteName({
    publisher: clip(textOf(article?.['publisher'])),
    // An organisation elsewhere in the JSON-LD may be a syndicated story's provider: after the site's own name.
    declared: clip(declared ?? ld.map(organisationName).find(Boolean) ?? null),
    documentTitle,
    pageUrl: pageUrl ?? meta.get('og:url') ?? null,
  });
  const siteName = site.name;
  const headlines = [textOf(article?.['headline']), meta.get('headline'), meta.get('og:title'), meta.get('twitter:title'), documentTitle]
    .map((t) => clip(t))
    // A social title that is the site's own name ("Yahoo News - Latest News & Headlines") names no article.
    .filter((t): t is string => t !== null && !sameName(t, declared) && !sameName(splitSiteTail(t, siteName).title, siteName));
  const rawTitle = headlines[0] ?? null;
  const base = pageUrl ?? undefined;
  const { names: rawAuthors, from: authorsFrom } = authorsOf(piece, meta);
  const published = choosePublicationDate(
    [
      { source: 'structured data', value: stringOf(piece?.['datePublished']) },
      { source: 'Open Graph', value: meta.get('article:published_time') },
      { source: 'meta tag', value: PUBLISHED_META.map((key) => meta.get(key)).find(Boolean) },
      { source: 'microdata', value: microdataDate(doc) },
      { source: '<time>', value: timeElement(doc) },
    ],
    now,
  );
  // Structured data holds nothing but names: a one-word one ("Pramath") is a name there; a meta tag may hold a service's.
  const lone = authorsFrom === 'structured data';
  const authors = rawAuthors.flatMap((name) => bylineNames(name, siteName, { lone })).filter((n, i, all) => all.indexOf(n) === i);
  return {
    title: rawTitle ? splitSiteTail(rawTitle, siteName).title : null,
    siteName,
    siteNameFrom: site.from,
    authors,
    authorsFrom: authors.length > 0 ? authorsFrom : null,
    headlines,
    siteIsAuthor: rawAuthors.some((author) => sameName(author, siteName) && looksLikePerson(author)),
    publishedTime: published.iso,
    modifiedTime: readDateValue(stringOf(article?.['dateModified']) ?? meta.get('article:modified_time') ?? null),
    lang: clip(doc.documentElement?.getAttribute('lang') ?? meta.get('og:locale') ?? stringOf(article?.['inLanguage'])),
    canonicalUrl:
      cleanUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base) ??
      cleanUrl(meta.get('og:url'), base) ??
      cleanUrl(pageUrl),
    excerpt: clip(meta.get('og:description') ?? meta.get('description') ?? stringOf(article?.['description'])),
    section: clip(meta.get('article:section') ?? stringOf(article?.['articleSection'])),
    image: cleanUrl(meta.get('og:image') ?? textOf(article?.['image'], 'url'), base),
    ogType: clip(meta.get('og:type'))?.toLowerCase() ?? null,
    jsonLdTypes: [...new Set(ld.flatMap(typesOf))].slice(0, 20),
    publisherIsNewsMedia: isNewsMedia(article?.['publisher']),
    newsKeywords: meta.has('news_keywords'),
    warnings: published.warnings,
  };
}

/** Some pages put the headline into application-name: more than six words make no outlet's name. */
function isNameLike(value: string | undefined | null): value is string {
  const name = cleanSiteName(value ?? null);
  return !!name && name.split(/\s+/).length <= 6;
}

/** `<meta>` by property or name, lower-cased keys; the first value wins, as on most readers. */
export function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  // <head> when it has them; the whole document only for broken pages that put them anywhere.
  const scope: ParentNode = doc.head?.querySelector('meta[content]') ? doc.head : doc;
  for (const el of Array.from(scope.querySelectorAll('meta[content]')).slice(0, 500)) {
    const named = el.getAttribute('property') ?? el.getAttribute('name');
    const key = (named ?? el.getAttribute('itemprop'))?.toLowerCase();
    const content = el.getAttribute('content')?.trim();
    // Microdata of an embedded video or image ("datePublished" of a clip) says nothing of the article.
    if (!key || !content || map.has(key) || (!named && !inArticleScope(el))) continue;
    map.set(key, cutText(content, MAX_FIELD));
  }
  return map;
}

const ARTICLE_ITEMTYPE = /(Article|BlogPosting|LiveBlogPosting|Report|WebPage)$/i;

/** Microdata outside any item, or inside an article-like item. */
function inArticleScope(el: Element): boolean {
  const item = el.closest('[itemscope]');
  return item === null || ARTICLE_ITEMTYPE.test((item.getAttribute('itemtype') ?? '').trim());
}

function authorsOf(article: JsonObject | null, meta: Map<string, string>): { names: string[]; from: PageMetadata['authorsFrom'] } {
  // An organisation as author ("Mic" on a syndicated story) is a source, not a writer.
  const people = article ? toList(article['author']).filter((a) => !(isObject(a) && typesOf(a).includes('organization'))) : [];
  const names = namesOf(people);
  if (names.length > 0) return { names: names.slice(0, 10), from: 'structured data' };
  const fromMeta = meta.get('author') ?? meta.get('article:author') ?? meta.get('parsely-author');
  return fromMeta && !/^https?:/i.test(fromMeta) ? { names: [fromMeta], from: 'meta tag' } : { names: [], from: null };
}

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isReviewNode(node: JsonObject): boolean {
  return typesOf(node).some((t) => t === 'review' || t === 'criticreview');
}

function isNewsMedia(publisher: unknown): boolean {
  const node = Array.isArray(publisher) ? publisher[0] : publisher;
  return typeof node === 'object' && node !== null && typesOf(node as JsonObject).includes('newsmediaorganization');
}

function organisationName(node: JsonObject): string | null {
  const types = typesOf(node);
  return types.includes('newsmediaorganization') || (types.includes('organization') && node['url']) ? textOf(node) : null;
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
  const el = Array.from(doc.querySelectorAll('[itemprop~="datePublished"]')).slice(0, 5).find(inArticleScope);
  return el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
}

function timeElement(doc: Document): string | null {
  return doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;
}

function clip(value: string | null | undefined): string | null {
  return plainField(value, MAX_FIELD);
}
