import { cleanUrl } from '../core/clean-url';
import {
  parseBackgroundRequest,
  type ArticleReport,
  type ArticleSeenResponse,
  type MatchesResponse,
} from '../core/messages';
import { findMatches } from '../db/find-matches';
import { countArticles, saveArticle, type LibraryDb } from '../db/library-db';

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

export type BackgroundResponse = ArticleSeenResponse | MatchesResponse | { ok: false; error: string };

/**
 * Answers the content script and the popup. Messages are validated first; a report from
 * a page may only describe that page's own site, so a hostile page cannot overwrite
 * another outlet's article by claiming its canonical URL.
 */
export async function handleRequest(message: unknown, sender: RequestSender, deps: BackgroundDeps): Promise<BackgroundResponse> {
  if (sender.id !== deps.extensionId) return { ok: false, error: 'message from outside Parallax' };
  const request = parseBackgroundRequest(message);
  if (typeof request === 'string') return { ok: false, error: request };
  try {
    const db = await deps.db();
    if (request.type === 'article:seen') {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.tab?.url) return { ok: false, error: 'article reports come from tabs' };
      const report = ownSiteOnly(request.report, sender.tab.url);
      await saveArticle(db, report, deps.now());
      const matches = await findMatches(db, report.url);
      deps.setBadge(tabId, matches.length);
      return { ok: true, matchCount: matches.length, url: report.url };
    }
    const [matches, libraryCount] = await Promise.all([findMatches(db, request.url), countArticles(db)]);
    return { ok: true, matches, libraryCount };
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
