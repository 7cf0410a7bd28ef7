import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { grantHostAccess } from '../../scripts/browser-controls';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/launch-browser';
import { wikidataAnswer } from '../fixtures/wikidata/fake-wikidata';
import { ARTIFACTS, turnOnAutomaticReading, waitForHighlights, type ChromeGlobal } from './extension';
import { requireTestBuild, TEST_BUILD_CHROME } from './test-build';

/**
 * Outlet profiles in the real browser, with the end-to-end tests' own build: the one whose
 * lookups may go to a local address (background/outlets/wikidata-endpoints.ts; the
 * production build always asks Wikidata). A local server plays two outlets' sites (by
 * host name, resolved to 127.0.0.1) and Wikidata, from answers recorded in its formats.
 * The Ledger's page declares its policies in JSON-LD, among them a third party's address
 * and a javascript: one. The reader turns lookups on in the settings, reads both
 * accounts, and the popup's Outlets tab shows the declared policies, who the outlet is,
 * who covered the event, and the reader's note winning over Wikidata's fact.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = join(ROOT, 'tests/fixtures/site');
const LEDGER = '/outlet-one/world/voskov-lin-temirsk-talks.html';
const HARBOUR = '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html';

/** axe's source, evaluated in the page (an extension page's CSP refuses an added script tag); as in accessibility.e2e.test.ts. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

let server: Server;
let port = 0;
let browser: LaunchedBrowser;
const wikidataRequests: string[] = [];
const popupErrors: string[] = [];

/** The outlet's policies, as the Ledger's CMS would add them to its page. */
function policiesBlock(): string {
  const own = `http://www.northern-ledger.test:${port}`;
  return `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: 'The Northern Ledger',
      url: 'https://ledger-group.test/',
      ownershipFundingInfo: 'https://ledger-group.test/ownership',
      correctionsPolicy: `${own}/about/corrections`,
      ethicsPolicy: 'https://tracker.example/ethics',
      masthead: 'javascript:alert(1)',
    },
  })}</script>`;
}

function startServer(): Promise<void> {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    if (url.pathname === '/sparql' || url.pathname === '/w/api.php') {
      const answer = wikidataAnswer(url, wikidataRequests);
      response.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    const byHost: Record<string, string> = { 'www.northern-ledger.test': LEDGER, 'www.harbour-independent.test': HARBOUR };
    const path = byHost[url.hostname];
    if (path !== url.pathname) {
      response.writeHead(404).end();
      return;
    }
    let html = readFileSync(join(SITE, path), 'utf8');
    if (path === LEDGER) html = html.replace('</head>', `${policiesBlock()}</head>`);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), done())));
}

async function read(host: string, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`http://${host}:${port}${path}`);
  await waitForHighlights(page);
  return page;
}

/** The popup as a page, pointed at the tab showing `page`. */
async function popupFor(page: Page, colorScheme: 'light' | 'dark'): Promise<Page> {
  await page.bringToFront();
  const [tabId] = await browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((tab) => tab.id);
  });
  const popup = await browser.context.newPage();
  popup.on('pageerror', (error) => popupErrors.push(error.message));
  popup.on('console', (message) => void (message.type() === 'error' && popupErrors.push(message.text())));
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('status').filter({ hasText: 'Loaded' }).waitFor({ state: 'attached', timeout: 15_000 });
  return popup;
}

beforeAll(async () => {
  // The test build (npm run build:test): the one whose storage may name a local Wikidata.
  requireTestBuild(TEST_BUILD_CHROME);
  await startServer();
  browser = await launchWithExtension({ extensionPath: TEST_BUILD_CHROME, args: ['--host-resolver-rules=MAP *.test 127.0.0.1', '--disable-features=HttpsUpgrades'] });
  await turnOnAutomaticReading(browser);
  await browser.serviceWorker.evaluate(
    (origin) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ testWikidataOrigin: origin }),
    `http://127.0.0.1:${port}`,
  );
  // The browser's prompt cannot be answered from a script: Wikidata's hosts are allowed beforehand, as a reader would.
  await grantHostAccess(browser.context, browser.extensionId, ['https://query.wikidata.org/*', 'https://www.wikidata.org/*']);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('outlet profiles', () => {
  test('lookups are off until the reader turns them on; nothing is sent before', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#privacy`);
    const toggle = options.getByRole('checkbox', { name: 'Look up outlets on Wikidata' });
    await expect.poll(() => toggle.isChecked()).toBe(false);
    const ledger = await read('www.northern-ledger.test', LEDGER);
    await ledger.close();
    expect(wikidataRequests).toEqual([]);
    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await options.close();
  });

  test('the popup shows the declared policies, who the outlet is, who covered the event, and the reader’s note wins', async () => {
    const ledger = await read('www.northern-ledger.test', LEDGER);
    const harbour = await read('www.harbour-independent.test', HARBOUR);
    await harbour.close();
    const popup = await popupFor(ledger, 'light');
    await popup.getByRole('tab', { name: 'Outlets' }).click();
    const panel = popup.getByRole('tabpanel', { name: 'Outlets' });
    const own = panel.getByRole('region', { name: /The Northern Ledger/ }).first();

    // Policies: only the outlet's own site and the publisher site it names; never a third party or javascript:.
    const ownership = own.getByRole('link', { name: /Ownership and funding/ });
    await ownership.waitFor({ timeout: 15_000 });
    expect(await ownership.getAttribute('href')).toBe('https://ledger-group.test/ownership');
    expect(await ownership.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await own.getByRole('link', { name: /Corrections/ }).getAttribute('href')).toBe(`http://www.northern-ledger.test:${port}/about/corrections`);
    expect(await own.getByRole('link', { name: /Ethics|Masthead/ }).count()).toBe(0);

    // Who the outlet is, from the recorded Wikidata answers, read in the background.
    await own.getByText('Ledger Media Group, owner of The Northern Ledger').waitFor({ timeout: 30_000 });
    await expect.poll(() => own.locator('.px-facts').innerText()).toMatch(/Norway[\s\S]*Fjordline Holdings, parent organisation of Ledger Media Group[\s\S]*1821/);
    expect(await own.getByRole('link', { name: /From Wikidata, item Q900101/ }).getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q900101');
    // The other outlet is unknown to Wikidata, and says so.
    await panel.getByText(/Wikidata has no item whose official website is harbour-independent\.test/).waitFor({ timeout: 30_000 });
    await expect.poll(() => panel.locator('.px-covered-by').innerText()).toMatch(/Countries: Norway \(1\)[\s\S]*1 outlet of this event has no country or kind known yet/);

    // The kind of owner: the Ledger's owner is a company by its name (Wikidata's owner chain); the other outlet's is not known, and says why.
    await expect.poll(() => own.locator('.px-owner-kind > p').innerText()).toBe('Kind of owner: private');
    await own.getByText('Why this kind of owner?').click();
    const ownerFact = own.getByRole('link', { name: /Ledger Media Group \(Q900102\), a company by the legal form in its name/ });
    expect(await ownerFact.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q900101');
    const harbourCard = panel.getByRole('region', { name: /harbour-independent\.test/ });
    await expect.poll(() => harbourCard.locator('.px-owner-kind > p').innerText()).toBe('Kind of owner: not known');
    await harbourCard.getByText('Why this kind of owner?').click();
    await harbourCard.getByText(/Nothing Parallax holds says who owns it/).waitFor();
    await expect.poll(() => panel.locator('.px-covered-owners').innerText()).toBe('Kinds of owner: private (1), not known (1)');
    // What was sent: the outlets' addresses and item ids, never an article's address.
    expect(wikidataRequests.some((url) => decodeURIComponent(url).includes('voskov'))).toBe(false);

    // The reader corrects the country; their words are shown instead, marked as theirs.
    await own.getByText('Correct or add a note').click();
    await own.getByLabel('Country', { exact: true }).fill('Norway and Denmark');
    await own.getByLabel('Your note').fill('Family-owned, by its own account.');
    await own.getByLabel('Kind of owner').selectOption({ label: 'independent or non-profit' });
    await own.getByRole('button', { name: 'Save note' }).click();
    await own.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect.poll(() => own.locator('.px-facts').innerText()).toMatch(/Norway and Denmark \(your note\)/);
    await own.getByText('Your note: Family-owned, by its own account.').waitFor();
    // The reader's kind of owner wins over Wikidata's owner chain, says so, and the coverage line follows.
    await expect.poll(() => own.locator('.px-owner-kind > p').innerText()).toBe('Kind of owner: independent or non-profit (your note)');
    await expect.poll(() => panel.locator('.px-covered-owners').innerText()).toBe('Kinds of owner: independent or non-profit (1), not known (1)');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-outlets.png'), fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);

    // Dark mode and the keyboard: the tab is reached with arrow keys from the tab list.
    const dark = await popupFor(ledger, 'dark');
    await dark.getByRole('tab', { name: 'Accounts' }).focus();
    await dark.keyboard.press('End');
    expect(await dark.getByRole('tab', { name: 'Outlets' }).getAttribute('aria-selected')).toBe('true');
    await dark.getByText('Norway and Denmark').first().waitFor();
    await dark.screenshot({ path: join(ARTIFACTS, 'popup-outlets-dark.png'), fullPage: true });
    expect(await seriousViolations(dark)).toEqual([]);
    expect(popupErrors).toEqual([]);
    // A hang guard only: two pages read, lookups awaited and two popups checked by axe take over a minute on a busy machine.
  }, 180_000);

  test('the options page lists the outlets with profiles, and the reader sees, edits and clears their notes there, by keyboard, in dark mode', async () => {
    const options = await browser.context.newPage();
    options.on('pageerror', (error) => popupErrors.push(error.message));
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#sites`);
    const card = options.getByRole('region', { name: 'Your notes on outlets' });
    const list = card.getByRole('list', { name: 'Outlets Parallax holds a profile of' });
    const ledger = list.getByRole('listitem').filter({ has: options.getByRole('heading', { name: 'northern-ledger.test' }) });
    const harbour = list.getByRole('listitem').filter({ has: options.getByRole('heading', { name: 'harbour-independent.test' }) });
    // What the reader wrote in the popup is here; the outlet they wrote nothing about says so.
    await expect.poll(() => ledger.locator('.px-outlet-notes-fields').innerText()).toMatch(/Country\s+Norway and Denmark[\s\S]*Kind of owner\s+independent or non-profit[\s\S]*Your note\s+Family-owned, by its own account\./);
    await harbour.getByText('No notes of yours.').waitFor();
    // The reader's outlets come first.
    expect(await list.getByRole('heading').first().innerText()).toBe('northern-ledger.test');

    // Edit from the keyboard: open the form, change the note and the kind of owner, save.
    await ledger.getByText('Correct or add a note').focus();
    await options.keyboard.press('Enter');
    await ledger.getByLabel('Your note', { exact: true }).fill('Owned by a family trust.');
    await ledger.getByLabel('Kind of owner').focus();
    await ledger.getByLabel('Kind of owner').selectOption('private');
    await ledger.getByRole('button', { name: 'Save note' }).focus();
    await options.keyboard.press('Enter');
    await card.getByRole('status').filter({ hasText: 'Your notes on northern-ledger.test are saved.' }).waitFor();
    await expect.poll(() => ledger.locator('.px-outlet-notes-fields').innerText()).toMatch(/Kind of owner\s+private[\s\S]*Your note\s+Owned by a family trust\./);
    await options.screenshot({ path: join(ARTIFACTS, 'options-outlet-notes-dark.png'), fullPage: true });
    expect(await seriousViolations(options)).toEqual([]);

    // The popup reads the same storage.
    const page = await read('www.northern-ledger.test', LEDGER);
    const popup = await popupFor(page, 'light');
    await popup.getByRole('tab', { name: 'Outlets' }).click();
    const own = popup.getByRole('tabpanel', { name: 'Outlets' }).getByRole('region', { name: /The Northern Ledger/ }).first();
    await own.getByText('Your note: Owned by a family trust.').waitFor();

    // Clear: every field goes, and Wikidata's facts are shown again.
    await ledger.getByRole('button', { name: 'Clear my notes on northern-ledger.test' }).click();
    await card.getByRole('status').filter({ hasText: 'Your notes on northern-ledger.test are cleared.' }).waitFor();
    await ledger.getByText('No notes of yours.').waitFor();
    expect(await ledger.getByRole('button', { name: /Clear my notes/ }).count()).toBe(0);
    await popup.reload();
    await popup.getByRole('tab', { name: 'Outlets' }).click();
    await expect.poll(() => own.locator('.px-owner-kind > p').innerText()).toBe('Kind of owner: private');
    await expect.poll(() => own.locator('.px-facts').innerText()).toMatch(/Country\s+Norway\s/);
    expect(await own.getByText(/Your note:/).count()).toBe(0);
    expect(popupErrors).toEqual([]);
  }, 180_000);
});
