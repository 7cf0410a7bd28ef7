import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightedTexts, startHarness, waitForHighlights, type Harness } from './extension';

/**
 * The learned scorer in the built extension: on a fixture article it judges the
 * lexicon's phrases, keeps the label in its loaded sense, and the card says how sure
 * Parallax is, out of 100. (No fixture page yet holds a word the scorer adds on its own;
 * tests/core/framing/model/ covers those.)
 */

const LEDGER = '/outlet-one/world/voskov-lin-temirsk-talks.html';

let harness: Harness;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(harness.site + LEDGER);
  await waitForHighlights(page);
});

afterAll(async () => {
  await harness?.close();
});

/** Moves the pointer onto the first line of a highlighted phrase in the given highlight. */
async function hoverIn(highlight: string, text: string): Promise<void> {
  const box = await page.evaluate(
    ([name, wanted]) => {
      for (const range of (CSS.highlights.get(name!) ?? []) as unknown as Iterable<Range>) {
        if (range.toString() !== wanted) continue;
        const { x, y, width, height } = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x, y, width, height };
      }
      return null;
    },
    [highlight, text],
  );
  if (!box) throw new Error(`“${text}” is not in ${highlight}`);
  await page.evaluate((top) => window.scrollBy(0, top - 200), box.y);
  const moved = await page.evaluate(
    ([name, wanted]) => {
      for (const range of (CSS.highlights.get(name!) ?? []) as unknown as Iterable<Range>) {
        if (range.toString() === wanted) return (range.getClientRects()[0] ?? range.getBoundingClientRect()).toJSON() as DOMRect;
      }
      return null;
    },
    [highlight, text],
  );
  await page.mouse.move(moved!.x + moved!.width / 2, moved!.y + moved!.height / 2, { steps: 4 });
}

describe('a phrase the learned scorer judged', () => {
  test('keeps its highlight, and its card says how sure Parallax is, out of 100', async () => {
    const labels = (await highlightedTexts(page))['parallax-label'] ?? [];
    expect(labels).toContain('anti-Western alliance');
    await hoverIn('parallax-label', 'anti-Western alliance');
    const card = page.locator('parallax-flag-card .card');
    await expect.poll(() => card.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await card.locator('.category-name').textContent()).toBe('Label');
    expect(await card.locator('.sure').textContent()).toMatch(/^(Quite|Fairly|Not very) sure \(\d{1,3} in 100\)$/);
  });

  test('the page’s own scripts saw no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
