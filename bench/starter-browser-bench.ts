/**
 * The first check of the whole starter set as a reader meets it: the test build
 * (`npm run build:test`) in Debian's Chromium, the fixture world on 127.0.0.1 (forty
 * outlets: one slow by SLOW_MS on every answer, one that drops the connection, one whose
 * feed is a web page, one whose feed redirects off the allowed sites), full articles off.
 * Every outlet is ticked on the welcome page and "Allow and follow" clicked (access
 * allowed beforehand in the browser's settings: a script cannot answer the prompt);
 * timed from the click until the page says the check is over. Baseline: the same check
 * by the background's code in Node (bench/starter-bench.ts), in this process, so the
 * ratio is what the browser (its service worker, storage, network and the page's
 * polling) adds. The welcome page is traced meanwhile: its longest task, by the main
 * thread's CPU time and by wall time.
 */
import { grantHostAccess } from '../scripts/browser-controls';
import { launchWithExtension } from '../scripts/launch-browser';
import { startStarterWorld } from '../scripts/starter-world';
import { ownPageTasks, tracePage } from '../tests/e2e/page-trace';
import { requireTestBuild, TEST_BUILD_CHROME } from '../tests/e2e/test-build';
import { runStarterBench } from './starter-bench';
import type { BenchRow } from './harness';

const GOAL_MS = 60_000;
const LONG_TASK_MS = 50;

export async function runStarterBrowserBench(): Promise<BenchRow[]> {
  requireTestBuild(TEST_BUILD_CHROME);
  const [node] = await runStarterBench();
  const world = await startStarterWorld();
  const browser = await launchWithExtension({
    extensionPath: TEST_BUILD_CHROME,
    args: [`--host-resolver-rules=MAP *.parallax.test 127.0.0.1:${world.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`],
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/onboarding.html`);
    const boxes = page.locator('.px-starter-outlet input[type="checkbox"]');
    const count = await boxes.count();
    for (let i = 0; i < count; i++) await boxes.nth(i).check();
    const sites = await page.locator('.px-starter-site-list li').allTextContents();
    await grantHostAccess(browser.context, browser.extensionId, sites.map((host) => `http://${host}/*`));
    const { trace, result: ms } = await tracePage(browser.context, page, async () => {
      const begin = performance.now();
      await page.getByRole('button', { name: `Allow and follow ${count} outlets` }).click();
      await page.locator('.px-starter-progress[data-finished="true"]').waitFor({ timeout: 5 * GOAL_MS });
      return performance.now() - begin;
    });
    const line = (await page.locator('.px-starter-progress-line').textContent()) ?? '';
    const tasks = ownPageTasks(trace);
    const longest = (key: 'cpuMs' | 'wallMs') => Math.max(0, ...tasks.map((t) => t[key]));
    return [
      {
        suite: 'starter-browser',
        name: `first check of ${count} outlets in Chromium (full articles off), click to "done" on the welcome page`,
        baseline: 'the same check by the background code in Node, this process',
        baselineMs: node!.candidateMs,
        candidateMs: ms,
        ratio: ms / node!.candidateMs,
        goal: `< ${GOAL_MS / 1000} s`,
        pass: ms < GOAL_MS,
        extra: {
          progress: JSON.stringify(line),
          welcomeTasks: tasks.length,
          // What rendering the progress costs the page in all: the sum of its tasks' CPU time.
          welcomeCpuMs: tasks.reduce((sum, t) => sum + t.cpuMs, 0).toFixed(0),
          longestTaskCpuMs: longest('cpuMs').toFixed(1),
          longestTaskWallMs: longest('wallMs').toFixed(1),
          tasksOver50msCpu: tasks.filter((t) => t.cpuMs >= LONG_TASK_MS).length,
          tasksOver50msWall: tasks.filter((t) => t.wallMs >= LONG_TASK_MS).length,
        },
      },
    ];
  } finally {
    await browser.close();
    await world.close();
  }
}
