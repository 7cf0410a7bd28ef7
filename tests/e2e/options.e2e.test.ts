import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, highlightedTexts, startHarness, storedArticle, waitForHighlights, type Harness } from './extension';

/**
 * The options page in the real browser: the library of the two fixture accounts is
 * searched and one deleted; a muted phrase disappears from the article page; automatic
 * saving goes off; the reader's own phrase is refused when bad and flagged when good.
 * The steps run in order and share the browser.
 */

const LEDGER = '/outlet-one/world/voskov-lin-temirsk-talks.html';
const HARBOUR = '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html';

let harness: Harness;
let ledger: Page;
let ledgerUrl: string;
let harbourUrl: string;
let options: Page;
const pageErrors: string[] = [];

async function visit(path: string): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.goto(harness.site + path);
  return page;
}

async function waitForStored(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await storedArticle(harness, url)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was never stored`);
}

/** The settings as stored, read in the service worker. */
function storedSettings(): Promise<Record<string, unknown>> {
  return harness.browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return ((await chrome.storage.local.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
  });
}

async function openSection(name: RegExp): Promise<void> {
  await options.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name }).click();
  await expect.poll(() => options.getByRole('heading', { level: 2 }).textContent()).toMatch(name);
}

async function shot(name: string): Promise<void> {
  // From the top, so the sticky nav is where a reader sees it.
  await options.evaluate(() => window.scrollTo(0, 0));
  await options.screenshot({ path: join(ARTIFACTS, `options-${name}.png`), fullPage: true });
}

beforeAll(async () => {
  harness = await startHarness();
  ledger = await visit(LEDGER);
  await waitForHighlights(ledger);
  ledgerUrl = ledger.url();
  await waitForStored(ledgerUrl);
  const harbour = await visit(HARBOUR);
  await waitForHighlights(harbour);
  harbourUrl = harbour.url();
  await waitForStored(harbourUrl);
  // Closed so that its content script does not store it again when a setting changes.
  await harbour.close();
  options = await harness.browser.context.newPage();
  options.on('pageerror', (error) => pageErrors.push(error.message));
  await options.setViewportSize({ width: 1100, height: 860 });
  await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
});

afterAll(async () => {
  await harness?.close();
});

describe('Library', () => {
  test('lists both articles, newest first, with the count and the storage used', async () => {
    const list = options.getByRole('list', { name: 'Articles' });
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10_000 }).toBe(2);
    expect(await options.locator('.px-lib-summary').textContent()).toMatch(/^2 articles · [\d.,]+ (bytes|KB|MB) used on this device$/);
    const titles = await list.locator('.px-lib-title').allTextContents();
    expect(titles[0]).toContain('Valdoria-Qiran ties');
    expect(titles[1]).toContain('Voskov and Lin tout closer ties');
    expect(await options.getByLabel('Outlet').locator('option').allTextContents()).toEqual([
      'All outlets',
      'Harbour Independent (1)',
      'The Northern Ledger (1)',
    ]);
    await shot('library');
  });

  test('a search for “Harbour” finds the one account, and the title opens it in a new tab', async () => {
    await options.getByRole('searchbox', { name: 'Search the library' }).fill('Harbour');
    const items = options.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(1);
    const link = items.first().getByRole('link');
    expect(await link.textContent()).toContain('Valdoria-Qiran ties');
    expect(await link.getAttribute('href')).toBe(harbourUrl);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await items.first().textContent()).toContain('Harbour Independent');
    await shot('library-search');
  });

  test('deleting it removes it from the library', async () => {
    const remove = options.getByRole('button', { name: /^Delete/ });
    expect(await remove.isDisabled()).toBe(true);
    await options.getByRole('checkbox', { name: /^Select “Valdoria-Qiran ties/ }).check();
    await remove.click();
    await expect.poll(() => options.getByRole('status').first().textContent(), { timeout: 10_000 }).toBe('Deleted 1 article.');
    await expect.poll(() => options.locator('.px-lib-summary').textContent()).toMatch(/^1 article ·/);
    expect(await storedArticle(harness, harbourUrl)).toBeNull();
    expect(await storedArticle(harness, ledger.url())).not.toBeNull();
    await options.getByRole('searchbox', { name: 'Search the library' }).fill('');
    await expect.poll(() => options.getByRole('list', { name: 'Articles' }).getByRole('listitem').count()).toBe(1);
  });

  test('after articles were dropped for space, the library says so until dismissed', async () => {
    // What db/library-space.ts records when the quota is near: written into the real database.
    await harness.browser.serviceWorker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('parallax-library');
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ at: Date.UTC(2026, 10, 20, 12), evicted: 240, spaceShort: false }, 'space-notice');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await options.reload();
    const notice = options.getByRole('alert').filter({ hasText: 'Parallax removed older articles you had not saved: 240 so far' });
    await notice.waitFor({ timeout: 10_000 });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    await options.reload();
    await options.getByRole('heading', { level: 2 }).waitFor();
    expect(await options.getByRole('alert').filter({ hasText: 'Parallax removed' }).count()).toBe(0);
  });
});

describe('Lexicon', () => {
  test('a muted phrase is no longer highlighted on the article', async () => {
    expect((await highlightedTexts(ledger))['parallax-label']).toContain('anti-Western alliance');
    await openSection(/^Lexicon$/);
    await options.getByRole('searchbox', { name: 'Filter phrases' }).fill('anti-western alliance');
    await options.getByRole('button', { name: 'Mute “anti-Western alliance”' }).click();
    await expect.poll(() => options.getByRole('button', { name: 'Unmute “anti-Western alliance”' }).count()).toBeGreaterThan(0);
    await expect.poll(async () => (await storedSettings())['mutedPhrases']).toEqual(['anti-Western alliance']);
    await shot('lexicon');

    await ledger.reload();
    await waitForHighlights(ledger);
    const texts = await highlightedTexts(ledger);
    expect(Object.values(texts).flat()).not.toContain('anti-Western alliance');
    expect(Object.values(texts).flat().length).toBeGreaterThan(0); // the other flags are still there
  });

  test('a bad own phrase is refused with the engine’s reason; a good one is kept and flagged', async () => {
    const phrase = options.getByRole('textbox', { name: 'Phrase', exact: true });
    await phrase.fill('');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await expect.poll(() => options.locator('#px-own-error').textContent()).toContain('phrase is empty');
    expect(await phrase.getAttribute('aria-invalid')).toBe('true');
    await options.locator('.px-own-form').screenshot({ path: join(ARTIFACTS, 'options-own-phrase-error.png') });

    await phrase.fill('widen their sway');
    await options.getByLabel('Kind of framing').selectOption('hyperbole');
    await options.getByRole('textbox', { name: 'Explanation (optional)' }).fill('Casts diplomacy as a grab for power.');
    await options.getByRole('textbox', { name: 'Neutral wordings (optional)' }).fill('strengthen ties\nexpand cooperation');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await expect.poll(() => options.getByRole('list', { name: 'Your own phrases' }).textContent()).toContain('widen their sway');
    expect(await options.locator('#px-own-error').textContent()).toBe('');
    expect((await storedSettings())['userEntries']).toEqual([
      expect.objectContaining({ phrase: 'widen their sway', category: 'hyperbole', neutral: ['strengthen ties', 'expand cooperation'] }),
    ]);
    await ledger.reload();
    await waitForHighlights(ledger);
    await expect.poll(async () => (await highlightedTexts(ledger))['parallax-hyperbole'] ?? []).toContain('widen their sway');
  });

  test('a bad import file is refused and nothing changes', async () => {
    const before = await storedSettings();
    await options.locator('input[type=file]').setInputFiles({
      name: 'phrases.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ entries: [{ phrase: 'fine phrase', category: 'label' }, { phrase: 'x', category: 'propaganda' }] })),
    });
    await expect.poll(() => options.getByRole('region', { name: 'Your own phrases' }).getByRole('status').textContent()).toContain('nothing changed');
    expect(await options.getByRole('region', { name: 'Your own phrases' }).getByRole('status').textContent()).toContain('unknown category "propaganda"');
    expect(await storedSettings()).toEqual(before);
    await shot('lexicon-own');
  });
});

describe('Sites', () => {
  test('adds a site with highlights off and turns it back on', async () => {
    await openSection(/^Sites$/);
    await options.getByRole('textbox', { name: 'Switch highlights off on' }).fill('https://www.Example.com/news/1');
    await options.getByRole('button', { name: 'Add site' }).click();
    const list = options.getByRole('list', { name: 'Sites with highlights off' });
    await expect.poll(() => list.textContent()).toContain('example.com');
    await shot('sites');
    await options.getByRole('button', { name: 'Turn highlights back on for example.com' }).click();
    await expect.poll(async () => (await storedSettings())['highlightsOffSites']).toEqual([]);
  });
});

describe('Privacy & data', () => {
  test('switching automatic saving off: a newly opened article is not kept', async () => {
    await openSection(/^Privacy & data$/);
    const autoSave = options.getByRole('checkbox', { name: /Keep every news article/ });
    expect(await autoSave.isChecked()).toBe(true);
    await autoSave.uncheck();
    await expect.poll(async () => (await storedSettings())['autoSave']).toBe(false);
    await shot('privacy');

    const harbour = await visit(HARBOUR);
    await waitForHighlights(harbour);
    await harbour.waitForTimeout(500);
    expect(await storedArticle(harness, harbour.url())).toBeNull();
    await harbour.close();
  });

  test('clear everything asks in the page first; Cancel keeps everything; confirming empties it all', async () => {
    await options.bringToFront();
    await options.getByRole('button', { name: 'Clear everything…' }).click();
    const confirm = options.getByRole('button', { name: 'Yes, delete everything' });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => options.locator('#px-confirm-text').textContent()).toContain('1 article');
    await shot('clear-confirm');
    await options.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await storedArticle(harness, ledger.url())).not.toBeNull();

    // An open article re-reads itself when the settings reset, and with automatic saving back on
    // its content script would store it again at once; closed first so the check is about clearing.
    await ledger.close();
    await options.getByRole('button', { name: 'Clear everything…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => options.getByRole('status').last().textContent(), { timeout: 10_000 }).toContain('Everything was cleared');
    expect(await storedArticle(harness, ledgerUrl)).toBeNull();
    expect(await storedSettings()).toMatchObject({ autoSave: true, mutedPhrases: [], userEntries: [], highlightsOffSites: [] });
  });
});

describe('the page as a whole', () => {
  test('keyboard: the nav links are reachable and move focus to the section heading', async () => {
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html#sites`);
    expect(await options.getByRole('heading', { level: 2 }).textContent()).toBe('Sites');
    await options.getByRole('link', { name: 'Lexicon' }).focus();
    await options.keyboard.press('Enter');
    // The link itself is named "Lexicon" too: wait for the heading, not just the name.
    await expect
      .poll(() => options.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent}`))
      .toBe('H2:Lexicon');
  });

  test('dark mode', async () => {
    await options.emulateMedia({ colorScheme: 'dark' });
    await openSection(/^Library$/);
    await options.getByRole('searchbox', { name: 'Search the library' }).waitFor();
    await shot('library-dark');
    await openSection(/^Lexicon$/);
    await options.screenshot({ path: join(ARTIFACTS, 'options-lexicon-dark.png') });
    await options.emulateMedia({ colorScheme: 'light' });
  });

  test('the page saw no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
