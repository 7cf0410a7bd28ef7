import { cleanUrl } from '../core/identity/story-address';
import type { ArticleReport, ArticleSeenResponse, MatchesResponse } from '../core/protocol/messages';
import type { RequestOf } from '../core/protocol/protocol';
import type { RequestSender } from '../core/protocol/senders';
import { compareWithMatches } from '../db/compare-with-matches';
import { findMatchesFor } from '../db/find-matches';
import { indexEntry } from '../db/index-entry';
import { countArticles, getArticle } from '../db/library-queries';
import { saveArticle } from '../db/library-db';
import type { LibraryDb } from '../db/library-schema';
import { claimedCanonical, storageUrl, type ReportBudget } from './report-policy';

export type { RequestSender } from '../core/protocol/senders';

export interface BackgroundDeps {
  db: () => Promise<LibraryDb>;
  now: () => number;
  extensionId: string;
  setBadge: (tabId: number, count: number) => void;
  /** How many article reports each tab may still send. */
  reports: ReportBudget;
  /** Told of each article kept, for its outlet's profile (background/outlets/); never waited on. */
  outlets?: { seen(report: ArticleReport, tabUrl: string): Promise<void> };
}

type Failure = { ok: false; error: string };

/**
 * A page's report of the article it read (the router has checked that a content script
 * sent it, and its shape). It comes from a tab's top frame, within that tab's budget, and
 * may only describe the page's own site without replacing another story (report-policy.ts).
 */
export async function handleArticleReport(
  request: RequestOf<'article:seen'> | RequestOf<'article:save'>,
  sender: RequestSender,
  deps: BackgroundDeps,
): Promise<ArticleSeenResponse | Failure> {
  const tabId = sender.tab?.id;
  const tabUrl = sender.tab?.url;
  if (tabId === undefined || !tabUrl || !cleanUrl(tabUrl)) return { ok: false, error: 'article reports come from tabs' };
  if (sender.frameId !== 0) return { ok: false, error: 'article reports come from a tab’s top frame' };
  if (!deps.reports.take(tabId, deps.now())) return { ok: false, error: 'too many article reports from this tab; try again in a minute' };
  return libraryAnswer(async () => {
    const db = await deps.db();
    const claimed = claimedCanonical(request.report, tabUrl);
    const stored = claimed ? await getArticle(db, claimed) : undefined;
    // The outlet's policies are kept with the outlet, not with each of its articles.
    const { policies, ...reported } = request.report;
    const report = { ...reported, url: storageUrl(request.report, tabUrl, stored) };
    const entry = indexEntry(report);
    const keep = request.type === 'article:save' || request.save;
    if (keep) {
      await saveArticle(db, report, deps.now(), { byHand: request.type === 'article:save', entry });
      void deps.outlets?.seen({ ...report, ...(policies && { policies }) }, tabUrl).catch(() => undefined);
    }
    const matches = await findMatchesFor(db, entry);
    deps.setBadge(tabId, matches.length);
    return { ok: true, matchCount: matches.length, url: report.url };
  });
}

/** Other accounts for the popup: of the stored article at `url`, else of the report it sends. */
export function handleMatchesGet(request: RequestOf<'matches:get'>, deps: Pick<BackgroundDeps, 'db'>): Promise<MatchesResponse | Failure> {
  return libraryAnswer(async () => {
    const db = await deps.db();
    const stored = await getArticle(db, request.url);
    const report = request.report ? { ...request.report, url: request.url } : null;
    const self = stored ?? (report ? { ...report, ...indexEntry(report) } : null);
    const [matches, libraryCount] = await Promise.all([self ? findMatchesFor(db, self) : [], countArticles(db)]);
    // The list of accounts stands on its own: a comparison that fails only leaves its tab empty.
    const comparison = self && matches.length > 0 ? await compareWithMatches(db, self, matches).catch(() => undefined) : undefined;
    return {
      ok: true,
      matches,
      libraryCount,
      stored: stored !== undefined,
      savedByHand: stored?.savedByHand ?? false,
      ...(comparison && { comparison }),
    };
  });
}

async function libraryAnswer<T>(work: () => Promise<T>): Promise<T | Failure> {
  try {
    return await work();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'the library could not be read' };
  }
}
