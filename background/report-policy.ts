import { siteOf } from '../core/identity/outlet-site';
import { cleanUrl } from '../core/identity/story-address';
import type { ArticleReport } from '../core/protocol/messages';
import { shingleOverlap, shingles } from '../core/text/text-overlap';

/**
 * What a page's report may change in the library. A content script runs inside pages we
 * do not trust, and a compromised one can send whatever it likes; only the sender's tab
 * URL comes from the browser. So a report may name its own page, or a canonical URL on
 * the same site; it may not replace a different story stored under that canonical URL;
 * and one tab cannot flood the library, however many reports it sends.
 */

/**
 * The canonical URL a report claims beyond its tab's own address, when it names the same
 * site; null when it names the tab itself or another site (then only the tab's address
 * will do, and no stored story needs reading).
 */
export function claimedCanonical(report: ArticleReport, tabUrl: string): string | null {
  const tab = cleanUrl(tabUrl);
  if (!tab || report.url === tab) return null;
  const site = siteOf(report.url);
  return site !== null && site === siteOf(tab) ? report.url : null;
}

/** The part of a stored article that says which story it is. */
export interface StoredStory {
  title: string | null;
  text: string;
}

/**
 * Share of one text's 4-word shingles found in the other, whichever way is larger: a lead
 * stored from a feed and the full article later read are the same story; so is an
 * article updated through the day. Two different articles share next to nothing.
 */
const SAME_STORY_OVERLAP = 0.5;

export function isSameStory(stored: StoredStory, report: StoredStory): boolean {
  // Texts under four words have no shingles: then only the same title says it is the same story.
  if (isWordless(stored.text) && isWordless(report.text)) {
    return stored.title !== null && normalisedTitle(stored.title) === normalisedTitle(report.title);
  }
  const { precision, recall } = shingleOverlap(report.text, stored.text);
  return Math.max(precision, recall) >= SAME_STORY_OVERLAP;
}

function isWordless(text: string): boolean {
  return shingles(text).size === 0;
}

function normalisedTitle(title: string | null): string | null {
  return title === null ? null : title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The URL to store a report under. The tab's own URL is the browser's word and always
 * stands. A canonical URL on the same site stands unless the library already holds a
 * different story there: then the report is stored under its tab's URL and the stored
 * story is left as it was.
 */
export function storageUrl(report: ArticleReport, tabUrl: string, stored: StoredStory | undefined): string {
  const claimed = claimedCanonical(report, tabUrl);
  const replacesAnotherStory = stored !== undefined && !isSameStory(stored, report);
  return claimed && !replacesAnotherStory ? claimed : (cleanUrl(tabUrl) ?? report.url);
}

export interface ReportBudget {
  /** Takes one report from the tab's allowance; false when the tab has sent too many of late. */
  take(tabId: number, now: number): boolean;
}

export interface BudgetOptions {
  /** Reports a tab may send at once (a reader opening articles quickly, a site's own navigation). */
  burst: number;
  /** One more report is allowed per this many milliseconds once the burst is spent. */
  refillMs: number;
  /** Tabs remembered at most; the fullest allowances are forgotten first, as they are the same as new. */
  tabs: number;
}

const DEFAULT_BUDGET: BudgetOptions = { burst: 20, refillMs: 6_000, tabs: 500 };

/**
 * A token bucket per tab. No reader opens more than twenty articles in a tab within a
 * couple of minutes, while a page that loops over made-up URLs would otherwise fill the
 * library as fast as IndexedDB writes.
 */
export function reportBudget(options: Partial<BudgetOptions> = {}): ReportBudget {
  const { burst, refillMs, tabs } = { ...DEFAULT_BUDGET, ...options };
  const buckets = new Map<number, { tokens: number; at: number }>();
  const tokensNow = (bucket: { tokens: number; at: number }, now: number) =>
    Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) / refillMs);
  return {
    take(tabId, now) {
      const bucket = buckets.get(tabId) ?? { tokens: burst, at: now };
      const tokens = tokensNow(bucket, now);
      if (tokens < 1) return false;
      buckets.set(tabId, { tokens: tokens - 1, at: now });
      if (buckets.size > tabs) {
        for (const [id, other] of buckets) if (tokensNow(other, now) >= burst - 1) buckets.delete(id);
        // Still too many: every tab is busy; forget the oldest entries (Map keeps insertion order).
        for (const id of buckets.keys()) {
          if (buckets.size <= tabs) break;
          buckets.delete(id);
        }
      }
      return true;
    },
  };
}
