import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  finishedReading,
  highlightedTexts,
  openPopupFor,
  openWatched,
  startFirefoxHarness,
  waitForHighlights,
  type FirefoxHarness,
} from './firefox-harness';
import { BROKEN_PAGES, countNodes, HYDRATING_PAGE as HYDRATING, readPageProbe, UNTOUCHED, type AppState } from '../hostile-fixtures';


/**
 * Page safety and hostile pages (tests/e2e/page-safety.e2e.test.ts and
 * tests/e2e/hostile-pages.e2e.test.ts) in Firefox ESR, with the Firefox MV2 build. A
 * page's own scripts keep working with Parallax active; broken, huge and hostile pages
 * are left as they were, nothing throws into them, and page text stays text in the popup.
 *
 * Firefox reports over BiDi what goes wrong in a tab's content scripts as well as in the
 * page's own scripts (an error thrown or logged by the content script reaches Puppeteer's
 * `pageerror` and `console` like the page's), so "no problem" here covers both.
 */

let harness: FirefoxHarness;
beforeAll(async () => {
  harness = await startFirefoxHarness();
});
afterAll(async () => {
  await harness?.close();
});

const pause = (ms: number) => new Promise((resolveWait) => setTimeout(resolveWait, ms));
const textOf = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent);
const appState = (page: Page) => page.evaluate(() => (window as unknown as { __app: AppState }).__app);
const labels = async (page: Page) => (await highlightedTexts(page))['parallax-label'] ?? [];

/** The popup's "Why" list, opened, as text. */
async function whyText(popup: Page): Promise<string> {
  await popup.waitForSelector('details.px-why summary', { timeout: 15_000 });
  await popup.click('details.px-why summary');
  return popup.$eval('details.px-why', (details) => details.textContent ?? '');
}

describe('a page that hydrates with a framework', () => {
  test('hydrated before Parallax reads it: every server node reused, highlights drawn, controls work', async () => {
    const { page, problems } = await openWatched(harness, HYDRATING);
    await waitForHighlights(page);
    expect(await appState(page)).toMatchObject({ hydrated: true, reusedServerNodes: true, errors: [] });
    expect(await labels(page)).toContain('anti-Western alliance');
    await page.click('#like');
    await expect.poll(() => textOf(page, '#like')).toBe('Like (1)');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('hydrated after Parallax has drawn: no node added, hydration reuses them all, highlights stay', async () => {
    const { page, problems } = await openWatched(harness, `${HYDRATING}?late`);
    await waitForHighlights(page);
    const nodesBefore = await page.evaluate(countNodes);
    await page.evaluate(() => (window as unknown as { __hydrateNow(): void }).__hydrateNow());
    expect(await appState(page)).toMatchObject({ hydrated: true, reusedServerNodes: true, errors: [] });
    expect(await page.evaluate(countNodes)).toBe(nodesBefore);
    expect(await labels(page)).toContain('anti-Western alliance');
    await page.click('#like');
    await page.click('#like');
    await expect.poll(() => textOf(page, '#like')).toBe('Like (2)');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('its client-side navigation works, and Parallax reads each story anew', async () => {
    const { page, problems } = await openWatched(harness, HYDRATING);
    await waitForHighlights(page);

    await page.click('a[data-story="ferry"]');
    await expect.poll(() => textOf(page, 'h1')).toBe('Ferry fares to rise 12% from June');
    await expect.poll(async () => Object.keys(await highlightedTexts(page)), { timeout: 10_000 }).toEqual([]);
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => textOf(popup, '.px-title').catch(() => null), { timeout: 10_000 }).toBe('Ferry fares to rise 12% from June');
    await popup.close();

    await page.bringToFront();
    // The page's own history entry (pushState): puppeteer's goBack waits for a navigation
    // event that Firefox ESR 140 does not send for a same-document step back.
    await page.evaluate(() => history.back());
    await expect.poll(() => textOf(page, 'h1')).toBe('Leaders praise their anti-Western alliance in Temirsk');
    await expect.poll(() => labels(page), { timeout: 10_000 }).toContain('anti-Western alliance');
    expect(await appState(page)).toMatchObject({ navigations: 1, errors: [] });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('broken pages are left as they were', () => {
  // Rather than a fixed wait, each page is left once Parallax has read it (the state the
  // popup would show); the drawing and the message to the background follow that state.
  test.each(BROKEN_PAGES)('%s: read to the end, no page error', async (path) => {
    const { page, problems } = await openWatched(harness, path);
    const state = await finishedReading(harness, page);
    await pause(300);
    expect(['article', 'not-news']).toContain(state?.status);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('articles out of the page’s own DOM', () => {
  test('an article rendered in an open shadow root is read from a flattened copy, and the popup says so', async () => {
    const { page, problems } = await openWatched(harness, '/hostile/shadow-article.html');
    expect((await finishedReading(harness, page))?.status).toBe('article');
    const popup = await openPopupFor(harness, page);
    expect(await whyText(popup)).toMatch(/inside a shadow root/);
    expect(await popup.$$eval('.px-status', (found) => found.map((status) => status.textContent ?? '').join(' '))).not.toContain(
      'look like a news article',
    );
    expect(problems).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('a page that is one large iframe is not news, with the reason', async () => {
    const { page, problems } = await openWatched(harness, '/hostile/iframe-article.html');
    expect((await finishedReading(harness, page))?.status).toBe('not-news');
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => textOf(popup, '.px-status').catch(() => null), { timeout: 10_000 }).toContain('look like a news article');
    expect(await whyText(popup)).toMatch(/inside an embedded frame/);
    expect(problems).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('hostile metadata stays text', () => {
  test('nothing runs on the page, and the popup shows the markup as text', async () => {
    const { page, problems } = await openWatched(harness, '/hostile/xss-metadata.html');
    await finishedReading(harness, page);
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => textOf(popup, '.px-title').catch(() => null), { timeout: 10_000 }).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.$$eval('.px-popup img, .px-popup script, .px-popup svg', (found) => found.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xssFired: string[] }).__xssFired)).toEqual([]);
    expect(problems).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a page that watches itself sees nothing of Parallax', () => {
  // Only plain `evaluate` on this page: Puppeteer's selector and polling helpers would add
  // globals of their own (see waitForHighlights).
  test('no node added, no mutation, no error, no new global', async () => {
    const { page, problems } = await openWatched(harness, '/hostile/page-probe.html');
    await waitForHighlights(page);
    const probe = await page.evaluate(readPageProbe);
    expect(probe.nodesNow).toBe(probe.nodesAtLoad);
    expect(probe).toMatchObject(UNTOUCHED);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a gigantic page', () => {
  test('is left alone, saying why, and the extension keeps working on the next article', async () => {
    const { page, problems } = await openWatched(harness, '/generated/gigantic.html', 60_000);
    expect(await finishedReading(harness, page, 30_000)).toMatchObject({ status: 'too-large', limits: { textChars: 1_000_000 } });
    expect(await page.evaluate(() => document.title.length)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();

    const next = await openWatched(harness, '/outlet-one/world/voskov-lin-temirsk-talks.html');
    await waitForHighlights(next.page);
    expect(await labels(next.page)).toContain('anti-Western alliance');
    expect(next.problems).toEqual([]);
    await next.page.close();
  });
});
