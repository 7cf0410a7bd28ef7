import { parallaxHighlights } from '../hostile-fixtures';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { PageState } from '../../../core/protocol/messages';
import { startFixtureServer } from '../../../scripts/fixture-server';
import { launchFirefoxWithExtension, type LaunchedFirefox } from '../../../scripts/launch-firefox';
import { ARTIFACTS, EVERY_SITE } from '../extension';

/**
 * Set-up of the Firefox end-to-end suite: the Firefox build installed in Firefox ESR, the
 * fixtures on 127.0.0.1, automatic reading turned on from the onboarding page.
 *
 * WebDriver BiDi reaches tabs but not the background page, so the onboarding tab stays
 * open as the suite's window into the extension: an extension page has the background's
 * origin (its IndexedDB) and the same `browser` API.
 */

export const FIREFOX_EXTENSION = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

const pause = (ms: number) => new Promise((resolveWait) => setTimeout(resolveWait, ms));

export interface FirefoxHarness {
  firefox: LaunchedFirefox;
  site: string;
  /** An extension page (the onboarding page) to call the extension's API from. */
  extension: Page;
  close(): Promise<void>;
}

/** The little of the `browser` API the tests call from an extension page. */
export interface BrowserGlobal {
  browser: {
    tabs: {
      query(filter: object): Promise<Array<{ id?: number }>>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
    permissions: { getAll(): Promise<{ origins?: string[] }> };
    scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  };
}

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startFixtureServer();
  let firefox: LaunchedFirefox | undefined;
  const close = async (): Promise<void> => {
    await firefox?.close();
    await server.close();
  };
  try {
    firefox = await launchFirefoxWithExtension({ extensionPath: FIREFOX_EXTENSION });
    const extension = await turnOnAutomaticReading(firefox);
    return { firefox, site: server.url, extension, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The reader chooses "On every site" on the onboarding page Parallax opened on install.
 * The click is a real one (WebDriver input), so Firefox accepts the page's
 * `permissions.request`; the launcher's preferences answer the prompt that would follow.
 */
export async function turnOnAutomaticReading(firefox: LaunchedFirefox): Promise<Page> {
  const page = await firefox.extensionPage('onboarding.html');
  await page.waitForSelector('input[name="px-auto-read"][value="everywhere"]:not([disabled])', { timeout: 10_000 });
  await page.click('::-p-text(On every site)');
  await page.waitForSelector('.px-auto-read-status[data-status="on"]', { timeout: 10_000 });
  const origins = await page.evaluate(async () => (await (globalThis as unknown as BrowserGlobal).browser.permissions.getAll()).origins);
  if (!EVERY_SITE.every((pattern) => origins?.includes(pattern))) throw new Error(`host access not granted: ${String(origins)}`);
  await waitForReaderRegistration(page, true);
  return page;
}

/** Waits until the content script is registered for automatic reading (or, with `false`, unregistered). */
export async function waitForReaderRegistration(extension: Page, registered: boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ids = await extension.evaluate(async () =>
      (await (globalThis as unknown as BrowserGlobal).browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
    );
    if (ids.includes('parallax-reader') === registered) return;
    if (Date.now() > deadline) throw new Error(`the content script is ${registered ? 'still not' : 'still'} registered`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}

/** Texts of the ranges in each Parallax highlight, read from the page's highlight registry. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(parallaxHighlights);
}

/**
 * Polls with plain `evaluate` rather than `waitForFunction`: over BiDi, Puppeteer's polling
 * helpers install `__ariaQuerySelector` bindings as globals of the page, and a page that
 * lists its own globals (hostile/page-probe.html) would count them against Parallax.
 */
export async function waitForHighlights(page: Page, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const drawn = await page.evaluate(() => [...CSS.highlights.keys()].some((name) => name.startsWith('parallax-')));
    if (drawn) return;
    if (Date.now() > deadline) throw new Error(`no Parallax highlight on ${page.url()} after ${timeout} ms`);
    await pause(50);
  }
}

/**
 * The id of the tab showing `page`, found as in Chromium: the page is brought to the
 * front and the active tab is asked for, which needs no "tabs" permission.
 */
export async function tabIdOf(harness: FirefoxHarness, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await harness.extension.evaluate(async () => {
    const tabs = await (globalThis as unknown as BrowserGlobal).browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.map((tab) => tab.id);
  });
  const [id] = ids;
  if (ids.length !== 1 || id === undefined) throw new Error(`expected one active tab, found ${ids.length}`);
  return id;
}

/**
 * Opens the popup as a page, pointed at the tab that shows `page`. It opens in a window of
 * its own, as a toolbar popup floats over the page: in a tab it would hide the page, and
 * Firefox runs a hidden tab's timers (the content script's reading slices) once a second.
 */
export async function openPopupFor(harness: FirefoxHarness, page: Page): Promise<Page> {
  const tabId = await tabIdOf(harness, page);
  const popup = await harness.firefox.openExtensionPage(`popup.html?tab=${tabId}`, { popupWindow: { width: 400, height: 700 } });
  await setViewportSize(popup, 400, 700);
  return popup;
}

/**
 * `page.setViewport` of puppeteer-core sends, beside the size, a screen orientation
 * (`emulation.setScreenOrientationOverride`) that Firefox ESR 140 does not know, and
 * fails on it while the size, sent as a command of its own, is set. That one refusal is
 * let through once the size is seen in the page; any other error still fails.
 */
async function setViewportSize(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('setScreenOrientationOverride'))) throw error;
    // Polled with evaluate: waitForFunction builds a Function, which an extension page's CSP blocks.
    for (let tries = 0; tries < 100; tries += 1) {
      const [w, h] = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (w === width && h === height) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`the viewport never became ${width}×${height}`);
  }
}

/** The toolbar button's badge on a tab (Firefox MV2 names the button browserAction). */
export function badgeText(harness: FirefoxHarness, tabId: number): Promise<string> {
  return harness.extension.evaluate((id) => (globalThis as unknown as BrowserGlobal).browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

/** The article the background stored under `url`, read from the extension's IndexedDB. */
export function storedArticle(harness: FirefoxHarness, url: string): Promise<{ text: string; title: string } | null> {
  return harness.extension.evaluate(
    (key) =>
      new Promise<{ text: string; title: string } | null>((resolvePromise, reject) => {
        const open = indexedDB.open('parallax-library');
        // No library yet: opening without a version would create an empty one and keep the
        // background from ever creating its stores. Abort that, and report nothing stored.
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          resolvePromise(null);
        };
        open.onerror = () => (open.error?.name === 'AbortError' ? resolvePromise(null) : reject(open.error));
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').get(key);
          // The read finishes first; an open connection left behind would only pile up over the polls.
          open.result.close();
          request.onsuccess = () => resolvePromise(request.result ?? null);
          request.onerror = () => reject(request.error);
        };
      }),
    url,
  );
}

/** A page opened in a new tab, in front, with everything that went wrong on it. */
export interface WatchedPage {
  page: Page;
  /** Uncaught errors, console errors and dialogs, in the order they came. */
  problems: string[];
}

/**
 * Opens `path` of the fixture site in a new tab and listens for what would show that
 * Parallax disturbed it. Over BiDi, Puppeteer turns the page's `log.entryAdded` entries
 * into `pageerror` (uncaught errors and rejections) and `console` events, and its
 * `browsingContext.userPromptOpened` into `dialog`.
 */
export async function openWatched(harness: FirefoxHarness, path: string, timeout = 30_000): Promise<WatchedPage> {
  const page = await harness.firefox.browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(harness.site + path, { timeout });
  return { page, problems };
}

/**
 * What the content script on the tab showing `page` made of it, once it is done reading
 * (`page:get-state`, as the popup asks). Null when no content script answers in `timeout`:
 * the browser put none on that document.
 */
export async function finishedReading(harness: FirefoxHarness, page: Page, timeout = 10_000): Promise<PageState | null> {
  const tabId = await tabIdOf(harness, page);
  const deadline = Date.now() + timeout;
  let answered = false;
  for (;;) {
    const state = await harness.extension.evaluate(
      (id) =>
        (globalThis as unknown as BrowserGlobal).browser.tabs.sendMessage(id, { type: 'page:get-state' }).then(
          (answer) => answer ?? null,
          () => null,
        ),
      tabId,
    ) as PageState | null;
    answered ||= state !== null;
    if (state && state.status !== 'working') return state;
    if (Date.now() > deadline) {
      if (answered) throw new Error('the content script is still reading');
      return null;
    }
    await pause(100);
  }
}
