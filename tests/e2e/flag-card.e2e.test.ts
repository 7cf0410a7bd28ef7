import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, highlightedTexts, startHarness, tabIdOf, waitForHighlights, type Harness } from './extension';

/**
 * The flag card in the real browser: hovering a highlight opens it (the Highlight API
 * makes no element to hover, so the content script finds the flag under the pointer),
 * its buttons change the reader's settings, and the "next flag" command opens it from
 * the keyboard with focus in it.
 */

const LEDGER = '/outlet-one/world/voskov-lin-temirsk-talks.html';
const HOST = 'parallax-flag-card';

let harness: Harness;
let page: Page;
let card: Locator;
const pageErrors: string[] = [];

interface ChromeInWorker {
  chrome: {
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
    storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  };
}

/** Where a highlighted phrase (its first line) is on screen, read from the page's highlight registry. */
function boxOf(text: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('parallax-')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        if (range.toString() !== wanted) continue;
        // The first line box: a phrase wrapped over two lines has the gap between them at its bounding box's centre.
        const { x, y, width, height } = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x, y, width, height };
      }
    }
    return null;
  }, text);
}

async function hover(text: string): Promise<void> {
  const box = await boxOf(text);
  if (!box) throw new Error(`“${text}” is not highlighted`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
}

/** What the service worker would send on the reader's shortcut. */
async function sendNextFlag(): Promise<unknown> {
  const tabId = await tabIdOf(harness, page);
  return harness.browser.serviceWorker.evaluate(
    (id) => (globalThis as unknown as ChromeInWorker).chrome.tabs.sendMessage(id, { type: 'page:next-flag' }),
    tabId,
  );
}

/**
 * Replaces the settings (null: the defaults), keeping automatic reading on as the harness set it.
 * The card's commands need two flags on one page ("next flag" moves on, a muted phrase leaves the
 * others): the Ledger's report has two phrases in its own voice that the learned scorer keeps,
 * "anti-Western alliance" and "ruthless". The page is read with "More flags" so that these tests
 * stay about the card, not about where a retrained scorer puts its Standard threshold.
 */
function setSettings(settings: object | null): Promise<void> {
  return harness.browser.serviceWorker.evaluate((value) => {
    const { storage } = (globalThis as unknown as ChromeInWorker).chrome;
    return storage.local.set({ settings: { flagAmount: 'more', ...value, autoRead: 'everywhere' } });
  }, settings);
}

/** Which element has focus, looking into our shadow root. */
function focused(): Promise<string> {
  return page.evaluate((tag) => {
    const active = document.activeElement;
    if (active?.localName !== tag) return active?.localName ?? 'none';
    const inner = active.shadowRoot?.activeElement;
    return `${tag} > ${inner?.localName ?? 'none'}.${inner?.className ?? ''}`;
  }, HOST);
}

const isOpen = () => card.isVisible();

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await setSettings(null);
  await page.goto(harness.site + LEDGER);
  await waitForHighlights(page);
  card = page.locator(`${HOST} .card`);
});

afterAll(async () => {
  await harness?.close();
});

describe('hovering a flag', () => {
  test('adds nothing to the page before the reader hovers one', async () => {
    expect(await page.locator(HOST).count()).toBe(0);
  });

  test('opens a card that says what kind of framing it is, whose voice, and a neutral wording', async () => {
    await hover('anti-Western alliance');
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(true);
    expect(await card.locator('.category-name').textContent()).toBe('Label');
    expect(await card.locator('.phrase').textContent()).toBe('“anti-Western alliance”');
    expect(await card.locator('.explanation').textContent()).toMatch(/partnership by what it opposes/);
    expect(await card.locator('.voice').textContent()).toBe('the outlet’s framing (a news report)');
    expect(await card.locator('.wording').allTextContents()).toContain('alliance');
    expect(await page.getByRole('button', { name: 'Hide label flags' }).isVisible()).toBe(true);

    const box = await card.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    await page.waitForTimeout(200); // the card's fade-in
    await page.screenshot({ path: join(ARTIFACTS, 'flag-card.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(ARTIFACTS, 'flag-card-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('keeps the card while the pointer moves into it, and closes it once the pointer leaves', async () => {
    const box = await card.boundingBox();
    if (!box) throw new Error('no card');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
    await page.waitForTimeout(600);
    expect(await isOpen()).toBe(true);
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(isOpen, { timeout: 3_000 }).toBe(false);
  });

  test('Escape closes a hovered card', async () => {
    await hover('anti-Western alliance');
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(isOpen, { timeout: 3_000 }).toBe(false);
    await page.mouse.move(5, 5);
  });
});

describe('the "next flag" command', () => {
  test('opens the next flag’s card with focus in it; Escape closes it and gives focus back', async () => {
    const link = page.locator('header a').first();
    await link.focus();
    expect(await sendNextFlag()).toEqual({ ok: true });
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(true);
    expect(await focused()).toBe(`${HOST} > div.card`);
    const first = await card.locator('.phrase').textContent();

    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`${HOST} > button.button`);
    await page.waitForTimeout(200); // the card's fade-in
    await page.screenshot({ path: join(ARTIFACTS, 'flag-card-keyboard.png') });
    await page.keyboard.press('Escape');
    await expect.poll(isOpen, { timeout: 3_000 }).toBe(false);
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(await sendNextFlag()).toEqual({ ok: true });
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(true);
    expect(await sendNextFlag()).toEqual({ ok: true });
    await expect.poll(() => card.locator('.phrase').textContent()).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(isOpen, { timeout: 3_000 }).toBe(false);
  });
});

describe('the card’s buttons', () => {
  test('"Mute this phrase" takes that phrase’s highlight away and closes the card', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await hover('anti-Western alliance');
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(true);
    await page.getByRole('button', { name: 'Mute this phrase' }).click();
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(false);
    // Read again without that phrase; the article's other flags stay.
    const redrawnWithout = async (phrase: string) => {
      const texts = Object.values(await highlightedTexts(page)).flat();
      return texts.length > 0 && !texts.includes(phrase);
    };
    await expect.poll(() => redrawnWithout('anti-Western alliance'), { timeout: 10_000 }).toBe(true);
    await setSettings(null);
    await expect
      .poll(async () => Object.values(await highlightedTexts(page)).flat(), { timeout: 10_000 })
      .toContain('anti-Western alliance');
  });

  test('an open card closes when the highlights go (the site switched off in the popup)', async () => {
    await page.mouse.move(5, 5);
    await hover('anti-Western alliance');
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(true);
    await setSettings({ highlightsOffSites: ['127.0.0.1'] });
    await expect.poll(isOpen, { timeout: 5_000 }).toBe(false);
    await setSettings(null);
    await waitForHighlights(page);
  });

  test('the page’s own scripts saw no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
