import { isProbablyReaderable } from './probably-readerable';
import type { NewsVerdict } from '../../core/protocol/article';
import { DETECTION_TUNING, newsWeights, type DetectionTuning, type NewsReason, type NewsSignalId } from '../../core/detection/news-signals';
import { bodySignals, total, type Tally } from './body-signals';
import { DATELINE } from './datelines';
import { firstInArticle, metasByName } from './first-element';
import { NEWS_TYPES } from '../metadata/json-ld';
import { framedArticle } from './main-frame';
import type { PageMetadata } from '../metadata/read-metadata';
import { probeShadowRoots, shadowOutweighsLight } from '../extraction/shadow-roots';
import { isPlatformName } from '../metadata/site-name';
import { isScholarlyPaper } from './scholarly-paper';
import { siteSignals } from './site-signals';
import { urlSignals } from './url-signals';

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
/** What the page's own elements say before its body is read: the citation tags, the menus, the teasers, the lead's dateline. */
const PAGE_SIGNALS: readonly NewsSignalId[] = [
  'scholarly-paper', 'reference-software', 'site-builder', 'news-menus', 'organisation-menus', 'organisation-menus-many', 'article-teasers', 'lead-dateline',
];
/** Titles of how-tos and tutorials, which the reader does not count as news. */
const HOW_TO = /^(?:how[ -]to|a (?:beginner['’]s |complete |quick |step-by-step )?guide to|tutorial:|step[ -]by[ -]step)\b/i;

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
  const tally: Tally = { signals, add, weights, prior: tuning.prior, readEverything: tuning.readEverything ?? false };

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
  if (!doc.body) add('no-body');
  // The head and the address alone can settle it (a wiki's or a shop's page): when all that the
  // page's menus and lead could add leaves the sum past the point where the body is read, the
  // answer is "not news" and the page's links and paragraphs are not read at all.
  if (!tally.readEverything && total(tally) + PAGE_SIGNALS.reduce((sum, id) => sum + Math.max(0, weights[id]), 0) <= -tuning.decided) return verdictOf(tally);
  // The tag lists several signals read, looked up once: linkedom (the CLI's DOM) walks the
  // whole page for every getElementsByTagName.
  const metas = metasByName(doc);
  const articles = Array.from(doc.getElementsByTagName('article'));
  if (isScholarlyPaper(doc, metas)) add('scholarly-paper');
  siteSignals(doc, add, metas);

  const articleCount = articles.length;
  // Teaser lists in a sidebar are common beside real articles; only without article metadata do they make a listing.
  if (articleCount > 3 && meta.ogType !== 'article' && !types.some((t) => NEWS_TYPES.has(t)) && !oneArticleLeads(articles)) {
    add('article-teasers', `${articleCount} <article>`);
  }
  const lead = firstInArticle(doc, 'p', articles)?.textContent?.trim().slice(0, 120) ?? '';
  if (DATELINE.test(lead)) add('lead-dateline');

  const cheap = total(tally);
  if (!doc.body) {
    // Said above: nothing more to read.
  } else if (cheap > -tuning.decided && cheap < tuning.decided) {
    // Blog posts quote too: on a blog's address or platform, or a post that calls itself one, quotations say nothing of news.
    const blogPost = blogLike || types.includes('blogposting') || signals.some((s) => s.id === 'personal-site' || s.id === 'site-builder');
    bodySignals(doc, lead, meta, tally, !blogPost, articles);
  }
  else if (cheap >= tuning.decided) {
    // Its metadata says news; whether the text is where Parallax can read it is still worth saying.
    const probe = probeShadowRoots(doc);
    if (shadowOutweighsLight(probe) && !isProbablyReaderable(doc)) add('shadow-content');
    else if (framedArticle(doc, probe.lightChars)) add('framed-article');
  }
  return verdictOf(tally);
}

/** The verdict from the signals found, strongest reasons first. */
function verdictOf(tally: Tally): NewsVerdict {
  const logit = total(tally);
  const score = 1 / (1 + Math.exp(-logit));
  const reasons = tally.signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    // Even odds is not enough: a readable body alone (a wiki page, a tutorial) is no news article.
    isNews: logit >= 0,
    score: Math.round(score * 1000) / 1000,
    reasons,
  };
}

/** Teasers read: a page of hundreds is a listing whatever its first ones hold. */
const MAX_TEASERS = 30;

/**
 * One <article> holds a story and the rest are teasers of others ("More from Music"):
 * an article page, not a listing. The longest must hold most of the text of them all.
 */
function oneArticleLeads(pageArticles: readonly Element[]): boolean {
  const articles = pageArticles.slice(0, MAX_TEASERS);
  const lengths = articles.filter((a) => !a.parentElement?.closest('article')).map((a) => (a.textContent ?? '').length);
  const longest = Math.max(0, ...lengths);
  const all = lengths.reduce((sum, n) => sum + n, 0);
  return longest >= 1500 && longest >= 0.6 * all;
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
