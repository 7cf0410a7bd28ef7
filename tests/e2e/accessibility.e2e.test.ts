import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIBRARY_FILE_TAIL, libraryFileArticle, libraryFileHead } from '../../core/library-file/library-file-format';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { openPopupFor, startHarness, storedArticle, waitForHighlights, type Harness } from './extension';

/**
 * axe-core, injected into the popup (both tabs), the onboarding page and every section of the options page, in
 * light and dark: no `serious` or `critical` violation. Colour contrast is among axe's
 * rules, so the dark palette is checked as much as the light one.
 */

const LEDGER = '/outlet-one/world/voskov-lin-temirsk-talks.html';
const HARBOUR = '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html';
/*
 * axe's source, evaluated in the page rather than added as a <script>: an extension page's
 * CSP (script-src 'self') refuses the inline script `page.addScriptTag` would write, while
 * the DevTools protocol's evaluation is not subject to the page's CSP.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;
const SECTIONS = ['library', 'lexicon', 'sites', 'privacy'] as const;

let harness: Harness;
let harbour: Page;
let notNews: Page;

const LIBRARY_FILE = Buffer.from(
  libraryFileHead(DEFAULT_SETTINGS, new Date()) +
    libraryFileArticle({
      url: 'https://ledger.example/a',
      title: 'A story',
      siteName: 'Ledger',
      byline: null,
      publishedTime: null,
      lang: 'en',
      excerpt: null,
      text: 'President Hollen met Lin Sorel in Kestrel.',
      flags: [],
      firstSeen: 1,
      lastSeen: 2,
      savedByHand: false,
    }) +
    LIBRARY_FILE_TAIL,
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** The serious and critical violations axe finds on the page as it stands, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id} (${v.help}) at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`));
}

async function waitForStored(url: string): Promise<void> {
  for (let i = 0; i < 100 && !(await storedArticle(harness, url)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

beforeAll(async () => {
  harness = await startHarness();
  for (const path of [LEDGER, HARBOUR]) {
    const page = await harness.browser.context.newPage();
    await page.goto(harness.site + path);
    await waitForHighlights(page);
    await waitForStored(page.url());
    if (path === HARBOUR) harbour = page;
  }
  notNews = await harness.browser.context.newPage();
  await notNews.goto(`${harness.site}/`);
});

afterAll(async () => {
  await harness?.close();
});

describe.each(SCHEMES)('%s', (scheme) => {
  test('the popup, on both tabs', async () => {
    const popup = await openPopupFor(harness, harbour);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('status').filter({ hasText: 'Loaded' }).waitFor({ state: 'attached', timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Compare framing' }).click();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  test('the popup on a page that is not news', async () => {
    const popup = await openPopupFor(harness, notNews);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('.px-status').filter({ hasText: 'look like a news article' }).waitFor({ timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  test('privacy & data with the storage warning, an import to confirm, and a refused file', async () => {
    const options = await harness.browser.context.newPage();
    await options.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'estimate', { value: () => Promise.resolve({ usage: 900, quota: 1_000 }) });
    });
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html#privacy`);
    await options.getByRole('alert').filter({ hasText: 'Storage is 90% full' }).waitFor({ timeout: 10_000 });
    await options.getByRole('radio', { name: /^Replace/ }).check();
    await options.locator('input[type=file]').last().setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: LIBRARY_FILE });
    await options.getByRole('button', { name: 'Replace my library' }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Cancel' }).first().click();
    await options.locator('input[type=file]').last().setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await options.getByRole('status').filter({ hasText: 'not imported' }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  test('the onboarding page', async () => {
    const page = await harness.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${harness.browser.extensionId}/onboarding.html`);
    await page.locator('.px-auto-read-status:not([data-status="loading"])').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(SECTIONS)('the options page: %s', async (section) => {
    const options = await harness.browser.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 1100, height: 860 });
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html#${section}`);
    await options.getByRole('heading', { level: 2 }).waitFor();
    if (section === 'library') await options.locator('.px-lib-item').first().waitFor({ timeout: 10_000 });
    if (section === 'privacy') await options.locator('.px-storage-used').waitFor({ timeout: 10_000 });
    // Everything folded away is opened, so it is checked too.
    await options.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});
