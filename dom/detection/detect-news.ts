import { isProbablyReaderable } from './probably-readerable';
import type { NewsVerdict } from '../../core/protocol/article';
import { DETECTION_TUNING, newsWeights, type DetectionTuning, type NewsReason, type NewsSignalId, type NewsWeights } from '../../core/detection/news-signals';
import { denseScriptWeight, readerableOptions } from './dense-script';
import { shadowContentDocument } from '../extraction/flatten-shadow';
import { NEWS_TYPES } from '../metadata/json-ld';
import { framedArticle } from './main-frame';
import type { PageMetadata } from '../metadata/read-metadata';
import { probeShadowRoots, shadowOutweighsLight } from '../extraction/shadow-roots';
import { isPlatformName } from '../metadata/site-name';
import { quotesPeople, quotesPeopleIn } from './quoted-speech';
import { isScholarlyPaper } from './scholarly-paper';
import { siteSignals } from './site-signals';
import { runningTextBlock } from './text-block';
import { urlSignals, type AddSignal } from './url-signals';
import { visibleByline } from '../metadata/visible-byline';
import { visibleDate } from '../metadata/visible-date';

/**
 * Is this page one news article? Signals are summed as log-odds, cheapest first; the
 * DOM-walking `isProbablyReaderable` runs only when the cheap ones leave it open, so a
 * page that plainly is not news costs a few attribute reads and nothing more. Which
 * signals there are is read here; what each weighs is the tuning table's
 * (core/detection/news-signals.ts).
 */

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
/** Characters of a <br>-set story read for quotations. */
const MAX_BLOCK_TEXT = 20_000;
/** Where a framed story's verdict is pulled to at most: nearer even odds, still not news. */
const FRAMED_LOGIT = -0.5;

/** The signals found so far, and how to add one by its id. */
interface Tally {
  signals: NewsReason[];
  add: AddSignal;
  weights: NewsWeights;
  prior: number;
}

export function detectNews(
  doc: Document,
  pageUrl: string | null,
  meta: PageMetadata,
  /** The weights to judge with; evaluations sweep them. @default DETECTION_TUNING */
  tuning: DetectionTuning = DETECTION_TUNING,
): NewsVerdict {
  const weights = newsWeights(tuning);
  const signals: NewsReason[] = [];
  const add = (id: NewsSignalId, evidence?: string) => signals.push(evidence === undefined ? { id, weight: weights[id] } : { id, weight: weights[id], evidence });
  const tally: Tally = { signals, add, weights, prior: tuning.prior };

  // Without the address it was fetched from, the page's own canonical address says as much.
  const address = urlSignals(pageUrl ?? meta.canonicalUrl, add);
  // Blog platforms and CMS plugins mark every post a NewsArticle: on a blog's address or platform the claim is weak.
  const blogLike = address.blogLike || isPlatformName(meta.siteName);
  // The address did not say so (a custom domain, or none given): the site's own name does.
  if (isPlatformName(meta.siteName) && !address.blogLike && !address.platformHost) add('blog-platform-name', meta.siteName ?? '');
  const types = meta.jsonLdTypes;
  if (types.some((t) => NEWS_TYPES.has(t))) add(blogLike ? 'news-type-on-blog' : 'news-type');
  else if (types.includes('article') && !blogLike) add('article-type');
  else if (types.some((t) => t === 'blogposting' || t === 'techarticle')) add('blog-post-type');
  if (types.includes('newsmediaorganization') || meta.publisherIsNewsMedia) add('news-publisher');
  const nonArticle = types.find((t) => NON_ARTICLE_TYPES.has(t));
  // A recipe or a product page often carries a generic Article node too: only a news type outweighs it.
  if (nonArticle) add(types.some((t) => NEWS_TYPES.has(t)) ? 'non-article-type-beside-news' : 'non-article-type', nonArticle);
  if (meta.ogType === 'article') add('og-article');
  else if (meta.ogType && meta.ogType !== 'website') add('og-not-article', meta.ogType.slice(0, 30));
  if (meta.publishedTime) add('published-time');
  if (meta.authors.length > 0) add('named-author');
  if (isPersonalSite(meta, pageUrl)) add('personal-site');
  if (meta.newsKeywords) add('news-keywords');
  if (meta.section) add('named-section');
  if (meta.title && HOW_TO.test(meta.title)) add('how-to-title');
  if (isScholarlyPaper(doc)) add('scholarly-paper');
  siteSignals(doc, add);

  const articleCount = doc.getElementsByTagName('article').length;
  // Teaser lists in a sidebar are common beside real articles; only without article metadata do they make a listing.
  if (articleCount > 3 && meta.ogType !== 'article' && !types.some((t) => NEWS_TYPES.has(t)) && !oneArticleLeads(doc)) {
    add('article-teasers', `${articleCount} <article>`);
  }
  const lead = (doc.querySelector('article p') ?? doc.querySelector('p'))?.textContent?.trim().slice(0, 120) ?? '';
  if (DATELINE.test(lead)) add('lead-dateline');

  const cheap = total(tally);
  if (!doc.body) add('no-body');
  else if (cheap > -tuning.decided && cheap < tuning.decided) {
    // Blog posts quote too: on a blog's address or platform, or a post that calls itself one, quotations say nothing of news.
    const blogPost = blogLike || types.includes('blogposting') || signals.some((s) => s.id === 'personal-site' || s.id === 'site-builder');
    bodySignals(doc, lead, meta, tally, !blogPost);
  }
  else if (cheap >= tuning.decided) {
    // Its metadata says news; whether the text is where Parallax can read it is still worth saying.
    const probe = probeShadowRoots(doc);
    if (shadowOutweighsLight(probe) && !isProbablyReaderable(doc)) add('shadow-content');
    else if (framedArticle(doc, probe.lightChars)) add('framed-article');
  }
  const logit = total(tally);
  const score = 1 / (1 + Math.exp(-logit));
  signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    // Even odds is not enough: a readable body alone (a wiki page, a tutorial) is no news article.
    isNews: logit >= 0,
    score: Math.round(score * 1000) / 1000,
    reasons: signals,
  };
}

/**
 * Does the body read like an article? Only a light DOM that does not is probed further: for
 * an article in open shadow roots (read from a copy of what they render), then for one in a
 * frame (which cannot be read, and leaves the verdict nearer even odds, never past them).
 */
function bodySignals(doc: Document, lead: string, meta: PageMetadata, tally: Tally, quotesCount: boolean): void {
  const { add } = tally;
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
    add('shadow-content');
  }
  if (readable) {
    add('readable-body');
    // Only a page that reads like an article is searched further for news copy's datelines.
    const dateline = DATELINE.test(lead) ? null : datelineParagraph(body);
    // A dated dateline ("Feb. 23, 2015 -- ") is a dateline and a publication date at once.
    if (dateline === 'dated') add('dated-dateline');
    else if (dateline === 'place') add('place-dateline');
    // Pages older than structured data, or that carry none, still print the day and the writer under the headline.
    const shown = printedByHeadline(body, meta);
    if (shown.date && dateline !== 'dated') add('date-under-headline');
    if (shown.byline) add('byline-under-headline');
    if (quotesCount && quotesPeople(body)) add('quoted-speech');
    return;
  }
  // A story set as <br>-separated lines in a table cell, as pages before the <p> habit are.
  const block = runningTextBlock(doc);
  if (block) {
    add('text-block');
    const shown = printedByHeadline(doc, meta);
    if (shown.date) add('date-under-headline');
    if (shown.byline) add('byline-under-headline');
    if (quotesCount && quotesPeopleIn([(block.textContent ?? '').slice(0, MAX_BLOCK_TEXT)])) add('quoted-speech');
    return;
  }
  add('unreadable-body');
  const logit = total(tally);
  if (probe && logit < FRAMED_LOGIT && framedArticle(doc, probe.lightChars)) {
    tally.signals.push({ id: 'framed-article-pull', weight: Math.min(tally.weights['framed-article-pull'], FRAMED_LOGIT - logit) });
  }
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

function total({ signals, prior }: Tally): number {
  return signals.reduce((sum, s) => sum + s.weight, prior);
}
