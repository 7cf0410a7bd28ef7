import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickToolbarButton, grantHostAccess, withdrawHostAccess } from '../../scripts/browser-controls';
import {
  EVERY_SITE,
  EXTENSION,
  highlightedTexts,
  onboardingPage,
  startHarness,
  waitForHighlights,
  waitForReaderRegistration,
  type Harness,
} from './extension';

/**
 * Host access from install to withdrawal, as a reader meets it: nothing granted at
 * install, the toolbar button reading one tab (activeTab), the onboarding page turning
 * automatic reading on, the browser's settings taking it away, and chosen sites.
 */

const ARTICLE = '/outlet-one/world/voskov-lin-temirsk-talks.html';
const OTHER_ARTICLE = '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html';

let harness: Harness;
let onboarding: Page;

beforeAll(async () => {
  harness = await startHarness({ autoRead: false, toolbarControl: true });
  onboarding = await onboardingPage(harness.browser);
});
afterAll(async () => {
  await harness?.close();
});

function grantedOrigins(): Promise<string[]> {
  return harness.browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } };
    return (await chrome.permissions.getAll()).origins ?? [];
  });
}

/** Loads a page and gives a content script, were there one, ample time to highlight it. */
async function openAndWait(path: string): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.goto(harness.site + path);
  await page.waitForLoadState('load');
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return page;
}

async function readerStatus(page: Page): Promise<string | null> {
  const status = page.locator('.px-auto-read-status:not([data-status="loading"])');
  await status.waitFor({ timeout: 10_000 });
  return status.getAttribute('data-status');
}

describe('at install', () => {
  test('the manifest asks for no host access and declares no content script', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['host_permissions']).toBeUndefined();
    expect(manifest['content_scripts'] ?? []).toEqual([]);
    expect(manifest['permissions']).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
    // Every site, and Wikidata's two hosts named apart for outlet lookups (within every site, asked for alone).
    expect(manifest['optional_host_permissions']).toEqual([...EVERY_SITE, 'https://query.wikidata.org/*', 'https://www.wikidata.org/*']);
  });

  test('the onboarding page opens, automatic reading is off, and nothing is granted', async () => {
    await expect(onboarding.getByRole('heading', { level: 1 })).toBeDefined();
    expect(await readerStatus(onboarding)).toBe('off');
    expect(await onboarding.getByRole('radio', { name: /Only when I click/ }).isChecked()).toBe(true);
    expect(await grantedOrigins()).toEqual([]);
  });

  test('an article is left alone until the reader asks', async () => {
    const page = await openAndWait(ARTICLE);
    expect(await highlightedTexts(page)).toEqual({});
    await page.close();
  });
});

describe('the toolbar button (activeTab)', () => {
  test('reads the tab it is clicked on, and only that one', async () => {
    const clicked = await openAndWait(ARTICLE);
    const other = await openAndWait(OTHER_ARTICLE);
    await clicked.bringToFront();
    await clickToolbarButton(harness.browser.userDataDir, harness.browser.extensionId, clicked.url());
    await waitForHighlights(clicked);
    expect(Object.values(await highlightedTexts(clicked)).flat().length).toBeGreaterThan(0);
    expect(await highlightedTexts(other)).toEqual({});
    expect(await grantedOrigins()).toEqual([]);
    await clicked.close();
    await other.close();
  });
});

describe('automatic reading', () => {
  test('turned on from the onboarding page: the browser grants access and articles are read as they open', async () => {
    await grantHostAccess(harness.browser.context, harness.browser.extensionId, EVERY_SITE); // the reader's "Allow"
    await onboarding.getByRole('radio', { name: /On every site/ }).click();
    expect(await readerStatus(onboarding)).toBe('on');
    await waitForReaderRegistration(harness.browser, true);
    expect(await grantedOrigins()).toEqual(expect.arrayContaining(EVERY_SITE));

    const page = await harness.browser.context.newPage();
    await page.goto(harness.site + ARTICLE);
    await waitForHighlights(page);
    await page.close();
  });

  test('withdrawn in the browser’s settings: no page is read by itself, and the options say so', async () => {
    await withdrawHostAccess(harness.browser.context, harness.browser.extensionId, EVERY_SITE);
    await waitForReaderRegistration(harness.browser, false);
    const page = await openAndWait(ARTICLE);
    expect(await highlightedTexts(page)).toEqual({});
    await page.close();

    const options = await harness.browser.context.newPage();
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html#sites`);
    expect(await readerStatus(options)).toBe('needs-access');
    await options.close();
  });

  test('on chosen sites only: the one added is read, and removing it stops that', async () => {
    const options = await harness.browser.context.newPage();
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html#sites`);
    await options.getByRole('radio', { name: /Only on sites I choose/ }).click();
    await options.getByLabel('Read automatically on').waitFor();
    await grantHostAccess(harness.browser.context, harness.browser.extensionId, ['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    await options.getByLabel('Read automatically on').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Allow', exact: true }).click();
    await options.getByRole('status').filter({ hasText: 'Parallax reads 127.0.0.1 automatically now.' }).waitFor();
    expect(await readerStatus(options)).toBe('on');
    await waitForReaderRegistration(harness.browser, true);

    const page = await harness.browser.context.newPage();
    await page.goto(harness.site + ARTICLE);
    await waitForHighlights(page);
    await page.close();

    await options.getByRole('button', { name: 'Stop reading 127.0.0.1 automatically' }).click();
    await waitForReaderRegistration(harness.browser, false);
    // The settings are saved (and the script unregistered) first; the access is given back after.
    await expect.poll(() => grantedOrigins()).not.toContain('http://127.0.0.1/*');
    const after = await openAndWait(ARTICLE);
    expect(await highlightedTexts(after)).toEqual({});
    await after.close();
    await options.close();
  });
});
