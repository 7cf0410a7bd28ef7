import { browser } from 'wxt/browser';
import type { MatchesResponse, PageState } from '../core/protocol/messages';
import { injectReader } from '../platform/reader-script';
import { send, sendToTab } from '../platform/send-message';

export interface PopupState {
  tabId: number | null;
  /** Null when no content script answers in that tab (browser pages, the store, PDFs). */
  page: PageState | null;
  matches: MatchesResponse | null;
}

export interface LoadOptions {
  /**
   * Read the tab now if no content script answers: the toolbar click that opened the
   * popup lent Parallax access to this tab (`activeTab`). @default false
   */
  inject?: boolean;
}

/**
 * Asks the tab's content script what it read, then the background for other accounts.
 * The tab is the active one, or `?tab=ID` when the popup is opened as a page (tests, and
 * readers who pin it in a tab).
 */
export async function loadPopupState(search = location.search, options: LoadOptions = {}): Promise<PopupState> {
  const tabId = await targetTabId(search);
  if (tabId === null) return { tabId, page: null, matches: null };
  let page = await askPage(tabId);
  if (page === null && options.inject && (await injectReader(tabId))) page = (await askPage(tabId)) ?? { status: 'working' };
  if (page?.status !== 'article') return { tabId, page, matches: null };
  const answer = await send('matches:get', { url: page.report.url, report: page.report }).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
  // A refusal carries only its reason; the popup shows an empty list with it.
  const matches: MatchesResponse = answer && 'matches' in answer ? answer : { ok: false, matches: [], libraryCount: 0, error: answer?.error ?? 'the background did not answer' };
  return { tabId, page, matches };
}

function askPage(tabId: number): Promise<PageState | null> {
  return sendToTab(tabId, 'page:get-state', {}).then(
    (state) => state ?? null,
    () => null,
  );
}

async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
