import type { ContentRequest } from '../core/protocol/messages';

/**
 * The ways a reader acts on a page from the browser's own chrome: the "next flag"
 * shortcut (manifest `commands`) and the page context menu's "Save to Parallax".
 * Both are relayed to the tab's content script, which knows the article and, for a save,
 * lets the background see which site it comes from; where none runs, it is injected first. The browser APIs are passed in so
 * tests can hand in their own.
 */

export const SAVE_MENU_ID = 'parallax-save-article';

export interface BrowserActionsApi {
  sendToTab(tabId: number, request: ContentRequest): Promise<unknown>;
  activeTabId(): Promise<number | undefined>;
  /** Reads the tab now; false where no script may run. The shortcut and the menu lend the tab (activeTab). */
  injectReader(tabId: number): Promise<boolean>;
}

export function relayCommand(api: BrowserActionsApi, command: string, tabId: number | undefined): Promise<void> {
  if (command !== 'next-flag') return Promise.resolve();
  return relay(api, { type: 'page:next-flag' }, tabId);
}

export function relayMenuClick(api: BrowserActionsApi, menuItemId: string | number, tabId: number | undefined): Promise<void> {
  if (menuItemId !== SAVE_MENU_ID) return Promise.resolve();
  return relay(api, { type: 'page:save' }, tabId);
}

async function relay(api: BrowserActionsApi, request: ContentRequest, tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await api.activeTabId());
  if (id === undefined) return;
  const sent = await api.sendToTab(id, request).then(
    () => true,
    () => false,
  );
  if (sent) return;
  // No content script there: a site not read automatically. The reader's gesture lends
  // Parallax the tab, so it reads it now and passes the request on. Where no script may
  // run (the new-tab page, the store) there is no one to answer, and nothing happens.
  if (await api.injectReader(id)) await api.sendToTab(id, request).catch(() => undefined);
}
