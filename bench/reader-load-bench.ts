/**
 * What the split into a detector and a reader costs and saves, in Debian's Chromium with
 * the built extension (`npx wxt build` first). Host access is granted but automatic
 * reading stays off, so nothing runs in a page until the bench injects it from the
 * service worker, timed from the injection until the page's state is final
 * (page:get-state says "article" or "not-news"), on a fresh load of the page each time:
 *  - candidate: the detector alone, as Parallax ships; on an article it asks the
 *    background for the reader, which is injected into its frame;
 *  - baseline: the reader and the detector in one injection, both parsed up front with no
 *    round trip: the shape of the single script Parallax had before.
 * Runs alternate between the two so a busy machine weighs on both alike. Also the
 * scripts' sizes, raw and gzipped, against the two put together.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { grantHostAccess } from '../scripts/browser-controls';
import { startFixtureServer } from '../scripts/fixture-server';
import { launchWithExtension, type LaunchedBrowser } from '../scripts/launch-browser';
import type { BenchRow } from './harness';
import { row } from './harness';
import { median } from './quantiles';
import { builtScriptSizes, CHROME_BUILD, DETECTOR_BUDGET_GZIP, DETECTOR_FILE, READER_FILE } from './script-sizes';

const SUITE = 'scripts';
const CHROMIUM = '/usr/bin/chromium';
const RUNS = 12;
const PAGES = {
  article: '/outlet-one/world/voskov-lin-temirsk-talks.html',
  'not news': '/wiki/meridian-cooperation-organization.html',
} as const;

/** Injects `files` into the tab and waits for a final state; milliseconds, measured in the service worker. */
const injectAndWait = async ({ tabId, files }: { tabId: number; files: string[] }): Promise<number> => {
  const { chrome } = globalThis as unknown as {
    chrome: {
      scripting: { executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown> };
      tabs: { sendMessage(tabId: number, message: unknown): Promise<{ status?: string } | undefined> };
    };
  };
  const start = performance.now();
  await chrome.scripting.executeScript({ target: { tabId }, files });
  for (;;) {
    const state = await chrome.tabs.sendMessage(tabId, { type: 'page:get-state' }).catch(() => undefined);
    if (state?.status && state.status !== 'working') return performance.now() - start;
    if (performance.now() - start > 20_000) throw new Error(`no final state after 20 s (${files.join(', ')})`);
    await new Promise((r) => setTimeout(r, 2));
  }
};

/**
 * Host access without automatic reading: allowed beforehand in the browser's settings, then
 * requested from Parallax's welcome page as a reader's click would (a user gesture over the
 * DevTools protocol); the reading choice is left at "only when you click".
 */
async function allowHostAccess(browser: LaunchedBrowser): Promise<void> {
  const origins = ['http://*/*', 'https://*/*'];
  await grantHostAccess(browser.context, browser.extensionId, origins);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/onboarding.html`);
  const session = await browser.context.newCDPSession(page);
  const answer = await session.send('Runtime.evaluate', {
    expression: `chrome.permissions.request({ origins: ${JSON.stringify(origins)} })`,
    userGesture: true,
    awaitPromise: true,
    returnByValue: true,
  });
  if (answer.result.value !== true) throw new Error('host access was not granted');
  await page.close();
}

async function loadTimes(): Promise<Record<keyof typeof PAGES, { split: number[]; single: number[] }>> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ extensionPath: resolve(CHROME_BUILD) });
  try {
    await allowHostAccess(browser);
    const page = await browser.context.newPage();
    await page.goto(server.url + PAGES.article);
    // The fixture server's one tab (the onboarding page opened on install is another): host access shows its address.
    const tabId = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
      return (await chrome.tabs.query({ url: 'http://127.0.0.1/*' }))[0]?.id ?? -1;
    });
    const times = { article: { split: [] as number[], single: [] as number[] }, 'not news': { split: [] as number[], single: [] as number[] } };
    for (let i = 0; i < RUNS + 1; i++) {
      for (const [kind, path] of Object.entries(PAGES) as Array<[keyof typeof PAGES, string]>) {
        for (const variant of i % 2 === 0 ? (['split', 'single'] as const) : (['single', 'split'] as const)) {
          await page.goto(server.url + path, { waitUntil: 'load' });
          const files = variant === 'split' ? [`/${DETECTOR_FILE}`] : [`/${READER_FILE}`, `/${DETECTOR_FILE}`];
          const ms = await browser.serviceWorker.evaluate(injectAndWait, { tabId, files });
          if (i > 0) times[kind][variant].push(ms); // the first round warms the caches
        }
      }
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function runReaderLoadBench(): Promise<BenchRow[]> {
  const sizes = builtScriptSizes();
  if (!sizes) {
    process.stderr.write(`scripts: skipped, no build in ${CHROME_BUILD} (npx wxt build)\n`);
    return [];
  }
  const kB = (n: number) => (n / 1000).toFixed(1);
  const sizeRow: BenchRow = {
    ...row(SUITE, 'detector gzipped, parsed on every page', 'detector and reader as one script', { medianMs: sizes.combined.gzip / 1000, runs: 1 }, { medianMs: sizes.detector.gzip / 1000, runs: 1 }, undefined, {
      detectorRawKB: kB(sizes.detector.raw),
      detectorGzipKB: kB(sizes.detector.gzip),
      budgetGzipKB: kB(DETECTOR_BUDGET_GZIP),
      readerRawKB: kB(sizes.reader.raw),
      readerGzipKB: kB(sizes.reader.gzip),
      oneScriptRawKB: kB(sizes.combined.raw),
      oneScriptGzipKB: kB(sizes.combined.gzip),
    }),
    unit: 'kB',
  };
  const rows: BenchRow[] = [sizeRow];
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`scripts: load times skipped, no Chromium at ${CHROMIUM}\n`);
    return rows;
  }
  const times = await loadTimes();
  for (const kind of Object.keys(PAGES) as Array<keyof typeof PAGES>) {
    const { split, single } = times[kind];
    const note = kind === 'article' ? 'detector, then the reader it asks for' : 'detector alone';
    rows.push(
      row(SUITE, `${kind} page, injection to final state: ${note} (Chromium, ${split.length} fresh loads)`, 'reader and detector in one injection (the single script before)', { medianMs: median(single), runs: single.length }, { medianMs: median(split), runs: split.length }),
    );
  }
  return rows;
}
