import { afterAll, beforeAll, expect, test } from 'vitest';
import { highlightedTexts, startHarness, storedArticle, waitForHighlights, type Harness } from './extension';

/**
 * A deleted article stays deleted while its tab is open: changing a setting makes the
 * page's content script read the page again, and that re-read must not store it anew.
 */

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

test('a settings change does not bring back an article deleted from the library', async () => {
  const article = await harness.browser.context.newPage();
  await article.goto(harness.site + '/outlet-one/world/voskov-lin-temirsk-talks.html');
  await waitForHighlights(article);
  const url = article.url();
  await until(async () => (await storedArticle(harness, url)) !== null, 'the article is stored');

  const extensionPage = await harness.browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
  const deleted = await extensionPage.evaluate(
    (target) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({
        type: 'library:delete',
        urls: [target],
      }),
    url,
  );
  expect(deleted.ok).toBe(true);
  await until(async () => (await storedArticle(harness, url)) === null, 'the article is deleted');

  // Any setting will do: the content script reads the page again when settings change.
  await extensionPage.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
      settings: { version: 1, autoSave: true, mutedCategories: ['hyperbole'], autoRead: 'everywhere' },
    }),
  );
  await until(async () => Object.keys(await highlightedTexts(article)).length > 0, 'the page is highlighted again');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await storedArticle(harness, url)).toBeNull();
});

test('with automatic saving off, an article is kept only when the reader saves it (menu or popup)', async () => {
  const extensionPage = await harness.browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
  await extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, object>>; set(v: object): Promise<void> } } };
    };
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, autoSave: false } });
  });
  const article = await harness.browser.context.newPage();
  await article.goto(harness.site + '/outlet-one/local/carrow-bridge-floods.html');
  await until(
    () => article.evaluate(() => document.readyState === 'complete'),
    'the page has loaded',
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const url = article.url();
  expect(await storedArticle(harness, url)).toBeNull();

  // What the context menu's "Save this article to Parallax" sends to the tab.
  await article.bringToFront();
  const saved = await harness.browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<{ ok: boolean }> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'page:save' });
  });
  expect(saved.ok).toBe(true);
  await until(async () => (await storedArticle(harness, url)) !== null, 'the article is stored');
  expect(await storedArticle(harness, url)).toMatchObject({ savedByHand: true });
});
