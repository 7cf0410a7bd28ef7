import { cleanUrl } from '../core/clean-url';
import { parseBackgroundRequest, type ArticleReport, type ArticleSeenResponse, type MatchesResponse } from '../core/messages';
import { isLibraryMessage, type LibraryResponse } from '../core/library-messages';
import { compareWithMatches } from '../db/compare-accounts';
import { findMatchesFor } from '../db/find-matches';
import { indexEntry } from '../db/index-entry';
import { countArticles, getArticle, saveArticle, type LibraryDb } from '../db/library-db';
import { handleLibraryRequest } from './library-requests';

export interface RequestSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface BackgroundDeps {
  db: () => Promise<LibraryDb>;
  now: () => number;
  extensionId: string;
  setBadge: (tabId: number, count: number) => void;
}

export type BackgroundResponse = ArticleSeenResponse | MatchesResponse | LibraryResponse | { ok: false; error: string };

/**
 * Answers the content script and the popup. Messages are validated first; a report from
 * a page may only describe that page's own site, so a hostile page cannot overwrite
 * another outlet's article by claiming its canonical URL.
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
        if (!sender.tab?.url) return { ok: false, error: 'article reports come from tabs' };
        const report = ownSiteOnly(request.report, sender.tab.url);
        const entry = indexEntry(report);
        const keep = request.type === 'article:save' || request.save;
        if (keep) await saveArticle(db, report, deps.now(), { byHand: request.type === 'article:save' });
        const matches = await findMatchesFor(db, entry);
        if (tabId !== undefined) deps.setBadge(tabId, matches.length);
        return { ok: true, matchCount: matches.length, url: report.url };
      }
      case 'matches:get': {
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

/** Keeps the page's canonical URL only when it names the page's own site. */
export function ownSiteOnly(report: ArticleReport, tabUrl: string): ArticleReport {
  const tab = cleanUrl(tabUrl);
  if (!tab) return report;
  return siteOf(report.url) === siteOf(tab) ? report : { ...report, url: tab };
}

/** The registrable part of a host, roughly: "news.bbc.co.uk" → "bbc.co.uk", "www.dw.com" → "dw.com". */
function siteOf(url: string): string {
  const host = new URL(url).hostname.toLowerCase();
  const labels = host.split('.');
  // Two-label public suffixes such as co.uk need three labels to name a site.
  const take = labels.length >= 3 && /^(co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-take).join('.');
}
