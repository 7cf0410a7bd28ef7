import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../background/handle-request';
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
});
