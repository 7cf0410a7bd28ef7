import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  highlightedTexts,
  openPopupFor,
  startHarness,
  storedArticle,
  tabIdOf,
  waitForHighlights,
  type ChromeGlobal,
  type Harness,
} from './extension';
import { HARBOUR, HARBOUR_CLUTTER, LEDGER } from './scenario-pages';

/**
 * The founding scenario, in the real browser: two fictional outlets' accounts of one
 * summit (modelled on the seed articles), one of them cluttered. Visit both; the framing
 * is highlighted in place, the clutter stays out of the library, and each popup lists the
 * other account.
 */


let harness: Harness;
let ledger: Page;
let harbour: Page;
const pageErrors: string[] = [];

async function visit(path: string): Promise<Page> {
  const page = await harness.browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(harness.site + path);
  return page;
}

async function waitForStored(url: string) {
  for (let i = 0; i < 50; i++) {
    const article = await storedArticle(harness, url);
    if (article) return article;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was never stored`);
}

beforeAll(async () => {
  harness = await startHarness();
  ledger = await visit(LEDGER);
  await waitForHighlights(ledger);
  // The fixtures declare canonical URLs on other (fictional) sites than 127.0.0.1, so the
  // library files them under their own address: a page may not write over another site's article.
  await waitForStored(ledger.url());
  harbour = await visit(HARBOUR);
  await waitForHighlights(harbour);
  await waitForStored(harbour.url());
});

afterAll(async () => {
  await harness?.close();
});

describe('on the page', () => {
  test('the outlet’s own framing is highlighted, through the Highlight API, with no node added', async () => {
    const texts = await highlightedTexts(ledger);
    expect(texts['parallax-label']).toEqual(expect.arrayContaining(['anti-Western alliance']));
    expect(await ledger.locator('mark').count()).toBe(0);
    await ledger.screenshot({ path: join(ARTIFACTS, 'ledger-highlighted.png'), fullPage: false });
  });

  test('a quoted verdict is highlighted on the cluttered page', async () => {
    const texts = await highlightedTexts(harbour);
    expect(texts['parallax-verdict']).toEqual(expect.arrayContaining(['right side of history']));
    await harbour.locator('text=right side of history').first().scrollIntoViewIfNeeded();
    await harbour.screenshot({ path: join(ARTIFACTS, 'harbour-highlighted.png') });
  });

  test('the pages’ own scripts saw no error', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('in the library', () => {
  test.each(HARBOUR_CLUTTER)('the cluttered article is stored without “%s”', async (clutter) => {
    const article = await waitForStored(harbour.url());
    expect(article.text).toContain('has always stood on the right side of history');
    expect(article.text).not.toContain(clutter);
  });
});

describe('in the popup', () => {
  test('the second outlet’s popup lists the first account, with its reasons', async () => {
    const popup = await openPopupFor(harness, harbour);
    await expect.poll(() => popup.locator('.px-account').count(), { timeout: 10_000 }).toBe(1);
    const account = popup.locator('.px-account').first();
    await expect.poll(() => account.textContent()).toContain('Voskov and Lin tout closer ties on eve of Meridian summit');
    expect(await account.textContent()).toMatch(/Voskov/);
    expect(await account.locator('a').getAttribute('href')).toBe(ledger.url());
    expect(await popup.locator('.px-flag').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-harbour.png'), fullPage: true });
    await popup.close();
  });

  test('and the first outlet’s popup lists the second', async () => {
    const popup = await openPopupFor(harness, ledger);
    await expect.poll(() => popup.locator('.px-account').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('.px-account').first().textContent()).toContain('Valdoria-Qiran ties');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-ledger.png'), fullPage: true });
    await popup.close();
  });

  test('the toolbar badge of the second page counts one other account', async () => {
    const tabId = await tabIdOf(harness, harbour);
    const badge = await harness.browser.serviceWorker.evaluate(
      (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    expect(badge).toBe('1');
  });
});

describe('the per-site switch', () => {
  test('switching highlights off for the site removes them from its page, and on brings them back', async () => {
    const popup = await openPopupFor(harness, ledger);
    const toggle = popup.getByLabel(/Highlights on 127\.0\.0\.1/);
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    await toggle.uncheck();
    await expect.poll(async () => Object.keys(await highlightedTexts(ledger)), { timeout: 10_000 }).toEqual([]);
    await toggle.check();
    await expect.poll(async () => Object.keys(await highlightedTexts(ledger)), { timeout: 10_000 }).toContain('parallax-label');
    await popup.close();
  });
});

describe('on pages that are not news', () => {
  test('the demo index gets no highlight and the popup says why', async () => {
    const page = await visit('/');
    await page.waitForTimeout(500);
    expect(await highlightedTexts(page)).toEqual({});
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => popup.locator('.px-status').textContent()).toContain('doesn’t look like a news article');
    await popup.close();
    await page.close();
  });
});
