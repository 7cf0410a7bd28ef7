import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightedTexts, openPopupFor, startHarness, waitForHighlights, type Harness } from './extension';
import { BROKEN_PAGES, readPageProbe, UNTOUCHED } from './hostile-fixtures';

/**
 * Broken, huge and hostile pages: the page is left as it was, nothing throws into it,
 * page text stays text in the popup, and the extension keeps working afterwards.
 */

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function visit(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(harness.site + path, { timeout: 60_000 });
  return { page, errors };
}

describe('broken pages are left as they were', () => {
  test.each([...BROKEN_PAGES, '/hostile/iframe-article.html', '/hostile/shadow-article.html'])('%s: no page error', async (path) => {
    const { page, errors } = await visit(path);
    await page.waitForTimeout(700);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile metadata stays text', () => {
  test('nothing runs on the page, and the popup shows the markup as text', async () => {
    const { page, errors } = await visit('/hostile/xss-metadata.html');
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => (window as unknown as { __xssFired: string[] }).__xssFired)).toEqual([]);
    const popup = await openPopupFor(harness, page);
    const title = popup.locator('.px-title');
    await expect.poll(() => title.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('.px-popup img, .px-popup script, .px-popup svg').count()).toBe(0);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a page that watches itself sees nothing of Parallax', () => {
  test('no node added, no mutation, no error, no new global', async () => {
    const { page } = await visit('/hostile/page-probe.html');
    await waitForHighlights(page);
    const probe = await page.evaluate(readPageProbe);
    expect(probe.nodesNow).toBe(probe.nodesAtLoad);
    expect(probe).toMatchObject(UNTOUCHED);
    await page.close();
  });
});

describe('a gigantic page', () => {
  test('is left alone, the popup says why, and the extension keeps working on the next article', async () => {
    const { page, errors } = await visit('/generated/gigantic.html');
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => popup.locator('.px-problem-title').textContent(), { timeout: 15_000 }).toBe('This page is too large to read');
    expect(await popup.locator('.px-notice').textContent()).toContain('more than 1 million characters of text');
    await popup.close();
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.title.length)).toBeGreaterThan(0);
    await page.close();

    const next = await visit('/outlet-one/world/voskov-lin-temirsk-talks.html');
    await waitForHighlights(next.page);
    expect(Object.keys(await highlightedTexts(next.page))).toContain('parallax-label');
    await next.page.close();
  });
});

describe('articles out of the page’s own DOM', () => {
  test('an article rendered in an open shadow root is read from a flattened copy, and the popup says so', async () => {
    const { page, errors } = await visit('/hostile/shadow-article.html');
    const popup = await openPopupFor(harness, page);
    const why = popup.locator('details.px-why');
    await why.waitFor({ timeout: 15_000 });
    await why.locator('summary').click();
    await why.getByText(/inside a shadow root/).waitFor();
    expect(await popup.locator('.px-status').filter({ hasText: 'look like a news article' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('a page that is one large iframe is not news, with the reason', async () => {
    const { page, errors } = await visit('/hostile/iframe-article.html');
    const popup = await openPopupFor(harness, page);
    await popup.locator('.px-status').filter({ hasText: 'look like a news article' }).waitFor({ timeout: 15_000 });
    const why = popup.locator('details.px-why');
    await why.locator('summary').click();
    await why.getByText(/inside an embedded frame/).waitFor();
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
