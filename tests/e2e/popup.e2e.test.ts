import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, openPopupFor, startHarness, storedArticle, waitForHighlights, type Harness } from './extension';

/**
 * The popup in the real browser: two outlets' accounts of the Temirsk talks (Event A) and
 * a state visit by the same two leaders six months later (Event B). From the Harbour
 * Independent's page the popup lists the Ledger's account, grouped under its outlet, with
 * when and why, never Event B; its comparison tab sets the framing side by side.
 */

const LEDGER = '/outlet-one/world/voskov-lin-temirsk-talks.html';
const HARBOUR = '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html';
const EVENT_B = '/outlet-three/world/lin-state-visit-krasnovel.html';

let harness: Harness;
const pages: Record<string, Page> = {};
const popupErrors: string[] = [];

async function visit(path: string): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.goto(harness.site + path);
  await waitForHighlights(page);
  for (let i = 0; i < 50 && !(await storedArticle(harness, page.url())); i++) await page.waitForTimeout(100);
  return page;
}

async function popupFor(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await openPopupFor(harness, pages[path]!);
  popup.on('pageerror', (error) => popupErrors.push(error.message));
  popup.on('console', (message) => void (message.type() === 'error' && popupErrors.push(message.text())));
  await popup.emulateMedia({ colorScheme });
  await popup.getByRole('status').filter({ hasText: 'Loaded' }).waitFor({ state: 'attached', timeout: 10_000 });
  return popup;
}

/** Which way each outlet used a phrase in the grid: { outlet: 'own' | 'quoted' | 'both' | 'none' }. */
async function uses(row: Locator): Promise<Record<string, string | null>> {
  const cells = await row.locator('td').all();
  const out: Record<string, string | null> = {};
  for (const cell of cells) out[(await cell.getAttribute('data-outlet'))!] = await cell.getAttribute('data-use');
  return out;
}

beforeAll(async () => {
  harness = await startHarness();
  for (const path of [LEDGER, HARBOUR, EVENT_B]) pages[path] = await visit(path);
});

afterAll(async () => {
  await harness?.close();
});

describe('the Harbour Independent’s popup', () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await popupFor(HARBOUR);
  });
  afterAll(async () => {
    await popup.close();
  });

  test('lists the other account under its outlet, once', async () => {
    const outlets = popup.locator('.px-outlet');
    expect(await outlets.count()).toBe(1);
    expect(await outlets.locator('.px-outlet-name').textContent()).toContain('The Northern Ledger');
    expect(await outlets.locator('.px-account').count()).toBe(1);
    const link = outlets.locator('.px-account a');
    expect(await link.getAttribute('href')).toBe(pages[LEDGER]!.url());
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.textContent()).toContain('Voskov and Lin tout closer ties on eve of Meridian summit');
  });

  test('says when, relative to this article, how strong a match, and why', async () => {
    const account = popup.locator('.px-account').first();
    // The Ledger published at 23:11 UTC on 12 March, the Harbour at 07:22 UTC on 13 March.
    expect(await account.locator('.px-when').textContent()).toBe('8 hours earlier');
    expect(await account.locator('meter').getAttribute('aria-label')).toMatch(/Match strength: (strong|good|possible) match/);
    const reasons = await account.locator('.px-reasons').textContent();
    expect(reasons).toMatch(/People.*Voskov.*Lin/);
    expect(reasons).toContain('finest chapter');
    expect(reasons).toContain('within a day of each other');
    // Both pages report the two leaders meeting: the action, beside who and where.
    expect(reasons).toMatch(/Both report(meet|[^A-Z]* meet)\b/);
  });

  test('does not list the same leaders’ other meeting', async () => {
    expect(await popup.locator(`a[href="${pages[EVENT_B]!.url()}"]`).count()).toBe(0);
    expect(await popup.locator('#px-panel-accounts').textContent()).not.toContain('Eastgate');
  });

  test('the live region says the accounts are loaded', async () => {
    expect(await popup.getByRole('status').textContent()).toContain('Loaded: 1 other account of this event');
  });

  test('keyboard: Tab reaches the tabs and the first account; arrow keys open Compare framing', async () => {
    await popup.locator('body').focus();
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await popup.keyboard.press('Tab');
      focused.push(await popup.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.className ?? ''));
      if (focused.at(-1)?.includes('px-account-title')) break;
    }
    expect(focused).toContain('tab');
    expect(focused.at(-1)).toContain('px-account-title');

    await popup.getByRole('tab', { name: /Accounts/ }).focus();
    await popup.keyboard.press('ArrowRight');
    const compare = popup.getByRole('tab', { name: 'Compare framing' });
    expect(await compare.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await compare.getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('#px-panel-compare').isVisible()).toBe(true);
    // The selected tab is the one Tab stops at, so Shift+Tab from the panel comes back to it.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('px-panel-compare');
    await popup.keyboard.press('Shift+Tab');
    expect(await compare.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Home');
    expect(await popup.getByRole('tab', { name: /Accounts/ }).getAttribute('aria-selected')).toBe('true');
  });

  test('screenshot: the accounts', async () => {
    await popup.getByRole('tab', { name: /Accounts/ }).click();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-accounts.png'), fullPage: true });
  });

  describe('Compare framing', () => {
    beforeAll(async () => {
      await popup.getByRole('tab', { name: 'Compare framing' }).click();
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    });

    test('the grid has a column per outlet, this article first', async () => {
      const heads = await popup.locator('.px-phrase-grid thead th').allTextContents();
      // Each column names its outlet and, for screen readers, the kind of piece.
      expect(heads).toEqual(['Phrase', 'HIHarbour Independent (this article), News report', 'NLThe Northern Ledger, News report']);
    });

    test.each([
      ['anti-Western alliance', { 'Harbour Independent': 'none', 'The Northern Ledger': 'own' }],
      ['right side of history', { 'Harbour Independent': 'quoted', 'The Northern Ledger': 'none' }],
    ])('“%s” is one outlet’s only, and marked so', async (phrase, expected) => {
      const row = popup.locator('.px-phrase-grid tbody tr', { has: popup.getByRole('rowheader', { name: phrase }) });
      expect(await uses(row)).toEqual(expected);
      expect(await row.getAttribute('class')).toContain('px-solo');
      expect(await row.getByRole('rowheader').textContent()).toContain('only one outlet');
    });

    test('the quotation both carry is apart from those only one does', async () => {
      const shared = popup.locator('.px-quote-grid tbody.px-reach-all');
      expect(await shared.locator('.px-quote-head').allTextContents()).toEqual([expect.stringContaining('finest chapter')]);
      const solo = await popup.locator('.px-quote-grid tbody.px-reach-one .px-quote-head').allTextContents();
      expect(solo).toEqual(expect.arrayContaining([expect.stringContaining('right side of history')]));
    });

    test('names and figures only one account has', async () => {
      const facts = popup.locator('.px-fact-outlet', { hasText: 'Only in The Northern Ledger' });
      expect(await facts.textContent()).toContain('Omar Besik');
      expect(await facts.textContent()).toContain('2027');
    });

    test('screenshots, light and dark', async () => {
      await popup.screenshot({ path: join(ARTIFACTS, 'popup-compare.png'), fullPage: true });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot({ path: join(ARTIFACTS, 'popup-compare-dark.png'), fullPage: true });
      await popup.getByRole('tab', { name: /Accounts/ }).click();
      await popup.screenshot({ path: join(ARTIFACTS, 'popup-accounts-dark.png'), fullPage: true });
      await popup.emulateMedia({ colorScheme: 'light' });
      await popup.getByRole('tab', { name: /Framing here/ }).click();
      await popup.screenshot({ path: join(ARTIFACTS, 'popup-flags.png'), fullPage: true });
    });
  });
});

describe('with no other account of the event', () => {
  test('the popup says what to do next, in both tabs', async () => {
    const popup = await popupFor(EVENT_B);
    expect(await popup.locator('.px-account').count()).toBe(0);
    expect(await popup.locator('#px-panel-accounts').textContent()).toContain('Open this story on other outlets’ sites');
    await popup.getByRole('tab', { name: 'Compare framing' }).click();
    expect(await popup.locator('#px-panel-compare').textContent()).toContain('Nothing to compare yet');
    await popup.getByRole('tab', { name: /Accounts/ }).click();
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-empty.png'), fullPage: true });
    await popup.close();
  });
});

describe('an account listed through another account of the event', () => {
  // The collapse report shares little with the ferry story, which shares much with the
  // closures report; the three are one event (core/matching/event-group.ts).
  const COLLAPSE = '/norvik/harbour-gazette/kessel-bridge-collapses.html';
  const CLOSURES = '/norvik/northern-wire/norvik-shuts-crossings.html';
  const FERRIES = '/norvik/ferry-times/fjordline-extra-boats.html';
  let popup: Page;
  beforeAll(async () => {
    for (const path of [COLLAPSE, CLOSURES, FERRIES]) {
      const page = await harness.browser.context.newPage();
      await page.goto(harness.site + path);
      for (let i = 0; i < 100 && !(await storedArticle(harness, page.url())); i++) await page.waitForTimeout(100);
      pages[path] = page;
    }
    popup = await popupFor(COLLAPSE);
  });
  afterAll(async () => {
    await popup.close();
  });

  test('lists both, and names the account that links the ferry story', async () => {
    const accounts = popup.locator('.px-account');
    expect(await accounts.count()).toBe(2);
    const ferries = accounts.filter({ has: popup.locator(`a[href="${pages[FERRIES]!.url()}"]`) });
    expect(await ferries.locator('.px-reasons').textContent()).toContain('Linked throughNorvik shuts harbour crossings after Kessel Bridge collapse (Northern Wire)');
    const closures = accounts.filter({ has: popup.locator(`a[href="${pages[CLOSURES]!.url()}"]`) });
    expect(await closures.locator('.px-reasons').textContent()).not.toContain('Linked through');
  });
});

describe('where there is no article', () => {
  test.each([
    ['a page that is not news', '/', 'doesn’t look like a news article', 'popup-not-news.png'],
    ['a tab Parallax cannot read', 'about:blank', 'reload it and open Parallax again', 'popup-cannot-read.png'],
  ])('%s: the popup says so and what to do', async (_name, path, advice, screenshot) => {
    const page = await harness.browser.context.newPage();
    await page.goto(path.startsWith('/') ? harness.site + path : path);
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => popup.locator('main').textContent(), { timeout: 10_000 }).toContain(advice);
    expect(await popup.getByRole('status').textContent()).not.toContain('Reading this page');
    await popup.screenshot({ path: join(ARTIFACTS, screenshot) });
    await popup.close();
    await page.close();
  });
});

test('the popup raised no error', () => {
  expect(popupErrors).toEqual([]);
});
