import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { relayCommand, relayMenuClick, SAVE_MENU_ID } from '../background/browser-actions';
import { serialised, syncReaderScript } from '../background/content-script-registration';
import { backgroundHandlers, router } from '../background/message-router';
import type { FeedRequest } from '../core/protocol/feed-messages';
import type { ContentRequest } from '../core/protocol/messages';
import { sendToTab } from '../platform/send-message';
import { flagSummaries } from '../core/framing/flag-summaries';
import { feedLibrary } from '../background/feeds/feed-library';
import { feedService } from '../background/feeds/feed-service';
import { feedStore } from '../background/feeds/feed-store';
import { reportBudget } from '../background/report-policy';
import { spaceGuard } from '../background/space-guard';
import { grantedOrigins, releaseHostAccess } from '../platform/host-access';
import { readArticlePage } from '../platform/read-article-page';
import { openLibrary } from '../db/library-db';
import { openOutlets } from '../db/outlet-db';
import { outletParts } from '../background/outlets/outlet-wiring';
import { watchHostAccess } from '../platform/host-access';
import { browserAutoReadApi, injectReader, loadReaderInto } from '../platform/reader-script';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { wantedPatterns } from '../core/settings/auto-read-patterns';

const FEED_ALARM = 'parallax-feeds';
/** Once a day, outlets whose Wikidata facts are 30 days old (or whose failed lookup may be retried) are looked up again. */
const OUTLET_ALARM = 'parallax-outlet-lookups';

/** The alarm rings at most every 5 minutes; each ring checks only the outlets whose interval is up. */
async function scheduleFeedChecks(minutes: number): Promise<void> {
  await browser.alarms.create(FEED_ALARM, { periodInMinutes: Math.min(minutes, 5), delayInMinutes: 1 });
}

export default defineBackground(() => {
  // Firefox MV2 names the toolbar button browserAction; Chrome MV3 names it action.
  const action = browser.action ?? browser.browserAction;
  const outlets = outletParts({
    db: () => openOutlets(),
    now: () => Date.now(),
    fetch: (input, init) => fetch(input, init),
    lookupsOn: async () => (await loadSettings()).wikidataLookups,
    granted: (origins) => browser.permissions.contains({ origins }),
    readStorage: async (key) => (await browser.storage.local.get(key))[key],
    uiLanguage: () => browser.i18n.getUILanguage(),
    librarySites: async () => (await (await openLibrary()).getAllKeys('articles', null, 20_000)).map(String),
  });
  const deps = {
    outlets: outlets.service,
    db: () => openLibrary(),
    now: () => Date.now(),
    extensionId: browser.runtime.id,
    reports: reportBudget(),
    setBadge: (tabId: number, count: number) => {
      void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
      void action.setBadgeBackgroundColor({ tabId, color: '#2357c6' }).catch(() => undefined);
    },
  };
  const guardSpace = spaceGuard({ db: deps.db, now: deps.now, estimate: () => navigator.storage.estimate() });
  const library = feedLibrary(deps.db, deps.now);
  const store = feedStore(browser.storage.local);
  const feeds = feedService({
    store,
    library: { ...library, save: (report, outletId) => library.save(report, outletId).finally(() => void guardSpace()) },
    fetch: (input, init) => fetch(input, init),
    now: deps.now,
    grantedOrigins,
    flag: flagSummaries,
    extract: readArticlePage,
    schedule: (minutes) => scheduleFeedChecks(minutes),
    stillWanted: async () => wantedPatterns(await loadSettings()),
    releaseOrigins: releaseHostAccess,
  });
  const routes = {
    feeds: (request: FeedRequest) => feeds.handle(request),
    afterReport: () => void guardSpace(),
    // A reader per article page; the budget is the reports' own, as each load leads to one report.
    reader: { load: loadReaderInto, budget: reportBudget() },
    outlets: outlets.service,
  };
  const route = router(backgroundHandlers(deps, routes), deps);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  // Feeds are checked on an alarm, which wakes the service worker; each ring checks those due.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void feeds.checkDue();
    if (alarm.name === OUTLET_ALARM) outlets.lookups.sweep();
  });
  void browser.alarms.get(OUTLET_ALARM).then(async (alarm) => {
    if (!alarm) await browser.alarms.create(OUTLET_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  });
  // Turning lookups on (or granting Wikidata access) looks up the outlets already in the library.
  watchSettings((settings) => settings.wikidataLookups && outlets.lookups.sweep());
  watchHostAccess(() => outlets.lookups.sweep());
  void browser.alarms.get(FEED_ALARM).then(async (alarm) => alarm ?? scheduleFeedChecks(await store.intervalMinutes()));
  const tabsApi = {
    sendToTab: (tabId: number, request: ContentRequest) => sendToTab(tabId, request.type, {}),
    activeTabId: () => browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id),
    injectReader,
  };
  browser.commands.onCommand.addListener((command, tab) => void relayCommand(tabsApi, command, tab?.id));
  // Menus outlive a service worker's restarts; create it once per install or update.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: browser.i18n.getMessage('ext_menu_save'), contexts: ['page'] });
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
