/**
 * What a page's address says about it, before anything of the page is read. News sites
 * put dates and headline slugs in their paths; blogs, wikis, docs, shops and forums give
 * themselves away by host or path. Tables, not code, so a misjudged site is a one-line fix.
 */

import type { NewsSignalId } from '../../core/detection/news-signals';

/** Records a signal by its id (its weight is the tuning table's); evidence is the page's own words. */
export type AddSignal = (id: NewsSignalId, evidence?: string) => void;

const DATE_IN_PATH = /\/(19|20)\d{2}([/-]?(0?[1-9]|1[0-2]|[a-z]{3})([/-](0?[1-9]|[12]\d|3[01]))?\/|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\/|-|\b))/i;
const LISTING_SEGMENT = /^(tag|tags|topic|topics|author|authors|category|categories|search|section|sections|archive|archives|page|latest|index\.html?)$/i;
const NEWS_SEGMENT = /^(news|noticias|nachrichten|actualites|actualite|notizie|nieuws|wiadomosci|novosti|politics|politik|world|business|economy|story|stories|article|articles|meldung)$/i;
const NON_NEWS_SEGMENT =
  /^(blog|blogs|wiki|docs|documentation|manual|forum|forums|thread|threads|questions|answers|help|support|shop|store|products?|cart|checkout|login|signin|sign-in|account|tutorials?|how-?to|guides?|recipes?|fiction|courses?|jobs|careers|about|about-us|aboutus|who-we-are|contact|contact-us|faq|faqs|glossary|reference|encyclopedia|drugs?|medications?|drug-database|destinations?|attractions|things-to-do|tours?|hotels|knowledge-?base|kb)$/i;
/** "voodoo-engineering", "acme-tech-blog", "dev_blog": a company's engineering or team blog named in one segment. */
const TEAM_BLOG_SEGMENT = /^[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:engineering|eng|devblog|techblog|blog)$|^(?:engineering|tech|dev|developer)[-_]blog$/i;
const NON_NEWS_HOST_PREFIX = /^(blog|blogs|engineering|eng|tech|hacks|labs|research|code|opensource|developers?|docs|help|support|forums?|wiki|shop|store|community|learn|dev|accounts?|login)\./i;
const NON_NEWS_HOST =
  /(^|\.)(blogspot\.[a-z.]+|wordpress\.com|tumblr\.com|pixnet\.net|substack\.com|ghost\.io|github\.io|gitlab\.io|dev\.to|hashnode\.dev|wixsite\.com|googleblog\.com|medium\.engineering|weebly\.com|livejournal\.com|typepad\.com|blogger\.com|wikipedia\.org|wikimedia\.org|wiktionary\.org|wikihow\.com|ehow\.com|royalroad\.com|archiveofourown\.org|fanfiction\.net|wattpad\.com|stackoverflow\.com|stackexchange\.com|reddit\.com|quora\.com|github\.com|gitlab\.com|youtube\.com|imdb\.com|goodreads\.com|pinterest\.com|instagram\.com|facebook\.com|linkedin\.com|amazon\.[a-z.]+|ebay\.[a-z.]+|etsy\.com)$/i;

/** Language editions that sites serve their front pages under. */
const EDITION =
  /^(en|es|fr|de|it|pt|ru|zh|ja|ko|ar|nl|pl|sv|tr|uk|id|hi|fa|he|el|cs|ro|hu|da|fi|no|nb|vi|th|ms|bn|ur|sw|ca|bg|sr|hr|sk|sl|lt|lv|et)(-[a-z]{2,4})?$/i;

/** Top-level domains that companies and people use for their blogs and docs. */
const BLOG_TLD = /\.(blog|dev|tech|engineering)$/i;

export interface UrlVerdict {
  /** The address is a blog host's or a blog section's: structured "news" claims count for less there. */
  blogLike: boolean;
  /** The host is a blogging platform's own (its publications' addresses say which). */
  platformHost: boolean;
}

export function urlSignals(pageUrl: string | null, add: AddSignal): UrlVerdict {
  if (!pageUrl) return { blogLike: false, platformHost: false };
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { blogLike: false, platformHost: false };
  }
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';

  // "/", "/index.html", and language editions' fronts such as "/es/" or "/en-gb/".
  if (segments.length === 0 || (segments.length === 1 && !url.search && (/^index\.\w+$/i.test(last) || EDITION.test(last)))) {
    add('front-page');
  }
  if (segments.some((s) => LISTING_SEGMENT.test(s)) || url.searchParams.has('q') || url.searchParams.has('s')) {
    add('listing-address');
  }
  let blogLike = true;
  if (NON_NEWS_HOST.test(host) || NON_NEWS_HOST_PREFIX.test(host) || BLOG_TLD.test(host) || (host === 'medium.com' && segments[0]?.startsWith('@'))) {
    add('non-news-host');
  } else if (segments.some((s) => NON_NEWS_SEGMENT.test(s)) || segments.slice(0, -1).some((s) => TEAM_BLOG_SEGMENT.test(s))) {
    add('non-news-section');
  } else blogLike = false;
  if (host === 'medium.com' && !segments[0]?.startsWith('@')) add('medium-host');
  if (/^news\d*\./.test(host) || segments.slice(0, -1).some((s) => NEWS_SEGMENT.test(s))) add('news-section-address');
  if (DATE_IN_PATH.test(url.pathname)) add('date-in-address');
  if (last.replace(/\.\w+$/, '').split(/[-_]/).filter((w) => /\p{L}/u.test(w)).length >= 4) add('headline-slug');
  return { blogLike, platformHost: host === 'medium.com' || NON_NEWS_HOST.test(host) };
}
