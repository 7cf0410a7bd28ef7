/**
 * Launches Debian's Firefox ESR with an unpacked extension installed as a temporary
 * add-on, for end-to-end tests. Puppeteer drives Firefox over WebDriver BiDi, which
 * Firefox speaks itself (no driver to download), and installs the extension with BiDi's
 * `webExtension.install`.
 *
 * Two things work differently from Chromium (scripts/launch-browser.ts):
 * - Without system access WebDriver may only send a tab to http(s), file, blob and
 *   about:blank, never to moz-extension://. An extension page that is already open opens
 *   the others (`tabs.create`); for Parallax the first is the onboarding page it opens on install.
 * - Puppeteer hears of no navigation inside the extension's process, so `page.url()` of an
 *   extension page stays "about:blank": extension pages are found by asking each tab where it is.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export interface FirefoxLaunchOptions {
  /** Folder of the unpacked build, e.g. `.output/firefox-mv2`. */
  extensionPath: string;
  /** Run without a window. @default true */
  headless?: boolean;
  /** @default '/usr/bin/firefox-esr' (Debian's build; never a downloaded browser) */
  executablePath?: string;
  /** Extra Firefox preferences, after ours. @default {} */
  prefs?: Record<string, unknown>;
  /**
   * Let Puppeteer close Firefox on SIGINT/SIGTERM/SIGHUP. Pass false when the caller
   * handles signals itself. @default true
   */
  handleSignals?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The temporary profile folder, removed on close. */
  userDataDir: string;
  /** The add-on id from the manifest (`browser_specific_settings.gecko.id`). */
  extensionId: string;
  /** `moz-extension://<uuid>`, without a trailing slash; the UUID is fixed before launch. */
  extensionOrigin: string;
  /** The tab showing the extension page at `path` (e.g. `onboarding.html`), once one does. */
  extensionPage(path: string, timeout?: number): Promise<Page>;
  /** Opens the extension page at `path` in a new tab or window, through an extension page already open. */
  openExtensionPage(path: string, options?: OpenOptions): Promise<Page>;
  /** Closes Firefox and removes the profile. Idempotent. */
  close(): Promise<void>;
}

interface TabsGlobal {
  browser: {
    tabs: { create(details: { url: string }): Promise<unknown> };
    windows: { create(details: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
  };
}

export interface OpenOptions {
  /**
   * Open the page in a window of its own, the size of a toolbar popup, so the tab that was
   * in front stays in front: a hidden tab's timers are throttled to one a second.
   * @default undefined (a new tab in the current window)
   */
  popupWindow?: { width: number; height: number };
}

/** Port 9 (discard): nothing listens there, so a proxied request fails at once. */
const DEAD_PROXY = { host: '127.0.0.1', port: 9 };

function firefoxPrefs(extensionId: string, uuid: string): Record<string, unknown> {
  return {
    // The extension's moz-extension:// host is otherwise a fresh random UUID per profile.
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
    // permissions.request still needs a click on the page (Firefox checks it before any
    // prompt); the doorhanger that would follow is one WebDriver cannot answer, so the
    // browser grants what the click asked for, as after a reader's "Allow".
    'extensions.webextOptionalPermissionPrompts': false,
    // Nothing leaves the machine: every request goes to a proxy that is not there, except
    // to 127.0.0.1, which Firefox never proxies (network.proxy.allow_hijacking_localhost).
    'network.proxy.type': 1,
    'network.proxy.http': DEAD_PROXY.host,
    'network.proxy.http_port': DEAD_PROXY.port,
    'network.proxy.ssl': DEAD_PROXY.host,
    'network.proxy.ssl_port': DEAD_PROXY.port,
    'network.proxy.allow_hijacking_localhost': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
}

function manifestId(extensionPath: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json names no browser_specific_settings.gecko.id`);
  return id;
}

/** Where a tab is, or '' if it cannot say (closing, or between documents). */
function locationOf(page: Page): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolveTimeout) => (timer = setTimeout(() => resolveTimeout(''), 2_000)));
  return Promise.race([page.evaluate(() => location.href).catch(() => ''), timeout]).finally(() => clearTimeout(timer));
}

async function findPage(browser: Browser, test: (url: string) => boolean, skip: ReadonlySet<Page> = new Set()): Promise<Page | undefined> {
  for (const page of await browser.pages()) {
    if (!skip.has(page) && !page.isClosed() && test(await locationOf(page))) return page;
  }
  return undefined;
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<LaunchedFirefox> {
  const extensionPath = resolve(options.extensionPath);
  const extensionId = manifestId(extensionPath);
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const headless = options.headless ?? true;
  const userDataDir = await mkdtemp(join(tmpdir(), 'parallax-firefox-'));
  // Whatever ends the process (a signal, an uncaught error), the temporary profile goes too.
  const removeProfileNow = (): void => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  process.once('exit', removeProfileNow);
  const handleSignals = options.handleSignals ?? true;

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? '/usr/bin/firefox-esr',
      headless,
      userDataDir,
      extraPrefsFirefox: { ...firefoxPrefs(extensionId, uuid), ...options.prefs },
      defaultViewport: headless ? { width: 1280, height: 900 } : null,
      handleSIGINT: handleSignals,
      handleSIGTERM: handleSignals,
      handleSIGHUP: handleSignals,
    });
  } catch (error) {
    process.off('exit', removeProfileNow);
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      await browser.close().catch(() => {});
      process.off('exit', removeProfileNow);
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    })());

  const extensionPage = async (path: string, timeout = 10_000, skip?: ReadonlySet<Page>): Promise<Page> => {
    const url = `${extensionOrigin}/${path}`;
    const deadline = Date.now() + timeout;
    for (;;) {
      const page = await findPage(browser, (location) => location === url, skip);
      if (page) return page;
      if (Date.now() > deadline) throw new Error(`no tab shows ${url}`);
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    }
  };

  const openExtensionPage = async (path: string, open: OpenOptions = {}): Promise<Page> => {
    const opener = await findPage(browser, (location) => location.startsWith(`${extensionOrigin}/`));
    if (!opener) throw new Error('no extension page is open to open another from');
    // Tabs already showing the same page are not the new one.
    const before = new Set(await browser.pages());
    await opener.evaluate(
      (url, size) => {
        const api = (globalThis as unknown as TabsGlobal).browser;
        return size ? api.windows.create({ url, type: 'popup', ...size }) : api.tabs.create({ url });
      },
      `${extensionOrigin}/${path}`,
      open.popupWindow ?? null,
    );
    return extensionPage(path, 10_000, before);
  };

  try {
    const installed = await browser.installExtension(extensionPath);
    if (installed !== extensionId) throw new Error(`installed as ${installed}, not ${extensionId}`);
  } catch (error) {
    await close();
    throw new Error(`Firefox did not install the extension at ${extensionPath}`, { cause: error });
  }
  return {
    browser,
    userDataDir,
    extensionId,
    extensionOrigin,
    extensionPage: (path, timeout) => extensionPage(path, timeout),
    openExtensionPage,
    close,
  };
}
