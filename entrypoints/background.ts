import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { relayCommand, relayMenuClick, SAVE_MENU_ID } from '../background/browser-actions';
import { handleRequest } from '../background/handle-request';
import type { ContentRequest } from '../core/messages';
import { openLibrary } from '../db/library-db';

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
  };
  browser.commands.onCommand.addListener((command, tab) => void relayCommand(tabsApi, command, tab?.id));
  // Menus outlive a service worker's restarts; create it once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save this article to Parallax', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void relayMenuClick(tabsApi, info.menuItemId, tab?.id));
});
