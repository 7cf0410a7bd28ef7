import { isProbablyReaderable } from '@mozilla/readability';
import type { NewsVerdict } from '../core/article';
import { NEWS_TYPES } from './json-ld';
import type { PageMetadata } from './read-metadata';

/**
 * Is this page one news article? Signals are summed as log-odds, cheapest first; the
 * DOM-walking `isProbablyReaderable` runs only when the cheap ones leave it open, so a
 * page that plainly is not news costs a few attribute reads and nothing more.
 */

const PRIOR = -1.5;
/** Beyond this the cheap signals have decided and the page's body is not looked at. */
const DECIDED = 2.5;

const LISTING_PATH = /\/(tag|tags|topic|topics|author|authors|category|categories|search|section|sections|archive|page)(\/|$)/i;
const DATE_IN_PATH = /\/(19|20)\d{2}[/-](0?[1-9]|1[0-2])([/-](0?[1-9]|[12]\d|3[01]))?\//;
const NON_ARTICLE_TYPES = new Set(['collectionpage', 'searchresultspage', 'profilepage', 'product', 'itemlist', 'faqpage', 'qapage', 'discussionforumposting', 'softwareapplication', 'course']);

interface Signal {
  weight: number;
  reason: string;
}

export function detectNews(doc: Document, pageUrl: string | null, meta: PageMetadata): NewsVerdict {
  const signals: Signal[] = [];
  const add = (weight: number, reason: string) => signals.push({ weight, reason });

  const types = meta.jsonLdTypes;
  if (types.some((t) => NEWS_TYPES.has(t))) add(3, 'structured data says it is a news article');
  else if (types.some((t) => t === 'article' || t === 'reportagenewsarticle' || t === 'blogposting')) add(1.5, 'structured data says it is an article');
  if (types.some((t) => NON_ARTICLE_TYPES.has(t))) add(-2, `structured data describes a ${types.find((t) => NON_ARTICLE_TYPES.has(t))}`);
  if (meta.ogType === 'article') add(1.5, 'Open Graph type is "article"');
  else if (meta.ogType && meta.ogType !== 'website') add(-1, `Open Graph type is "${meta.ogType.slice(0, 30)}"`);
  if (meta.publishedTime) add(1, 'it carries a publication date');
  if (meta.authors.length > 0) add(0.5, 'it names an author');
  urlSignals(pageUrl, add);

  const articleCount = doc.getElementsByTagName('article').length;
  if (articleCount > 3) add(-1.5, `it holds ${articleCount} <article> teasers, like a listing page`);

  const cheap = total(signals);
  if (!doc.body) add(-5, 'the page has no body');
  else if (cheap > -DECIDED && cheap < DECIDED) {
    if (isProbablyReaderable(doc)) add(1.5, 'its body reads like an article');
    else add(-2, 'its body does not read like an article');
  }
  const logit = total(signals);
  const score = 1 / (1 + Math.exp(-logit));
  signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    // Even odds is not enough: a readable body alone (a wiki page, a tutorial) is no news article.
    isNews: logit > 0,
    score: Math.round(score * 1000) / 1000,
    reasons: signals.map((s) => (s.weight > 0 ? '+ ' : '− ') + s.reason),
  };
}

function total(signals: Signal[]): number {
  return signals.reduce((sum, s) => sum + s.weight, PRIOR);
}

function urlSignals(pageUrl: string | null, add: (weight: number, reason: string) => void): void {
  if (!pageUrl) return;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return;
  }
  const path = url.pathname;
  if (path === '/' || path === '' || /^\/(index\.html?)?$/i.test(path)) add(-3, 'it is a site’s front page');
  if (LISTING_PATH.test(path) || url.searchParams.has('q') || url.searchParams.has('s')) add(-2, 'its address looks like a listing or search page');
  if (DATE_IN_PATH.test(path)) add(1.5, 'its address carries a date');
  const lastSegment = path.split('/').filter(Boolean).pop() ?? '';
  if (lastSegment.replace(/\.html?$/i, '').split(/[-_]/).filter((w) => /[a-z]/i.test(w)).length >= 4) add(1, 'its address ends in a headline-like slug');
}
