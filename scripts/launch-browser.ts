/**
 * Launches Debian's Chromium with an unpacked extension loaded, for end-to-end tests and
 * `npm start`. Extensions need a persistent context; the MV3 service worker's URL
 * (chrome-extension://<id>/background.js) tells us the extension id.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export interface LaunchOptions {
  /** Folder of the unpacked build, e.g. `.output/chrome-mv3`. */
  extensionPath: string;
  /**
   * Run without a window. Chromium's new headless mode (the only one since Chromium 132)
   * loads extensions, so tests need no display.
   * @default true
   */
  headless?: boolean;
  /** Profile folder to use; a fresh temporary one (removed on close) when omitted. */
  userDataDir?: string;
  /** @default '/usr/bin/chromium' (Debian's build; never a downloaded browser) */
  executablePath?: string;
  /** Time to wait for the extension's service worker, in ms. @default 15000 */
  timeout?: number;
  /**
   * Let scripts click the toolbar button (scripts/browser-controls.ts): opens the DevTools
   * protocol on a local port with its Extensions domain. @default false
   */
  toolbarControl?: boolean;
  /** Extra Chromium switches, after ours. @default [] */
  args?: string[];
  /**
   * Let Playwright close the browser on SIGINT/SIGTERM/SIGHUP (it then exits the process
   * with code 130). Pass false when the caller handles signals itself.
   * @default true
   */
  handleSignals?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The profile folder (temporary unless one was given). */
  userDataDir: string;
  extensionId: string;
  serviceWorker: Worker;
  /** Closes the browser and removes the temporary profile, if we made one. Idempotent. */
  close(): Promise<void>;
}

const EXTENSION_URL = /^chrome-extension:\/\/([a-p]{32})\//;

export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const extensionPath = resolve(options.extensionPath);
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'parallax-chromium-')));
  const args = [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    // Nothing leaves the machine: every host but the fixture server fails to resolve.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-quic',
    '--disable-gpu',
  ];
  if (options.toolbarControl) args.push('--enable-unsafe-extension-debugging', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0');
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(...(options.args ?? []));

  // Whatever ends the process (a signal, an uncaught error), the temporary profile goes too.
  const removeProfileNow = (): void => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  if (ownProfile) process.once('exit', removeProfileNow);
  const handleSignals = options.handleSignals ?? true;

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath ?? '/usr/bin/chromium',
      headless: options.headless ?? true,
      handleSIGINT: handleSignals,
      handleSIGTERM: handleSignals,
      handleSIGHUP: handleSignals,
      args,
      // Playwright adds --disable-extensions by default, which would defeat the point.
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: options.headless === false ? null : { width: 1280, height: 900 },
    });
  } catch (error) {
    if (ownProfile) {
      process.off('exit', removeProfileNow);
      await rm(userDataDir, { recursive: true, force: true });
    }
    throw error;
  }

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      await context.close().catch(() => {});
      if (ownProfile) {
        process.off('exit', removeProfileNow);
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    })());

  try {
    const serviceWorker =
      context.serviceWorkers().find((w) => EXTENSION_URL.test(w.url())) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => EXTENSION_URL.test(w.url()),
        timeout: options.timeout ?? 15_000,
      }));
    const extensionId = EXTENSION_URL.exec(serviceWorker.url())?.[1];
    if (!extensionId) throw new Error(`Unexpected service worker URL: ${serviceWorker.url()}`);
    return { context, userDataDir, extensionId, serviceWorker, close };
  } catch (error) {
    await close();
    throw new Error(`The extension at ${extensionPath} did not start a service worker`, { cause: error });
  }
}
