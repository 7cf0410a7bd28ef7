/**
 * `npm start`: builds the Chrome extension, serves the demo site and opens it in a Chromium
 * window with Parallax loaded. Stops when the window is closed or on Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { launchWithExtension, type LaunchedBrowser } from './launch-browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');
const PREFERRED_PORT = 4173;

const NO_DISPLAY = `npm start opens a browser window, but there is no display here (DISPLAY and WAYLAND_DISPLAY are unset).

Run it where a display is available, or:
  - under a virtual display:   xvfb-run -a npm start
  - or by hand:                npx wxt build
                               npx tsx scripts/fixture-server.ts 4173
                               then in Chromium open chrome://extensions, turn on Developer mode,
                               "Load unpacked" → .output/chrome-mv3, and visit http://127.0.0.1:4173/
  - for automated checks in a headless browser: npm run test:e2e
`;

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function buildExtension(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`wxt build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

// The demo index lives at a fixed address when it can, so a bookmark keeps working.
async function startServer(): Promise<FixtureServer> {
  try {
    return await startFixtureServer({ port: PREFERRED_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startFixtureServer({ port: 0 });
  }
}

async function main(): Promise<number> {
  // Check before building or starting anything, so a failed start leaves nothing running.
  if (!hasDisplay()) {
    console.error(NO_DISPLAY);
    return 1;
  }
  await buildExtension();

  const server = await startServer();
  let browser: LaunchedBrowser;
  try {
    browser = await launchWithExtension({
      extensionPath: EXTENSION,
      headless: false,
      handleSignals: false,
      // --test-type hides the "unsupported command-line flag" bar that our isolation flags trigger.
      args: ['--ozone-platform-hint=auto', '--test-type'],
    });
  } catch (error) {
    await server.close();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= Promise.all([browser.close(), server.close()]).then(() => {}));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => void stop().then(() => process.exit(0)));
  }
  try {
    const closed = new Promise<void>((done) => browser.context.once('close', () => done()));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.url}/`);
    console.log(`\nParallax ${browser.extensionId} is loaded. Demo site: ${server.url}/`);
    console.log('Choose on the welcome tab whether Parallax reads articles by itself, or click its toolbar button on an article.');
    console.log('Close the browser window or press Ctrl+C to stop.');
    await closed;
  } finally {
    await stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
