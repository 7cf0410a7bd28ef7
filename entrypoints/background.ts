import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { relayCommand, relayMenuClick, SAVE_MENU_ID } from '../background/browser-actions';
import { serialised, syncReaderScript } from '../background/auto-read';
import { handleRequest } from '../background/handle-request';
import type { ContentRequest } from '../core/messages';
import { openLibrary } from '../db/library-db';
import { watchHostAccess } from '../platform/host-access';
import { browserAutoReadApi, injectReader } from '../platform/reader-script';
import { watchSettings } from '../platform/settings-store';

export default defineBackground(() => {
  // Firefox MV2 names the toolbar button browserAction; Chrome MV3 names it action.
  const action = browser.action ?? browser.browserAction;
  const deps = {
    db: () => openLibrary(),
    now: () => Date.now(),
    extensionId: browser.runtime.id,
    setBadge: (tabId: number, count: number) => {
      void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
      void action.setBadgeBackgroundColor({ tabId, color: '#2357c6' }).catch(() => undefined);
    },
  };
  browser.runtime.onMessage.addListener((message, sender) => handleRequest(message, sender, deps));
  const tabsApi = {
    sendToTab: (tabId: number, request: ContentRequest) => browser.tabs.sendMessage(tabId, request),
    activeTabId: () => browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id),
    injectReader,
  };
  browser.commands.onCommand.addListener((command, tab) => void relayCommand(tabsApi, command, tab?.id));
  // Menus outlive a service worker's restarts; create it once per install or update.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save this article to Parallax', contexts: ['page'] });
    // A new reader is asked once where Parallax may read; nothing is granted until then.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  // The content script runs by itself only where the reader chose and the browser granted.
  const syncReader = serialised(() => syncReaderScript(browserAutoReadApi));
  void syncReader();
  watchHostAccess(() => void syncReader());
  watchSettings(() => void syncReader());
  browser.contextMenus.onClicked.addListener((info, tab) => void relayMenuClick(tabsApi, info.menuItemId, tab?.id));
});
