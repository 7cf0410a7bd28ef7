import { cleanUrl } from '../core/clean-url';
import { parseBackgroundRequest, type ArticleReport, type ArticleSeenResponse, type MatchesResponse } from '../core/protocol/messages';
import { isLibraryMessage, type LibraryResponse } from '../core/protocol/library-messages';
import { compareWithMatches } from '../db/compare-accounts';
import { findMatchesFor } from '../db/find-matches';
import { indexEntry } from '../db/index-entry';
import { countArticles, getArticle, saveArticle, type LibraryDb } from '../db/library-db';
import { fromExtensionPage, handleLibraryRequest } from './library-requests';
import { claimedCanonical, storageUrl, type ReportBudget } from './report-policy';

export interface RequestSender {
  id?: string;
  url?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

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

export type BackgroundResponse = ArticleSeenResponse | MatchesResponse | LibraryResponse | { ok: false; error: string };

/**
 * Answers the content script and the popup. Messages are validated first (type, size,
 * sender). A report comes from a tab's top frame, within that tab's budget, and may only
 * describe the page's own site without replacing another story (see report-policy.ts);
 * the library's matches are read by Parallax's own pages only, never by a page's script.
 */
export async function handleRequest(message: unknown, sender: RequestSender, deps: BackgroundDeps): Promise<BackgroundResponse> {
  if (sender.id !== deps.extensionId) return { ok: false, error: 'message from outside Parallax' };
  // The options page's library requests: accepted from extension pages only, checked there.
  if (isLibraryMessage(message)) return handleLibraryRequest(message, sender, deps);
  const request = parseBackgroundRequest(message);
  if (typeof request === 'string') return { ok: false, error: request };
  try {
    const db = await deps.db();
    switch (request.type) {
      case 'article:seen':
      case 'article:save': {
        const tabId = sender.tab?.id;
        const tabUrl = sender.tab?.url;
        if (tabId === undefined || !tabUrl || !cleanUrl(tabUrl)) return { ok: false, error: 'article reports come from tabs' };
        if (sender.frameId !== 0) return { ok: false, error: 'article reports come from a tab’s top frame' };
        if (!deps.reports.take(tabId, deps.now())) return { ok: false, error: 'too many article reports from this tab; try again in a minute' };
        const claimed = claimedCanonical(request.report, tabUrl);
        const stored = claimed ? await getArticle(db, claimed) : undefined;
        // The outlet's policies are kept with the outlet, not with each of its articles.
        const { policies, ...reported } = request.report;
        const report = { ...reported, url: storageUrl(request.report, tabUrl, stored) };
        const entry = indexEntry(report);
        const keep = request.type === 'article:save' || request.save;
        if (keep) {
          await saveArticle(db, report, deps.now(), { byHand: request.type === 'article:save' });
          void deps.outlets?.seen({ ...report, ...(policies && { policies }) }, tabUrl).catch(() => undefined);
        }
        const matches = await findMatchesFor(db, entry);
        deps.setBadge(tabId, matches.length);
        return { ok: true, matchCount: matches.length, url: report.url };
      }
      case 'matches:get': {
        if (!fromExtensionPage(sender, deps)) return { ok: false, error: 'the library’s matches are for Parallax’s own pages' };
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
      }
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'the library could not be read' };
  }
}
