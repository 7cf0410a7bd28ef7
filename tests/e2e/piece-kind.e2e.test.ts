import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { ARTIFACTS, openPopupFor, startHarness, storedArticle, waitForHighlights, type Harness } from './extension';

/**
 * The kind of piece in the real browser: an opinion column served on 127.0.0.1 is read,
 * stored with its kind, named in the popup's header with the evidence a keyboard can
 * open, and the flag card says a loaded phrase in its own voice is the author's view.
 */

const COLUMN = '/opinion-column.html';
const HOST = 'parallax-flag-card';

let harness: Harness;
let pieces: FixtureServer;
let page: Page;

async function hover(text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('parallax-')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        if (range.toString() !== wanted) continue;
        const { x, y, width, height } = range.getBoundingClientRect();
        return { x, y, width, height };
      }
    }
    return null;
  }, text);
  if (!box) throw new Error(`“${text}” is not highlighted`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
}

beforeAll(async () => {
  harness = await startHarness();
  pieces = await startFixtureServer({ root: resolve(import.meta.dirname, '../fixtures/piece-types') });
  page = await harness.browser.context.newPage();
  await page.goto(pieces.url + COLUMN);
  await waitForHighlights(page);
  for (let i = 0; i < 50 && !(await storedArticle(harness, page.url())); i++) await page.waitForTimeout(100);
});

afterAll(async () => {
  await harness?.close();
  await pieces?.close();
});

describe('an opinion column', () => {
  test('is stored in the library with its kind and the evidence', async () => {
    const stored = (await storedArticle(harness, page.url())) as { pieceType?: { kind: string; reasons: { id: string }[] } } | null;
    expect(stored?.pieceType?.kind).toBe('opinion');
    expect(stored?.pieceType?.reasons[0]?.id).toBe('schema-type');
  });

  test('the flag card says a phrase in its own voice is the author’s view', async () => {
    await hover('anti-Western alliance');
    const card = page.locator(`${HOST} .card`);
    await expect.poll(() => card.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await card.locator('.voice').textContent()).toBe('the author’s view (an opinion piece)');
    await page.waitForTimeout(200); // the card's fade-in
    await page.screenshot({ path: join(ARTIFACTS, 'flag-card-opinion.png') });
    await page.mouse.move(5, 5);
  });

  test('the popup header names the kind, and the keyboard opens why', async () => {
    const popup = await openPopupFor(harness, page);
    const errors: string[] = [];
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.getByRole('status').filter({ hasText: 'Loaded' }).waitFor({ state: 'attached', timeout: 10_000 });
    const header = popup.locator('.px-article');
    await expect.poll(() => header.locator('.px-kind [aria-hidden="true"]').textContent(), { timeout: 5_000 }).toBe('Opinion');
    expect(await header.locator('.px-kind .px-sr').textContent()).toBe('Kind of piece: Opinion');
    const why = header.locator('summary');
    await why.focus();
    await popup.keyboard.press('Enter');
    const reasons = header.locator('.px-kind-reasons li');
    await expect.poll(() => reasons.first().isVisible(), { timeout: 3_000 }).toBe(true);
    expect(await reasons.first().textContent()).toBe('The page’s structured data calls it “OpinionNewsArticle”');
    expect(await reasons.allTextContents()).toContain('Labelled “Opinion” by the headline');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-piece-kind.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-piece-kind-dark.png') });
    expect(errors).toEqual([]);
    await popup.close();
  });
});
