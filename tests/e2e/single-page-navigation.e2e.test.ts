import { afterAll, beforeAll, expect, test } from 'vitest';
import { highlightedTexts, openPopupFor, startHarness, waitForHighlights, type Harness } from './extension';

/** A single-page news site swaps articles with pushState: Parallax reads each one anew. */

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

test('highlights follow the article after a pushState navigation', async () => {
  const page = await harness.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.site + '/spa/');
  await waitForHighlights(page);
  expect((await highlightedTexts(page))['parallax-label']).toContain('anti-Western alliance');

  await page.click('a[data-story="ferry"]');
  await expect.poll(async () => Object.keys(await highlightedTexts(page)), { timeout: 10_000 }).toEqual([]);
  const popup = await openPopupFor(harness, page);
  await expect.poll(() => popup.locator('.px-title').textContent(), { timeout: 10_000 }).toBe('Ferry fares to rise 12% from June');
  await popup.close();

  await page.bringToFront();
  await page.click('a[data-story="summit"]');
  await expect.poll(async () => (await highlightedTexts(page))['parallax-label'] ?? [], { timeout: 10_000 }).toContain('anti-Western alliance');
  expect(errors).toEqual([]);
});
