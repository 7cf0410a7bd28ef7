import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../../scripts/fixture-server';
import { parallaxHighlights } from './hostile-fixtures';
import { grantHostAccess } from '../../scripts/browser-controls';
import { launchWithExtension, type LaunchedBrowser, type LaunchOptions } from '../../scripts/launch-browser';

/** Shared set-up of the end-to-end suites: the built extension in Chromium, fixtures on 127.0.0.1. */

export const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
export const EXTENSION = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface Harness {
  browser: LaunchedBrowser;
  site: string;
  close(): Promise<void>;
}

export interface HarnessOptions extends Omit<LaunchOptions, 'extensionPath'> {
  /** Another build to load (a bench comparing two builds). @default EXTENSION, the Chrome build */
  extensionPath?: string;
  /**
   * Turn on automatic reading on every site, as a reader does on the onboarding page
   * (most suites are about what happens on pages that are read). @default true
   */
  autoRead?: boolean;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ ...options, extensionPath: options.extensionPath ?? EXTENSION });
  if (options.autoRead ?? true) await turnOnAutomaticReading(browser);
  return {
    browser,
    site: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The onboarding page Parallax opens on install. */
export async function onboardingPage(browser: LaunchedBrowser): Promise<Page> {
  const url = `chrome-extension://${browser.extensionId}/onboarding.html`;
  return (
    browser.context.pages().find((page) => page.url() === url) ??
    (await browser.context.waitForEvent('page', { predicate: (page) => page.url() === url, timeout: 10_000 }))
  );
}

export const EVERY_SITE = ['http://*/*', 'https://*/*'];

/**
 * The reader chooses "On every site" on the onboarding page and allows it. The browser's
 * prompt cannot be answered from a script, so the access is allowed beforehand in the
 * browser's own settings; the page's request then resolves at once.
 */
export async function turnOnAutomaticReading(browser: LaunchedBrowser): Promise<void> {
  await grantHostAccess(browser.context, browser.extensionId, EVERY_SITE);
  const page = await onboardingPage(browser);
  await page.getByRole('radio', { name: /On every site/ }).click();
  await page.locator('.px-auto-read-status[data-status="on"]').waitFor({ timeout: 10_000 });
  await waitForReaderRegistration(browser, true);
  await page.close();
}

/** Waits until the content script is registered for automatic reading (or, with `false`, unregistered). */
export async function waitForReaderRegistration(browser: LaunchedBrowser, registered: boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ids = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } } };
      return (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id);
    });
    if (ids.includes('parallax-reader') === registered) return;
    if (Date.now() > deadline) throw new Error(`the content script is ${registered ? 'still not' : 'still'} registered`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Texts of the ranges in each Parallax highlight, read from the page's highlight registry. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(parallaxHighlights);
}

export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('parallax-')), null, {
    timeout: 15_000,
  });
}

/** The little of the `chrome` API the tests call inside the service worker. */
export interface ChromeGlobal {
  chrome: {
    tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

/**
 * The id of the tab showing `page`. Parallax asks for no "tabs" permission, so tab URLs are
 * hidden from it: the page is brought to the front and the active tab is asked for instead.
 */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await harness.browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.map((tab) => tab.id);
  });
  const [id] = ids;
  if (ids.length !== 1 || id === undefined) throw new Error(`expected one active tab, found ${ids.length}`);
  return id;
}

/** Opens the popup as a page, pointed at the tab that shows `page`. */
export async function openPopupFor(harness: Harness, page: Page): Promise<Page> {
  const tabId = await tabIdOf(harness, page);
  const popup = await harness.browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The article the background stored under `url`, read from the extension's IndexedDB. */
export function storedArticle(harness: Harness, url: string): Promise<{ text: string; title: string } | null> {
  return harness.browser.serviceWorker.evaluate(
    (key) =>
      new Promise((resolvePromise, reject) => {
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
          request.onsuccess = () => resolvePromise(request.result ?? null);
          request.onerror = () => reject(request.error);
        };
      }),
    url,
  ) as Promise<{ text: string; title: string } | null>;
}
