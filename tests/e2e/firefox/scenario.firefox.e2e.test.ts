import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, EVERY_SITE } from '../extension';
import {
  badgeText,
  highlightedTexts,
  openPopupFor,
  startFirefoxHarness,
  storedArticle,
  tabIdOf,
  waitForHighlights,
  type BrowserGlobal,
  type FirefoxHarness,
} from './firefox-harness';
import { HARBOUR, HARBOUR_CLUTTER, LEDGER } from '../scenario-pages';

/**
 * The founding scenario (tests/e2e/scenario.e2e.test.ts) in Firefox ESR, with the
 * Firefox MV2 build: two fictional outlets' accounts of one summit, one of them cluttered.
 * Visit both; the framing is highlighted in place, the clutter stays out of the library,
 * and each popup lists the other account. Every step of the Chromium scenario carries over.
 */


let harness: FirefoxHarness;
let ledger: Page;
let harbour: Page;
const pageErrors: string[] = [];

const pause = (ms: number) => new Promise((resolveWait) => setTimeout(resolveWait, ms));

async function visit(path: string): Promise<Page> {
  const page = await harness.firefox.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`));
  await page.goto(harness.site + path);
  return page;
}

async function waitForStored(url: string) {
  for (let i = 0; i < 50; i++) {
    const article = await storedArticle(harness, url);
    if (article) return article;
    await pause(100);
  }
  throw new Error(`${url} was never stored`);
}

/** The per-site highlight switch in the popup, with its label. */
const SWITCH = '.px-switch input[type="checkbox"]';
const isChecked = (popup: Page) => popup.$eval(SWITCH, (input) => (input as HTMLInputElement).checked);

beforeAll(async () => {
  harness = await startFirefoxHarness();
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

describe('after onboarding', () => {
  test('the reader’s click registered the content script for every site', async () => {
    const scripts = await harness.extension.evaluate(() => (globalThis as unknown as BrowserGlobal).browser.scripting.getRegisteredContentScripts());
    expect(scripts.map((script) => script.id)).toEqual(['parallax-reader']);
    expect(scripts[0]?.matches).toEqual(expect.arrayContaining(EVERY_SITE));
  });
});

describe('on the page', () => {
  test('the outlet’s own framing is highlighted, through the Highlight API, with no node added', async () => {
    const texts = await highlightedTexts(ledger);
    expect(texts['parallax-label']).toEqual(expect.arrayContaining(['anti-Western alliance']));
    expect(await ledger.$$eval('mark', (marks) => marks.length)).toBe(0);
    await ledger.screenshot({ path: join(ARTIFACTS, 'firefox-ledger-highlighted.png') });
  });

  test('a quoted verdict is highlighted on the cluttered page', async () => {
    const texts = await highlightedTexts(harbour);
    expect(texts['parallax-verdict']).toEqual(expect.arrayContaining(['right side of history']));
    const verdict = await harbour.$('::-p-text(right side of history)');
    await verdict?.scrollIntoView();
    await harbour.screenshot({ path: join(ARTIFACTS, 'firefox-harbour-highlighted.png') });
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
    const accounts = () => popup.$$eval('.px-account', (found) => found.map((account) => account.textContent ?? ''));
    await expect.poll(async () => (await accounts()).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await accounts())[0]).toContain('Voskov and Lin tout closer ties on eve of Meridian summit');
    expect((await accounts())[0]).toMatch(/Voskov/);
    expect(await popup.$eval('.px-account a', (link) => link.getAttribute('href'))).toBe(ledger.url());
    expect(await popup.$$eval('.px-flag', (flags) => flags.length)).toBeGreaterThan(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-harbour.png'), fullPage: true });
    await popup.close();
  });

  test('and the first outlet’s popup lists the second', async () => {
    const popup = await openPopupFor(harness, ledger);
    const accounts = () => popup.$$eval('.px-account', (found) => found.map((account) => account.textContent ?? ''));
    await expect.poll(async () => (await accounts()).length, { timeout: 10_000 }).toBe(1);
    expect((await accounts())[0]).toContain('Valdoria-Qiran ties');
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-ledger.png'), fullPage: true });
    await popup.close();
  });

  test('the toolbar badge of the second page counts one other account', async () => {
    expect(await badgeText(harness, await tabIdOf(harness, harbour))).toBe('1');
  });
});

describe('the per-site switch', () => {
  test('switching highlights off for the site removes them from its page, and on brings them back', async () => {
    const popup = await openPopupFor(harness, ledger);
    await popup.waitForSelector(SWITCH, { timeout: 10_000 });
    expect(await popup.$eval('.px-switch', (label) => label.textContent)).toMatch(/Highlights on 127\.0\.0\.1/);
    await expect.poll(() => isChecked(popup), { timeout: 10_000 }).toBe(true);
    await popup.click(SWITCH);
    await expect.poll(() => isChecked(popup)).toBe(false);
    await expect.poll(async () => Object.keys(await highlightedTexts(ledger)), { timeout: 10_000 }).toEqual([]);
    await popup.click(SWITCH);
    await expect.poll(() => isChecked(popup)).toBe(true);
    await expect.poll(async () => Object.keys(await highlightedTexts(ledger)), { timeout: 10_000 }).toContain('parallax-label');
    await popup.close();
  });
});

describe('on pages that are not news', () => {
  test('the demo index gets no highlight and the popup says why', async () => {
    const page = await visit('/');
    await pause(500);
    expect(await highlightedTexts(page)).toEqual({});
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => popup.$eval('.px-status', (status) => status.textContent).catch(() => null), { timeout: 10_000 }).toContain(
      'doesn’t look like a news article',
    );
    await popup.close();
    await page.close();
  });
});
