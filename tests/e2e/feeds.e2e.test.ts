import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FeedResponse, OutletView } from '../../core/protocol/feed-messages';
import { grantHostAccess } from '../../scripts/browser-controls';
import { openPopupFor, startHarness, storedArticle, type Harness } from './extension';

/**
 * Outlets followed through their feeds, with the built extension against the feed routes
 * of the fixture server (scripts/feed-routes.ts): the library fills from RSS and Atom,
 * a home page's linked feed is found, story pages are read in full (Chrome: offscreen),
 * the popup of a matching page lists feed accounts, and bad feeds are refused or shown
 * as errors while everything else stays as it was. Automatic reading is off: the library
 * fills from the feeds alone.
 */

let harness: Harness;
let options: Page;

const LEDGER_STORY = '/outlet-one/world/voskov-lin-temirsk-talks.html';
const HARBOUR_STORY = '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html';
const EASTGATE_STORY = '/outlet-three/world/lin-state-visit-krasnovel.html';

beforeAll(async () => {
  harness = await startHarness({ autoRead: false });
  // The reader allows the fixture server's site when following its outlets.
  await grantHostAccess(harness.browser.context, harness.browser.extensionId, ['http://127.0.0.1/*']);
  options = await harness.browser.context.newPage();
  await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html#sites`);
  // What the options page's Follow button asks first; allowed above, it resolves at once.
  const granted = await options.evaluate(() =>
    (globalThis as unknown as { chrome: { permissions: { request(p: object): Promise<boolean> } } }).chrome.permissions.request({
      origins: ['http://127.0.0.1/*'],
    }),
  );
  expect(granted).toBe(true);
});
afterAll(async () => {
  await harness?.close();
});

function send(message: object): Promise<FeedResponse> {
  return options.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<FeedResponse> } } }).chrome.runtime.sendMessage(m),
    message,
  );
}

async function outlets(): Promise<OutletView[]> {
  const response = await send({ type: 'feeds:list' });
  if (!response.ok || !('outlets' in response)) throw new Error('feeds:list failed');
  return response.outlets;
}

/** Waits until the outlet's check is over, and returns its view. */
async function checked(id: string): Promise<OutletView> {
  for (let i = 0; i < 150; i++) {
    const outlet = (await outlets()).find((o) => o.id === id);
    if (outlet && !outlet.checking && outlet.lastCheck !== null) return outlet;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`outlet ${id} was never checked`);
}

async function follow(path: string, fetchFullText = false): Promise<FeedResponse> {
  return send({ type: 'feeds:follow', url: harness.site + path, name: null, fetchFullText });
}

async function libraryCount(): Promise<number> {
  const response = await options.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ libraryCount?: number }> } } }).chrome.runtime.sendMessage({
      type: 'library:search',
      query: '',
      offset: 0,
      limit: 1,
    }),
  );
  return response.libraryCount ?? -1;
}

async function hits(): Promise<Record<string, { requests: number; notModified: number }>> {
  return (await fetch(`${harness.site}/feeds/hits`)).json() as Promise<Record<string, { requests: number; notModified: number }>>;
}

describe('following', () => {
  test('an RSS feed: its stories are in the library, with the feed’s summary as their text', async () => {
    const response = await follow('/feeds/ledger.xml');
    expect(response).toMatchObject({ ok: true, outlet: { name: 'The Northern Ledger' } });
    const outlet = await checked((response as { outlet: OutletView }).outlet.id);
    expect(outlet).toMatchObject({ itemCount: 2, articleCount: 2, lastError: null, missingOrigins: [] });
    const story = await storedArticle(harness, harness.site + LEDGER_STORY);
    expect(story?.title).toBe('Voskov and Lin hail “best period” in Valdoria-Qiran ties at Temirsk talks');
    expect(story?.text).toContain('best period in their history');
  });

  test('a site address: the feed its home page links is found; stories are read in full, without the page’s clutter', async () => {
    const response = await follow('/feeds/harbour-home.html', true);
    expect(response).toMatchObject({ ok: true, outlet: { name: 'The Harbour Independent', feedUrls: [harness.site + '/feeds/harbour.xml'] } });
    const outlet = await checked((response as { outlet: OutletView }).outlet.id);
    expect(outlet, JSON.stringify(outlet)).toMatchObject({ articleCount: 1, itemCount: 1, lastError: null });
    const story = await storedArticle(harness, harness.site + HARBOUR_STORY);
    expect(story?.text.length).toBeGreaterThan(1_000); // the page, not the feed's one-line summary
    expect(story?.text).toContain('finest chapter');
    expect(story?.text).not.toMatch(/Subscribe|Sign in|Most read/i);
  });

  test('a slow feed is waited for, and a redirect within the allowed site is followed', async () => {
    const slow = await follow('/feeds/slow.xml');
    expect(slow.ok).toBe(true);
    await checked((slow as { outlet: OutletView }).outlet.id);
    expect(await storedArticle(harness, harness.site + EASTGATE_STORY)).not.toBeNull();

    const moved = await follow('/feeds/moved.xml');
    expect(moved).toMatchObject({ ok: true, outlet: { feedUrls: [harness.site + '/feeds/ledger.xml'] } });
  });

  test('checking again sends the ETag, and a 304 changes nothing', async () => {
    const before = (await hits())['/feeds/ledger.xml']?.notModified ?? 0;
    const count = await libraryCount();
    const ledger = (await outlets()).find((o) => o.name === 'The Northern Ledger')!;
    expect(await send({ type: 'feeds:check-now', id: ledger.id })).toEqual({ ok: true });
    await expect.poll(async () => (await hits())['/feeds/ledger.xml']?.notModified ?? 0, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await checked(ledger.id)).toMatchObject({ lastError: null, articleCount: 2 });
    expect(await libraryCount()).toBe(count);
  });
});

describe('the popup', () => {
  test('a page of the same event lists the accounts the feeds brought in', async () => {
    // The Harbour story, read from its feed; the popup is opened on the Ledger's page.
    const page = await harness.browser.context.newPage();
    await page.goto(harness.site + LEDGER_STORY);
    const popup = await openPopupFor(harness, page);
    await popup.getByText('1 other account of this event in your library.').waitFor({ timeout: 15_000 });
    await popup.getByText('Valdoria-Qiran ties in \'finest chapter of their history,\' Voskov and Lin say').waitFor();
    await popup.close();
    await page.close();
  });
});

describe('bad feeds', () => {
  test.each([
    ['a 60 MB feed', '/feeds/huge.xml', 'too large'],
    ['an API error in JSON', '/feeds/fixtures/not-a-feed.json', 'No news feed found'],
    ['an address that does not exist', '/feeds/nowhere.xml', '404'],
  ])('%s is refused with the reason, and the library is untouched', async (_name, path, reason) => {
    const count = await libraryCount();
    const response = await follow(path);
    expect(response.ok).toBe(false);
    expect((response as { error: string }).error).toContain(reason);
    expect(await libraryCount()).toBe(count);
  });

  test('an entity-expansion bomb and javascript: links are read safely: nothing expanded, no script link kept', async () => {
    const count = await libraryCount();
    const bomb = await follow('/feeds/fixtures/billion-laughs.xml');
    expect(bomb.ok).toBe(true);
    await checked((bomb as { outlet: OutletView }).outlet.id);
    const links = await follow('/feeds/fixtures/javascript-links.xml');
    expect(links.ok).toBe(true);
    await checked((links as { outlet: OutletView }).outlet.id);
    // Every item that reached the library has an http(s) address on the allowed site.
    const added = (await libraryCount()) - count;
    expect(added).toBeLessThanOrEqual(3);
  });

  test('a feed that starts failing shows the error in words, keeps its stories, and the others are unharmed', async () => {
    const response = await follow('/feeds/flaky.xml');
    const id = (response as { outlet: OutletView }).outlet.id;
    const first = await checked(id);
    expect(first).toMatchObject({ lastError: null, articleCount: 1 });
    const count = await libraryCount();
    await send({ type: 'feeds:check-now', id });
    await expect.poll(async () => (await outlets()).find((o) => o.id === id)?.lastError ?? null, { timeout: 10_000 }).toContain('500');
    expect((await outlets()).find((o) => o.id === id)).toMatchObject({ articleCount: 1 });
    expect(await libraryCount()).toBe(count);
    expect(await storedArticle(harness, harness.site + LEDGER_STORY)).not.toBeNull();
  });

  test('removing an outlet with its articles deletes them, and only them', async () => {
    const flaky = (await outlets()).find((o) => o.feedUrls.some((u) => u.endsWith('/feeds/flaky.xml')))!;
    const count = await libraryCount();
    expect(await send({ type: 'feeds:remove', id: flaky.id, deleteArticles: true })).toEqual({ ok: true });
    expect(await libraryCount()).toBe(count - 1);
    expect((await outlets()).some((o) => o.id === flaky.id)).toBe(false);
    expect(await storedArticle(harness, harness.site + LEDGER_STORY)).not.toBeNull();
  });

  test('a story whose page is too large to read keeps its feed’s summary; the next story is read in full', async () => {
    const response = await follow('/feeds/oversized.xml', true);
    const outlet = await checked((response as { outlet: OutletView }).outlet.id);
    expect(outlet, JSON.stringify(outlet)).toMatchObject({ articleCount: 2, itemCount: 2, lastError: null });
    const oversized = await storedArticle(harness, harness.site + '/feeds/world/2025/03/temirsk-talks-full-record.html');
    expect(oversized?.text).toBe('The full record of the Temirsk talks.');
    const next = await storedArticle(harness, harness.site + '/norvik/ferry-times/fjordline-extra-boats.html');
    expect(next?.text.length).toBeGreaterThan(200); // the page's text, not the feed's two-word summary
  });
});

describe('the options page', () => {
  test('follows an outlet from the form, and lists each outlet with its status and errors in words', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto(`chrome-extension://${harness.browser.extensionId}/options.html#sites`);
    const list = page.getByRole('list', { name: 'Outlets you follow' });
    await list.getByText('The Northern Ledger').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => list.locator('li', { hasText: 'The Northern Ledger' }).first().textContent()).toContain('2 in your library');

    // The Eastgate Wire's RDF feed links its stories on its own (fictional) site, which the
    // reader has not allowed: the outlet is followed, and none of its stories is fetched.
    await page.getByLabel('Site or feed address').fill(`${harness.site}/feeds/fixtures/rdf-eastgate-wire.xml`);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await page.getByText(/^Following .*Its stories will appear in your library\.$/).waitFor({ timeout: 15_000 });
    const eastgate = list.locator('li', { hasText: 'Eastgate Wire' }).last();
    await expect.poll(() => eastgate.textContent(), { timeout: 15_000 }).toContain('0 in your library');

    // The flaky outlet was removed above; a broken one's row says what went wrong.
    const response = await follow('/feeds/flaky.xml');
    expect(response.ok).toBe(false); // it answers 500 for good now
    expect((response as { error: string }).error).toContain('500');
    await page.close();
  });
});
