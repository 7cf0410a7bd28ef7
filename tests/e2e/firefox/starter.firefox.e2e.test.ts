import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefoxWithExtension, type LaunchedFirefox } from '../../../scripts/launch-firefox';
import { startStarterWorld, type StarterWorld } from '../../../scripts/starter-world';
import { ARTIFACTS } from '../extension';
import { ARTICLE_URL, DEAD, DOZEN, DOZEN_ORIGINS, HTML_FEED, hostsOf, NOT_COVERED, OTHER_ACCOUNTS, SLOW, STARTER_FIREFOX } from '../starter-world';
import { requireTestBuild } from '../test-build';
import { openPopupFor, type BrowserGlobal } from './firefox-harness';

/**
 * The starter set in Firefox ESR, as in Chromium (tests/e2e/starter.e2e.test.ts): the
 * balanced dozen, one real click that asks for all twelve sites (the launcher's
 * preferences answer the prompt), the first check, and the popup's accounts and "not
 * covered by". Firefox sends every http request to the fixture world as to a proxy,
 * except those to 127.0.0.1.
 */

let world: StarterWorld;
let firefox: LaunchedFirefox;
let onboarding: Page;
const pause = (ms: number) => new Promise((resolveWait) => setTimeout(resolveWait, ms));

beforeAll(async () => {
  requireTestBuild(STARTER_FIREFOX);
  world = await startStarterWorld();
  firefox = await launchFirefoxWithExtension({ extensionPath: STARTER_FIREFOX, prefs: { 'network.proxy.http_port': world.port } });
  onboarding = await firefox.extensionPage('onboarding.html');
});
afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout: number, what: string): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await pause(100);
  }
}

const text = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
const rowText = (id: string) => text(onboarding, `[data-outlet="${id}"] .px-starter-status`);

describe('the starter set in Firefox', () => {
  test('the dozen, one prompt, the first check, each row saying how it went', async () => {
    await onboarding.waitForSelector('::-p-text(Pick a balanced dozen)', { timeout: 10_000 });
    await onboarding.click('::-p-text(Pick a balanced dozen)');
    const listed = await until(
      () => onboarding.evaluate(() => [...document.querySelectorAll('.px-starter-site-list li')].map((li) => li.textContent ?? '')),
      (hosts) => hosts.length === 12,
      5_000,
      'the sites listed',
    );
    expect(listed.sort()).toEqual(hostsOf(DOZEN).sort());
    expect(world.log).toEqual([]);

    await onboarding.click('::-p-text(Allow and follow 12 outlets)');
    await until(() => text(onboarding, '.px-starter-progress-line'), (line) => /12 outlets, (9|10) read/.test(line ?? ''), 30_000, 'the progress line');
    expect(await rowText(SLOW.id)).toMatch(/looking for its feed|reading its feed/);
    await until(() => onboarding.evaluate(() => document.querySelector('.px-starter-progress')?.getAttribute('data-finished')), (v) => v === 'true', 45_000, 'the first check');
    expect(await text(onboarding, '.px-starter-progress-line')).toMatch(/^12 outlets, 10 read, \d+ stories$/);
    expect(await rowText(DEAD.id)).toContain('not followed: Parallax could not reach the site');
    expect(await rowText(HTML_FEED.id)).toContain('web page, not a news feed');
    const origins = await onboarding.evaluate(async () => (await (globalThis as unknown as BrowserGlobal).browser.permissions.getAll()).origins ?? []);
    expect([...origins].sort()).toEqual([...DOZEN_ORIGINS].sort());
  });

  test('the next article lists the other accounts and who had none', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(ARTICLE_URL);
    const popup = await openPopupFor({ firefox, site: '', extension: onboarding, close: async () => undefined }, page);
    const listed = await until(() => text(popup, '.px-outlets'), (t) => t !== null, 20_000, 'the accounts');
    for (const name of OTHER_ACCOUNTS) expect(listed).toContain(name);
    const line = await until(() => text(popup, '.px-coverage-missing'), (t) => t !== null, 10_000, 'the coverage line');
    expect(line).toMatch(/^Not covered by: /);
    for (const name of NOT_COVERED) expect(line).toContain(name);
    for (const name of OTHER_ACCOUNTS) expect(line).not.toContain(name);
    await popup.screenshot({ path: join(ARTIFACTS, 'starter-popup-firefox.png') });
    await popup.close();
    await page.close();
  });
});
