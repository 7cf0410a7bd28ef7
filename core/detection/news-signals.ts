/**
 * The news detector's tuning as data: one row per signal, its id and its weight in
 * log-odds. The detector (dom/detection/detect-news.ts) takes a table as a parameter and
 * defaults to this one, so an evaluation can sweep weights (`npm run eval:detect --
 * --weight id=value`) and a learned fit can replace them. An id is also the name of the
 * reason's words: `news_reason_<id with _ for ->` in public/_locales/<lang>/messages.json.
 */

export interface NewsSignalRow {
  id: string;
  weight: number;
}

export const NEWS_SIGNALS = [
  // What the address says (dom/detection/url-signals.ts).
  { id: 'front-page', weight: -3 },
  { id: 'listing-address', weight: -2 },
  { id: 'non-news-host', weight: -3 },
  { id: 'non-news-section', weight: -2 },
  { id: 'medium-host', weight: -1 },
  { id: 'news-section-address', weight: 0.75 },
  { id: 'date-in-address', weight: 1 },
  { id: 'headline-slug', weight: 0.75 },
  // What the head says (dom/detection/detect-news.ts).
  { id: 'blog-platform-name', weight: -1 },
  { id: 'news-type', weight: 3 },
  // Blog platforms and CMS plugins mark every post a NewsArticle: on a blog the claim is weak.
  { id: 'news-type-on-blog', weight: 1 },
  { id: 'article-type', weight: 1 },
  { id: 'blog-post-type', weight: -1 },
  { id: 'news-publisher', weight: 1 },
  // A page that declares itself a recipe, a product or a Q&A is one, whatever else it prints (quotations, a date, a byline).
  { id: 'non-article-type', weight: -4 },
  // A recipe or a product page often carries a generic Article node too: only a news type outweighs it.
  { id: 'non-article-type-beside-news', weight: -2 },
  { id: 'og-article', weight: 1 },
  { id: 'og-not-article', weight: -1 },
  { id: 'published-time', weight: 0.75 },
  { id: 'named-author', weight: 0.25 },
  { id: 'personal-site', weight: -3 },
  { id: 'news-keywords', weight: 1 },
  { id: 'named-section', weight: 0.25 },
  { id: 'how-to-title', weight: -2.5 },
  // A journal's or preprint server's paper: Highwire `citation_*` tags (dom/detection/scholarly-paper.ts).
  { id: 'scholarly-paper', weight: -3 },
  // What the site's generator and menus say (dom/detection/site-signals.ts).
  { id: 'reference-software', weight: -3 },
  { id: 'site-builder', weight: -1 },
  { id: 'news-menus', weight: 1 },
  { id: 'organisation-menus', weight: -1.5 },
  // The more of an organisation's menu words, the surer: a trade body's site names a dozen.
  { id: 'organisation-menus-many', weight: -2.5 },
  // What the body says (dom/detection/detect-news.ts).
  { id: 'article-teasers', weight: -1.5 },
  { id: 'lead-dateline', weight: 1 },
  { id: 'no-body', weight: -5 },
  { id: 'shadow-content', weight: -0.5 },
  { id: 'framed-article', weight: -0.5 },
  /** The most a framed story's verdict is pulled back towards even odds (never past them). */
  { id: 'framed-article-pull', weight: 2 },
  { id: 'readable-body', weight: 1 },
  { id: 'unreadable-body', weight: -2 },
  // No paragraphs, but a block of running text between <br>s (dom/detection/text-block.ts).
  { id: 'text-block', weight: 1 },
  // A dated dateline ("Feb. 23, 2015 -- ") is a dateline and a publication date at once.
  { id: 'dated-dateline', weight: 1.5 },
  { id: 'place-dateline', weight: 1 },
  // Under 1, so that a printed date alone never lifts a readable page to news: it needs one
  // more sign (a byline, a slug, a dateline). Swept on detection-dev's dev part: 0.5 to 0.9
  // remove 3 of its 22 newer false news and lose 24 old pages with a date and nothing else.
  { id: 'date-under-headline', weight: 0.75 },
  { id: 'byline-under-headline', weight: 0.5 },
  // Its running text quotes people (dom/detection/quoted-speech.ts). Under 1, like the printed date: a
  // readable page that only quotes (an essay, a book's chapter, a fable) stays short of news. On
  // detection-dev's dev part 0.5 to 0.9 give the same; 1 adds 15 older pages with nothing else and 4
  // newer false news.
  { id: 'quoted-speech', weight: 0.75 },
  // Its running text credits a news agency, "(AP)", "Reuters", "연합뉴스" (core/detection/wire-credit.ts).
  { id: 'wire-credit', weight: 1 },
] as const satisfies readonly NewsSignalRow[];

export type NewsSignalId = (typeof NEWS_SIGNALS)[number]['id'];

export interface DetectionTuning {
  /** Log-odds of news before any signal: most pages a reader opens are not one news article. */
  prior: number;
  /** Beyond this the cheap signals have decided and the page's body is not looked at. */
  decided: number;
  /**
   * Read the body's every signal, even one that can no longer change the answer: for
   * evaluations that weigh the reasons again (scripts/eval-detect-cv.ts). The detector
   * otherwise skips them (core/detection/settled-verdict.ts).
   * @default false
   */
  readEverything?: boolean;
  signals: readonly { id: NewsSignalId; weight: number }[];
}

export const DETECTION_TUNING: DetectionTuning = { prior: -2, decided: 2.5, signals: NEWS_SIGNALS };

export type NewsWeights = Readonly<Record<NewsSignalId, number>>;

// The detector looks weights up on every page: each table is turned into a record once.
const weightsByTable = new WeakMap<DetectionTuning['signals'], NewsWeights>();

/** The table as a record by id; a row missing from a swept table is an error, not a zero. */
export function newsWeights(tuning: DetectionTuning): NewsWeights {
  const cached = weightsByTable.get(tuning.signals);
  if (cached) return cached;
  const weights = Object.fromEntries(tuning.signals.map((row) => [row.id, row.weight])) as Record<NewsSignalId, number>;
  const missing = NEWS_SIGNALS.filter((row) => typeof weights[row.id] !== 'number');
  if (missing.length > 0) throw new Error(`detection tuning lacks ${missing.map((row) => row.id).join(', ')}`);
  weightsByTable.set(tuning.signals, weights);
  return weights;
}

/** A table with some weights replaced, for sweeps; an unknown id is an error. */
export function withWeights(tuning: DetectionTuning, changes: Readonly<Record<string, number>>): DetectionTuning {
  const known = new Set<string>(NEWS_SIGNALS.map((row) => row.id));
  const unknown = Object.keys(changes).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`unknown detection signal ${unknown.join(', ')}`);
  return { ...tuning, signals: tuning.signals.map((row) => (Object.hasOwn(changes, row.id) ? { id: row.id, weight: changes[row.id]! } : row)) };
}

/** One signal as the detector found it: the weight it was given, and the page's own words where the reason names them. */
export interface NewsReason {
  id: NewsSignalId;
  weight: number;
  /** A site name, a type, a generator, menu words, a count: shown as text, never parsed. */
  evidence?: string;
}

/** "+ " for news, "− " against, before a reason's words. */
export function reasonSign(reason: NewsReason): string {
  return reason.weight > 0 ? '+ ' : '− ';
}
