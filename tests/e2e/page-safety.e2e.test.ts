import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightedTexts, openPopupFor, startHarness, waitForHighlights, type Harness } from './extension';
import { countNodes, HYDRATING_PAGE, type AppState } from './hostile-fixtures';

/**
 * A page's own scripts keep working with Parallax active. The fixture is a news app in a
 * real framework (Preact) that hydrates server-rendered markup: hydration must reuse
 * every node the server sent, whether it runs before Parallax reads the page or after it
 * has drawn its highlights; the page's controls and its client-side navigation must
 * work; and the console stays free of errors.
 */

const PAGE = HYDRATING_PAGE;
const LATE = `${PAGE}?late`;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Opens a page and collects everything that went wrong on it: uncaught errors and console errors. */
async function visit(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await harness.browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(harness.site + path);
  return { page, problems };
}

const appState = (page: Page) => page.evaluate(() => (window as unknown as { __app: AppState }).__app);

describe('a page that hydrates with a framework', () => {
  test('hydrated before Parallax reads it: every server node reused, highlights drawn, controls work', async () => {
    const { page, problems } = await visit(PAGE);
    await waitForHighlights(page);
    expect(await appState(page)).toMatchObject({ hydrated: true, reusedServerNodes: true, errors: [] });
    expect((await highlightedTexts(page))['parallax-label']).toContain('anti-Western alliance');
    await page.click('#like');
    await expect.poll(() => page.textContent('#like')).toBe('Like (1)');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('hydrated after Parallax has drawn: no node added, hydration reuses them all, highlights stay', async () => {
    const { page, problems } = await visit(LATE);
    await waitForHighlights(page);
    const nodesBefore = await page.evaluate(countNodes);
    await page.evaluate(() => (window as unknown as { __hydrateNow(): void }).__hydrateNow());
    expect(await appState(page)).toMatchObject({ hydrated: true, reusedServerNodes: true, errors: [] });
    expect(await page.evaluate(countNodes)).toBe(nodesBefore);
    expect((await highlightedTexts(page))['parallax-label']).toContain('anti-Western alliance');
    await page.click('#like');
    await page.click('#like');
    await expect.poll(() => page.textContent('#like')).toBe('Like (2)');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('its client-side navigation works, and Parallax reads each story anew', async () => {
    const { page, problems } = await visit(PAGE);
    await waitForHighlights(page);

    await page.click('a[data-story="ferry"]');
    await expect.poll(() => page.textContent('h1')).toBe('Ferry fares to rise 12% from June');
    await expect.poll(async () => Object.keys(await highlightedTexts(page)), { timeout: 10_000 }).toEqual([]);
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => popup.locator('.px-title').textContent(), { timeout: 10_000 }).toBe('Ferry fares to rise 12% from June');
    await popup.close();

    await page.bringToFront();
    await page.goBack();
    await expect.poll(() => page.textContent('h1')).toBe('Leaders praise their anti-Western alliance in Temirsk');
    await expect.poll(async () => (await highlightedTexts(page))['parallax-label'] ?? [], { timeout: 10_000 }).toContain('anti-Western alliance');
    expect(await appState(page)).toMatchObject({ navigations: 1, errors: [] });
    expect(problems).toEqual([]);
    await page.close();
  });
});
