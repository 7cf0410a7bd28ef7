import { readFileSync } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { launchWithExtension } from '../../scripts/launch-browser';
import { ARTIFACTS, EXTENSION, openPopupFor, storedArticle, turnOnAutomaticReading, waitForHighlights, type Harness } from './extension';

/**
 * Export and import in the real browser. The reader visits two accounts of one event and
 * exports the library from the options page; a fresh browser profile imports the file and
 * has the same library (the popup on one article lists the other, which was never visited
 * there); a bad file is refused with what is wrong, and nothing changes. One fixture server
 * serves both browsers, so the articles keep their addresses.
 */

const LEDGER = '/outlet-one/world/voskov-lin-temirsk-talks.html';
const HARBOUR = '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html';
const SETTINGS = { version: 1, autoSave: true, highlightsOffSites: ['example.org'], mutedCategories: [], mutedPhrases: ['sham vote'], userEntries: [], autoRead: 'everywhere' };

let server: FixtureServer;
let first: Harness;
let second: Harness;
let exportedPath: string;
let exported: { format: string; version: number; settings: Record<string, unknown>; articles: Array<Record<string, unknown>> };
const pageErrors: string[] = [];

async function harness(): Promise<Harness> {
  const browser = await launchWithExtension({ extensionPath: EXTENSION });
  await turnOnAutomaticReading(browser);
  return { browser, site: server.url, close: () => browser.close() };
}

async function waitForStored(h: Harness, url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await storedArticle(h, url)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was never stored`);
}

/**
 * Every article in the extension's IndexedDB, read in its service worker. A library the
 * background has not created yet reads as empty, and is not created here: an empty
 * database of version 1 without stores would never be upgraded by the background.
 */
function libraryOf(h: Harness): Promise<Array<{ url: string; title: string; lastSeen: number; savedByHand: boolean; keys: string[] }>> {
  return h.browser.serviceWorker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('parallax-library');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  ) as Promise<Array<{ url: string; title: string; lastSeen: number; savedByHand: boolean; keys: string[] }>>;
}

/** An outlet profile with the reader's note, as the outlet database keeps it (core/outlet/outlet-profile.ts). */
const NOTED_OUTLET = {
  site: 'ledger.example',
  policies: [{ kind: 'correctionsPolicy', url: 'https://ledger.example/corrections' }],
  policiesFrom: null,
  policiesAt: 1_700_000_000_000,
  wikidata: null,
  lookup: { status: 'never' },
  reader: { kind: null, country: null, owner: 'Ledger Trust', founded: null, note: 'Owned by a trust since 2019.', at: 1_700_000_000_000 },
  firstSeen: 1_700_000_000_000,
};

/**
 * The outlet profiles in the extension's IndexedDB, read or written in its service worker;
 * a database the background has not created yet is created as its version 1 would be.
 */
function outletProfiles(h: Harness, add: object | null = null): Promise<Array<Record<string, unknown>>> {
  return h.browser.serviceWorker.evaluate(
    (profile) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('parallax-outlets', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('profiles', { keyPath: 'site' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('profiles', 'readwrite');
          if (profile) tx.objectStore('profiles').put(profile);
          const request = tx.objectStore('profiles').getAll();
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () => reject(tx.error);
        };
      }),
    add,
  ) as Promise<Array<Record<string, unknown>>>;
}

function settingsOf(h: Harness): Promise<Record<string, unknown>> {
  return h.browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return ((await chrome.storage.local.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
  });
}

async function optionsPage(h: Harness): Promise<Page> {
  const options = await h.browser.context.newPage();
  options.on('pageerror', (error) => pageErrors.push(error.message));
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html#privacy`);
  await options.getByRole('button', { name: 'Export library and settings' }).waitFor();
  return options;
}

const statusOf = (options: Page) => options.getByRole('region', { name: 'Export and import' }).getByRole('status');

async function chooseFile(options: Page, file: string | { name: string; buffer: Buffer }, mode: 'Merge' | 'Replace'): Promise<void> {
  await options.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Import a library file…' }).click()]);
  await chooser.setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' });
}

beforeAll(async () => {
  server = await startFixtureServer();
  first = await harness();
  await first.browser.serviceWorker.evaluate(async (settings) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set({ settings });
  }, SETTINGS);
  await outletProfiles(first, NOTED_OUTLET);
  for (const path of [LEDGER, HARBOUR]) {
    const page = await first.browser.context.newPage();
    await page.goto(server.url + path);
    await waitForHighlights(page);
    await waitForStored(first, page.url());
    await page.close();
  }
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.close();
});

describe('export', () => {
  test('the button downloads parallax-library-YYYY-MM-DD.json holding both articles and the settings, no index', async () => {
    const options = await optionsPage(first);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export library and settings' }).click()]);
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(download.suggestedFilename()).toBe(`parallax-library-${day}.json`);
    exportedPath = join(ARTIFACTS, 'exported-library.json');
    await download.saveAs(exportedPath);
    exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(exported).toMatchObject({ format: 'parallax-library', version: 2, settings: { mutedPhrases: ['sham vote'], highlightsOffSites: ['example.org'] } });
    const titles = exported.articles.map((a) => a['title']);
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('Voskov and Lin'), expect.stringContaining('Valdoria-Qiran ties')]));
    expect(Object.keys(exported.articles[0]!)).not.toContain('fingerprint');
    expect(Object.keys(exported.articles[0]!)).not.toContain('keys');
    // The outlet profiles travel with the library, the reader's note with them.
    expect((exported as unknown as { profiles: unknown[] }).profiles).toContainEqual(NOTED_OUTLET);
    await expect.poll(() => statusOf(options).textContent()).toBe(`Exported 2 articles and your settings to parallax-library-${day}.json.`);
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: join(ARTIFACTS, 'options-data.png'), fullPage: true });
    await options.close();
  });
});

describe('import into a fresh profile', () => {
  let options: Page;
  beforeAll(async () => {
    second = await harness();
    options = await optionsPage(second);
  });

  test('a file of another version is refused, saying so, and nothing changes', async () => {
    const before = await settingsOf(second);
    await chooseFile(options, { name: 'future.json', buffer: Buffer.from(JSON.stringify({ ...exported, version: 3 })) }, 'Merge');
    await expect.poll(() => statusOf(options).textContent()).toBe(
      'The file was not imported, nothing changed: its "version" is 3; this Parallax reads version 1 and 2 files',
    );
    expect(await options.getByRole('button', { name: 'Merge' }).count()).toBe(0);
    expect(await libraryOf(second)).toEqual([]);
    expect(await settingsOf(second)).toEqual(before);
  });

  test('a file with a hostile address is refused, naming the article and the field', async () => {
    const articles = exported.articles.map((a, i) => (i === 1 ? { ...a, url: 'javascript:alert(document.domain)' } : a));
    await chooseFile(options, { name: 'hostile.json', buffer: Buffer.from(JSON.stringify({ ...exported, articles })) }, 'Replace');
    await expect.poll(() => statusOf(options).textContent()).toBe(
      'The file was not imported, nothing changed: article 2 (javascript:alert(document.domain)): "url" must be an http or https address',
    );
    await options.locator('#px-transfer-heading').scrollIntoViewIfNeeded();
    await options.screenshot({ path: join(ARTIFACTS, 'options-data-refused.png') });
    expect(await libraryOf(second)).toEqual([]);
  });

  test('a file over 100 MB is refused before it is read', async () => {
    const huge = join(ARTIFACTS, 'huge-library.json');
    await writeFile(huge, '');
    await truncate(huge, 100_000_001); // sparse: takes no room on disk
    await chooseFile(options, huge, 'Merge');
    await expect.poll(() => statusOf(options).textContent()).toBe('The file was not imported, nothing changed: the file is 100 MB; files over 100 MB are not read.');
    await truncate(huge, 0);
  });

  test('a hostile outlet profile is refused, naming the profile and the field, and nothing changes', async () => {
    const profiles = [{ ...NOTED_OUTLET, policies: [{ kind: 'correctionsPolicy', url: 'javascript:alert(1)' }] }];
    await chooseFile(options, { name: 'hostile-profile.json', buffer: Buffer.from(JSON.stringify({ ...exported, profiles })) }, 'Replace');
    await expect.poll(() => statusOf(options).textContent()).toBe(
      'The file was not imported, nothing changed: outlet profile 1 (ledger.example): "policies": [0]: "url" must be an http(s) address',
    );
    expect(await libraryOf(second)).toEqual([]);
  });

  test('merging the exported file: the same library, the settings, and matches without a visit', async () => {
    await chooseFile(options, exportedPath, 'Merge');
    const confirm = options.getByRole('group', { name: 'Merge this file into your library?' });
    await expect.poll(() => confirm.textContent()).toContain('holds 2 articles and settings, exported');
    expect(await options.getByRole('button', { name: 'Merge', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await options.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => statusOf(options).textContent(), { timeout: 15_000 }).toBe(
      'Imported: 2 new articles, 0 articles updated. Your library holds 2 articles.',
    );
    const library = await libraryOf(second);
    expect(library.map((a) => a.title).sort()).toEqual(exported.articles.map((a) => a['title']).sort());
    expect(library.map((a) => a.url).sort()).toEqual(exported.articles.map((a) => a['url']).sort());
    // The index was rebuilt from the text.
    expect(library.every((a) => a.keys.length > 0)).toBe(true);
    expect(await settingsOf(second)).toMatchObject({ mutedPhrases: ['sham vote'], highlightsOffSites: ['example.org'] });
    expect(await outletProfiles(second)).toContainEqual(NOTED_OUTLET);

    // The library section lists them, with the count.
    await options.getByRole('link', { name: 'Library' }).click();
    await expect.poll(() => options.locator('.px-lib-summary').textContent(), { timeout: 10_000 }).toMatch(/^2 articles/);

    // Only the Ledger is visited in this profile: its popup lists the Harbour's imported account.
    const ledger = await second.browser.context.newPage();
    await ledger.goto(server.url + LEDGER);
    await waitForHighlights(ledger);
    const popup = await openPopupFor(second, ledger);
    await expect.poll(() => popup.locator('.px-account').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('.px-account a').getAttribute('href')).toBe(server.url + HARBOUR);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-after-import.png'), fullPage: true });
    await popup.close();
    await ledger.close();
  });

  test('replacing: the confirmation counts what is deleted; the library becomes the file’s', async () => {
    await options.getByRole('link', { name: 'Privacy & data' }).click();
    const one = { ...exported, articles: exported.articles.filter((a) => String(a['url']).endsWith(HARBOUR)) };
    await chooseFile(options, { name: 'one.json', buffer: Buffer.from(JSON.stringify(one)) }, 'Replace');
    const confirm = options.getByRole('group', { name: 'Replace your library with this file?' });
    await expect.poll(() => confirm.textContent()).toContain('This deletes 2 articles now in your library and replaces your settings.');
    await options.locator('#px-transfer-heading').scrollIntoViewIfNeeded();
    await options.screenshot({ path: join(ARTIFACTS, 'options-data-replace.png') });
    // Escape backs out and changes nothing.
    await options.keyboard.press('Escape');
    expect(await confirm.count()).toBe(0);
    expect(await options.getByRole('button', { name: 'Import a library file…' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await libraryOf(second)).toHaveLength(2);

    await chooseFile(options, { name: 'one.json', buffer: Buffer.from(JSON.stringify(one)) }, 'Replace');
    await options.getByRole('button', { name: 'Replace my library' }).click();
    await expect.poll(() => statusOf(options).textContent(), { timeout: 15_000 }).toBe('Imported: 1 new article, 0 articles updated. Your library holds 1 article.');
    expect((await libraryOf(second)).map((a) => a.url)).toEqual([server.url + HARBOUR]);
  });

  test('the storage used is shown against the quota, with a warning above 80%', async () => {
    expect(await options.locator('.px-storage-used').textContent()).toMatch(/^[\d.,]+ (bytes|KB|MB) used of [\d.,]+ (MB|GB) this browser allows Parallax \((under 1|\d+)%\)\.$/);
    expect(await options.locator('.px-warning').textContent()).toBe('');
    const full = await second.browser.context.newPage();
    await full.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'estimate', { value: () => Promise.resolve({ usage: 870_000_000, quota: 1_000_000_000 }) });
    });
    await full.setViewportSize({ width: 1100, height: 900 });
    await full.goto(`chrome-extension://${second.browser.extensionId}/options.html#privacy`);
    const warning = full.getByRole('alert').filter({ hasText: 'Storage is' });
    await expect.poll(() => warning.textContent()).toBe(
      'Storage is 87% full. When it runs out, Parallax can no longer keep new articles. Export your library first (below), then delete old articles in the Library section.',
    );
    expect(await full.locator('.px-storage-used').textContent()).toBe('870 MB used of 1 GB this browser allows Parallax (87%).');
    await full.locator('#px-storage-heading').scrollIntoViewIfNeeded();
    await full.screenshot({ path: join(ARTIFACTS, 'options-data-storage-warning.png') });
    await full.close();
  });

  test('the pages saw no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
