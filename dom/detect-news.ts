import { isProbablyReaderable } from './probably-readerable';
import type { NewsVerdict } from '../core/article';
import { denseScriptWeight, readerableOptions } from './dense-script';
import { shadowContentDocument } from './extraction/flatten-shadow';
import { NEWS_TYPES } from './metadata/json-ld';
import { FRAME_REASON, framedArticle } from './main-frame';
import type { PageMetadata } from './metadata/read-metadata';
import { probeShadowRoots, SHADOW_REASON, shadowOutweighsLight } from './extraction/shadow-roots';
import { isPlatformName } from './metadata/site-name';
import { siteSignals } from './site-signals';
import { urlSignals } from './url-signals';
import { visibleByline } from './metadata/visible-byline';
import { visibleDate } from './metadata/visible-date';

/**
 * Is this page one news article? Signals are summed as log-odds, cheapest first; the
 * DOM-walking `isProbablyReaderable` runs only when the cheap ones leave it open, so a
 * page that plainly is not news costs a few attribute reads and nothing more.
 */

const PRIOR = -2;
/** Beyond this the cheap signals have decided and the page's body is not looked at. */
const DECIDED = 2.5;

const NON_ARTICLE_TYPES = new Set([
  'collectionpage', 'searchresultspage', 'profilepage', 'product', 'itemlist', 'faqpage', 'qapage',
  'discussionforumposting', 'softwareapplication', 'course', 'recipe', 'howto', 'event', 'webapplication',
]);
/** "CAIRO —", "KRASNOVEL, Sept 17 (Eastgate Wire) -", "LONDON (Reuters) -": the wire-copy dateline. */
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]{2,40}(,[^—–-]{0,30})?(\([^)]{1,40}\))?\s*[—–-]\s/u;

/** "Feb. 23, 2015 -- ", "March 3, 2015 — ": a dated dateline, as news copy opens. */
const DATED_DATELINE = /^(?:[\p{Lu}][\p{L} .'’-]{2,40},\s*)?\p{L}{3,9}\.? \d{1,2},? \d{4}\s*(?:--|[—–-])\s/u;
/** Titles of how-tos and tutorials, which the reader does not count as news. */
const HOW_TO = /^(?:how[ -]to|a (?:beginner['’]s |complete |quick |step-by-step )?guide to|tutorial:|step[ -]by[ -]step)\b/i;
const MAX_PARAGRAPHS = 40;
/** Where a framed story's verdict is pulled to at most: nearer even odds, still not news. */
const FRAMED_LOGIT = -0.5;

interface Signal {
  weight: number;
  reason: string;
}

export function detectNews(doc: Document, pageUrl: string | null, meta: PageMetadata): NewsVerdict {
  const signals: Signal[] = [];
  const add = (weight: number, reason: string) => signals.push({ weight, reason });

  // Without the address it was fetched from, the page's own canonical address says as much.
  const address = urlSignals(pageUrl ?? meta.canonicalUrl, add);
  // Blog platforms and CMS plugins mark every post a NewsArticle: on a blog's address or platform the claim is weak.
  const blogLike = address.blogLike || isPlatformName(meta.siteName);
  // The address did not say so (a custom domain, or none given): the site's own name does.
  if (isPlatformName(meta.siteName) && !address.blogLike && !address.platformHost) add(-1, `it is published on ${meta.siteName}, a blogging platform`);
  const types = meta.jsonLdTypes;
  if (types.some((t) => NEWS_TYPES.has(t))) add(blogLike ? 1 : 3, blogLike ? 'structured data says news, on a blog’s address or platform' : 'structured data says it is a news article');
  else if (types.includes('article') && !blogLike) add(1, 'structured data says it is an article');
  else if (types.some((t) => t === 'blogposting' || t === 'techarticle')) add(-1, 'structured data says it is a blog post');
  if (types.includes('newsmediaorganization') || meta.publisherIsNewsMedia) add(1, 'its publisher is a news organisation');
  const nonArticle = types.find((t) => NON_ARTICLE_TYPES.has(t));
  // A recipe or a product page often carries a generic Article node too: only a news type outweighs it.
  if (nonArticle) add(types.some((t) => NEWS_TYPES.has(t)) ? -2 : -3, `structured data describes a ${nonArticle}`);
  if (meta.ogType === 'article') add(1, 'Open Graph type is "article"');
  else if (meta.ogType && meta.ogType !== 'website') add(-1, `Open Graph type is "${meta.ogType.slice(0, 30)}"`);
  if (meta.publishedTime) add(0.75, 'it carries a publication date');
  if (meta.authors.length > 0) add(0.25, 'it names an author');
  if (isPersonalSite(meta, pageUrl)) add(-3, 'the site is named after its author, like a personal blog');
  if (meta.newsKeywords) add(1, 'it declares news keywords');
  if (meta.section) add(0.25, 'it names a section');
  if (meta.title && HOW_TO.test(meta.title)) add(-2.5, 'its title announces a how-to or a tutorial');
  siteSignals(doc, add);

  const articleCount = doc.getElementsByTagName('article').length;
  // Teaser lists in a sidebar are common beside real articles; only without article metadata do they make a listing.
  if (articleCount > 3 && meta.ogType !== 'article' && !types.some((t) => NEWS_TYPES.has(t)) && !oneArticleLeads(doc)) {
    add(-1.5, `it holds ${articleCount} <article> teasers, like a listing page`);
  }
  const lead = (doc.querySelector('article p') ?? doc.querySelector('p'))?.textContent?.trim().slice(0, 120) ?? '';
  if (DATELINE.test(lead)) add(1, 'its first paragraph opens with a dateline');

  const cheap = total(signals);
  if (!doc.body) add(-5, 'the page has no body');
  else if (cheap > -DECIDED && cheap < DECIDED) bodySignals(doc, lead, meta, signals, add);
  else if (cheap >= DECIDED) {
    // Its metadata says news; whether the text is where Parallax can read it is still worth saying.
    const probe = probeShadowRoots(doc);
    if (shadowOutweighsLight(probe) && !isProbablyReaderable(doc)) add(-0.5, SHADOW_REASON);
    else if (framedArticle(doc, probe.lightChars)) add(-0.5, FRAME_REASON);
  }
  const logit = total(signals);
  const score = 1 / (1 + Math.exp(-logit));
  signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    // Even odds is not enough: a readable body alone (a wiki page, a tutorial) is no news article.
    isNews: logit >= 0,
    score: Math.round(score * 1000) / 1000,
    reasons: signals.map((s) => (s.weight > 0 ? '+ ' : '− ') + s.reason),
  };
}

/**
 * Does the body read like an article? Only a light DOM that does not is probed further: for
 * an article in open shadow roots (read from a copy of what they render), then for one in a
 * frame (which cannot be read, and leaves the verdict nearer even odds, never past them).
 */
function bodySignals(doc: Document, lead: string, meta: PageMetadata, signals: Signal[], add: (weight: number, reason: string) => void): void {
  let body = doc;
  let readable = isProbablyReaderable(doc);
  if (!readable) {
    // Chinese, Japanese, Korean or Thai text says as much in fewer characters.
    const weight = denseScriptWeight(doc);
    if (weight > 1.2) readable = isProbablyReaderable(doc, readerableOptions(weight));
  }
  const probe = readable ? null : probeShadowRoots(doc);
  const shadow = probe && shadowOutweighsLight(probe) ? shadowContentDocument(doc, probe) : null;
  if (shadow && isProbablyReaderable(shadow)) {
    body = shadow;
    readable = true;
    add(-0.5, SHADOW_REASON);
  }
  if (readable) {
    add(1, 'its body reads like an article');
    // Only a page that reads like an article is searched further for news copy's datelines.
    const dateline = DATELINE.test(lead) ? null : datelineParagraph(body);
    // A dated dateline ("Feb. 23, 2015 -- ") is a dateline and a publication date at once.
    if (dateline === 'dated') add(1.5, 'a paragraph opens with a dated dateline');
    else if (dateline === 'place') add(1, 'a paragraph opens with a dateline');
    // Pages older than structured data, or that carry none, still print the day and the writer under the headline.
    const shown = printedByHeadline(body, meta);
    if (shown.date && dateline !== 'dated') add(1, 'it prints a date under its headline');
    if (shown.byline) add(0.5, 'it prints a byline under its headline');
    return;
  }
  add(-2, 'its body does not read like an article');
  const logit = total(signals);
  if (probe && logit < FRAMED_LOGIT && framedArticle(doc, probe.lightChars)) add(Math.min(2, FRAMED_LOGIT - logit), FRAME_REASON);
}

/** Teasers read: a page of hundreds is a listing whatever its first ones hold. */
const MAX_TEASERS = 30;

/**
 * One <article> holds a story and the rest are teasers of others ("More from Music"):
 * an article page, not a listing. The longest must hold most of the text of them all.
 */
function oneArticleLeads(doc: Document): boolean {
  const articles = Array.from(doc.getElementsByTagName('article')).slice(0, MAX_TEASERS);
  const lengths = articles.filter((a) => !a.parentElement?.closest('article')).map((a) => (a.textContent ?? '').length);
  const longest = Math.max(0, ...lengths);
  const all = lengths.reduce((sum, n) => sum + n, 0);
  return longest >= 1500 && longest >= 0.6 * all;
}

function printedByHeadline(doc: Document, meta: PageMetadata): { date: boolean; byline: boolean } {
  const headline = doc.querySelector('article h1') ?? doc.querySelector('h1');
  const dayFirst = !!meta.lang && !/^en(-us)?$/i.test(meta.lang);
  return {
    date: !meta.publishedTime && visibleDate(doc, headline, dayFirst) !== null,
    byline: meta.authors.length === 0 && visibleByline(doc, headline, meta.siteName).names.length > 0,
  };
}

/** A city or dated dateline opening one of the first paragraphs (the lead may sit below page furniture). */
function datelineParagraph(doc: Document): 'dated' | 'place' | null {
  const paragraphs = doc.getElementsByTagName('p');
  const count = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < count; i++) {
    const text = paragraphs[i]!.textContent?.trimStart().slice(0, 120) ?? '';
    if (text.length <= 60) continue;
    if (DATED_DATELINE.test(text)) return 'dated';
    if (DATELINE.test(text)) return 'place';
  }
  return null;
}

/** "Haki Benita" writing on hakibenita.com, or a site named after the author of every post. */
function isPersonalSite(meta: PageMetadata, pageUrl: string | null): boolean {
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let host = '';
  try {
    host = squash(new URL(pageUrl ?? meta.canonicalUrl ?? '').hostname.replace(/^www\./, '').split('.')[0] ?? '');
  } catch {
    // no usable address: judge by the site name alone
  }
  const site = squash(meta.siteName ?? '');
  if (meta.siteIsAuthor) return true;
  return meta.authors.some((author) => {
    const name = squash(author);
    return name.length >= 6 && (name === host || name === site);
  });
}

function total(signals: Signal[]): number {
  return signals.reduce((sum, s) => sum + s.weight, PRIOR);
}
