import { hostKey } from '../identity/host-key';
import { outletKey } from '../identity/outlet-name';
import { dayOf } from '../matching/index-keys';

/**
 * Which followed outlets had an account of an event, from the reader's own library: an
 * outlet "published in the window" when stories of its feeds, published within a few days
 * of the article, came into the library; it "covered" the event when one of the other
 * accounts listed (or the article itself) is its own. Those that published in the window
 * and have no account are "not covered by": silence that can be told from a feed that was
 * quiet or broken those days. Counts, never a rating.
 */

/** Days either side of the article's day that count as "the days of this event". @default 2 */
export const COVERAGE_WINDOW_DAYS = 2;

export interface CoverageOutlet {
  id: string;
  name: string;
  siteUrl: string;
  feedUrls: readonly string[];
  /** Stories its feeds brought into the library, by day (UTC days since the epoch, as text). */
  storyDays: Readonly<Record<string, number>>;
}

export interface CoverageAccount {
  url: string;
  siteName: string | null;
}

export interface Coverage {
  /** Outlets the reader follows. */
  followed: number;
  /** Names of those with stories in the window, in the order followed. */
  published: string[];
  /** Of those (or any followed outlet), the ones with an account of this event. */
  covered: string[];
  /** Published in the window, no account of this event. */
  notCovered: string[];
  windowDays: number;
}

export function coverageOf(
  outlets: readonly CoverageOutlet[],
  article: CoverageAccount & { publishedTime: string | null },
  accounts: readonly CoverageAccount[],
  now: number,
): Coverage {
  const time = article.publishedTime === null ? NaN : Date.parse(article.publishedTime);
  const day = dayOf(Number.isFinite(time) ? time : now);
  const published = outlets.filter((outlet) => storiesAround(outlet, day) > 0);
  const covered = outlets.filter((outlet) => [article, ...accounts].some((account) => accountOf(outlet, account)));
  return {
    followed: outlets.length,
    published: published.map((o) => o.name),
    covered: covered.map((o) => o.name),
    notCovered: published.filter((o) => !covered.includes(o)).map((o) => o.name),
    windowDays: COVERAGE_WINDOW_DAYS,
  };
}

function storiesAround(outlet: CoverageOutlet, day: number): number {
  let stories = 0;
  for (let d = day - COVERAGE_WINDOW_DAYS; d <= day + COVERAGE_WINDOW_DAYS; d++) stories += outlet.storyDays[String(d)] ?? 0;
  return stories;
}

/**
 * An account is the outlet's when it is on the outlet's site or feed host ("www." aside,
 * port kept, so two outlets on one machine stay apart) or carries the outlet's name, as
 * its feed stories do, however it is spelt.
 */
export function accountOf(outlet: CoverageOutlet, account: CoverageAccount): boolean {
  const host = hostOf(account.url);
  if (host !== null && [outlet.siteUrl, ...outlet.feedUrls].some((url) => hostOf(url) === host)) return true;
  // By the outlet's key, as the popup groups accounts: "The Wire" is the outlet named "Wire".
  return account.siteName !== null && account.siteName.trim() !== '' && outletKey(account.siteName) === outletKey(outlet.name);
}

function hostOf(url: string): string | null {
  try {
    return hostKey(new URL(url).host);
  } catch {
    return null;
  }
}

/** Adds story days to an outlet's record, forgetting those older than `keepDays`. */
export function addStoryDays(record: Readonly<Record<string, number>>, days: readonly number[], now: number, keepDays = 120): Record<string, number> {
  const oldest = dayOf(now) - keepDays;
  const next: Record<string, number> = {};
  for (const [day, count] of Object.entries(record)) if (Number(day) >= oldest) next[day] = count;
  for (const day of days) if (day >= oldest) next[String(day)] = (next[String(day)] ?? 0) + 1;
  return next;
}
