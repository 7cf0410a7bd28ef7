import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
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
  // The reader's "next flag" shortcut (manifest `commands`), relayed to the page it was pressed on.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'next-flag') return;
    const request: ContentRequest = { type: 'page:next-flag' };
    const tabId = tab?.id;
    const target = tabId !== undefined ? Promise.resolve(tabId) : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id);
    void target
      .then((id) => (id === undefined ? undefined : browser.tabs.sendMessage(id, request)))
      .catch(() => undefined); // a page without our content script (the new-tab page, the store)
  });
});
