/**
 * What a reader does in Chromium's own interface, done from a script: allow or withdraw
 * Parallax's host access (the "Site access" control of chrome://extensions, reached
 * through that page's private API) and click the toolbar button (DevTools protocol).
 * Playwright cannot answer the browser's permission prompt, so a test allows the access
 * here first; `permissions.request` then resolves at once, as after a reader's "Allow".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
  removeHostPermission(extensionId: string, host: string): Promise<void>;
}

async function onExtensionsPage<T>(context: BrowserContext, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    return await run(page);
  } finally {
    await page.close();
  }
}

/** Allows host access for each match pattern, as the reader would in the site-access settings. */
export function grantHostAccess(context: BrowserContext, extensionId: string, patterns: readonly string[]): Promise<void> {
  return onExtensionsPage(context, (page) =>
    page.evaluate(
      async ({ id, hosts }) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        for (const host of hosts) await api.addHostPermission(id, host);
      },
      { id: extensionId, hosts: [...patterns] },
    ),
  );
}

/** Withdraws host access for each match pattern, as the reader would in the browser's settings. */
export function withdrawHostAccess(context: BrowserContext, extensionId: string, patterns: readonly string[]): Promise<void> {
  return onExtensionsPage(context, (page) =>
    page.evaluate(
      async ({ id, hosts }) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        for (const host of hosts) await api.removeHostPermission(id, host);
      },
      { id: extensionId, hosts: [...patterns] },
    ),
  );
}

/**
 * Clicks the extension's toolbar button on the tab showing `url`, which opens the popup
 * and lends the extension that tab (`activeTab`). Needs a browser launched with
 * `toolbarControl: true` (the DevTools protocol's Extensions domain on a local port).
 */
export async function clickToolbarButton(userDataDir: string, extensionId: string, url: string): Promise<void> {
  const [port] = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: Array<{ targetId: string; url: string }>;
    };
    const tab = targetInfos.find((target) => target.url === url);
    if (!tab) throw new Error(`no tab shows ${url}`);
    await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  } finally {
    // Disconnects this second client only; the browser stays with its launcher.
    await browser.close();
  }
}
