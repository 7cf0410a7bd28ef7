import { browser } from 'wxt/browser';
import type { MatchesResponse, PageState } from '../core/messages';

export interface PopupState {
  tabId: number | null;
  /** Null when no content script answers in that tab (browser pages, the store, PDFs). */
  page: PageState | null;
  matches: MatchesResponse | null;
}

/**
 * Asks the tab's content script what it read, then the background for other accounts.
 * The tab is the active one, or `?tab=ID` when the popup is opened as a page (tests, and
 * readers who pin it in a tab).
 */
export async function loadPopupState(search = location.search): Promise<PopupState> {
  const tabId = await targetTabId(search);
  if (tabId === null) return { tabId, page: null, matches: null };
  const page = await browser.tabs.sendMessage(tabId, { type: 'page:get-state' }).then(
    (state: PageState | undefined) => state ?? null,
    () => null,
  );
  if (page?.status !== 'article') return { tabId, page, matches: null };
  const matches: MatchesResponse = await browser.runtime
    .sendMessage({ type: 'matches:get', url: page.report.url, report: page.report })
    .catch((error: unknown) => ({ ok: false, matches: [], libraryCount: 0, error: String(error) }));
  return { tabId, page, matches };
}

async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
