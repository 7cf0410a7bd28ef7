import type { BrowserContext, Page } from 'playwright-core';

/**
 * A Chromium trace of one page's renderer, to tell Parallax's work from everything else
 * on the page's main thread. Each task comes with its wall time and its thread time: the
 * CPU the main thread itself spent, which other processes on a busy machine do not
 * stretch (a 30 ms task that waits behind them for 500 ms is still 30 ms of work).
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; message?: string } };
}

export interface Trace {
  events: TraceEvent[];
  /** Add to a page's `performance.now()` to get trace time, in ms. */
  pageClockOffset: number;
  /** The page's main thread: where its clock mark was made. */
  mainThread: { pid: number; tid: number };
}

export interface MainThreadTask {
  /** On the page's clock (`performance.now()`), ms. */
  start: number;
  wallMs: number;
  cpuMs: number;
  /** The task ran a script of the extension (its content script's start-up). */
  runsExtensionScript: boolean;
}

// RunTask (with thread time) and EvaluateScript (with the script's URL): enough, and a
// small trace; 'v8' alone filled the buffer on a slow first page and lost tasks.
const CATEGORIES = ['__metadata', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];
const BUFFER_KB = 256 * 1024;
const CLOCK_MARK = 'parallax-test-clock';

/** Traces `page` while `during` runs, and lines the trace's clock up with the page's. */
export async function tracePage<T>(context: BrowserContext, page: Page, during: () => Promise<T>): Promise<{ trace: Trace; result: T }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are Chromium's trace event format.
  cdp.on('Tracing.dataCollected', (batch) => events.push(...(batch.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible', traceBufferSizeInKb: BUFFER_KB },
  });
  const result = await during();
  const pageNow = await page.evaluate((mark) => {
    console.timeStamp(mark);
    return performance.now();
  }, CLOCK_MARK);
  const complete = new Promise<boolean>((resolve) => cdp.once('Tracing.tracingComplete', (end) => resolve(end.dataLossOccurred)));
  await cdp.send('Tracing.end');
  const lostData = await complete;
  await cdp.detach();
  if (lostData) throw new Error(`the trace lost events (buffer of ${BUFFER_KB} kB full): its tasks would be incomplete`);
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === CLOCK_MARK);
  if (!mark) throw new Error('the trace has no clock mark: cannot line it up with the page');
  return { trace: { events, pageClockOffset: mark.ts / 1000 - pageNow, mainThread: { pid: mark.pid, tid: mark.tid } }, result };
}

/**
 * The top-level tasks of the main thread that ran the extension's content script, which
 * is the page's renderer main thread. Throws when the content script never ran there.
 */
export function pageMainThreadTasks(trace: Trace, extensionId: string): MainThreadTask[] {
  const ours = (e: TraceEvent): boolean => (e.args?.data?.url ?? '').startsWith(`chrome-extension://${extensionId}/`);
  const start = trace.events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && ours(e));
  if (!start) throw new Error('the trace shows no script of the extension evaluated on the page');
  const onThread = trace.events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur !== undefined);
  return onThread
    .filter((e) => e.name === 'RunTask')
    .map((task) => ({
      start: task.ts / 1000 - trace.pageClockOffset,
      wallMs: task.dur! / 1000,
      cpuMs: (task.tdur ?? task.dur!) / 1000,
      runsExtensionScript: onThread.some((e) => ours(e) && e.ts >= task.ts && e.ts < task.ts + task.dur!),
    }));
}

/**
 * Every top-level task of the page's own main thread, found by its clock mark: for a page
 * of the extension (the welcome page), whose tasks are all Parallax's, whether or not a
 * script was evaluated while the trace ran.
 */
export function ownPageTasks(trace: Trace): MainThreadTask[] {
  const { pid, tid } = trace.mainThread;
  return trace.events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .map((task) => ({ start: task.ts / 1000 - trace.pageClockOffset, wallMs: task.dur! / 1000, cpuMs: (task.tdur ?? task.dur!) / 1000, runsExtensionScript: false }));
}
