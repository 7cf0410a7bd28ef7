/**
 * `npm run bench -- detection-browser`: the not-news decision's cost where readers pay it,
 * in Debian's Chromium. A fixed sample of detection-dev's dev part (as many news as not-news
 * pages, the first by a hash of their ids) is served on 127.0.0.1 from memory, never
 * written out, with the page's own scripts refused (a Content-Security-Policy) and every
 * other host unreachable; detection-browser-page.ts, bundled with esbuild and added before
 * the page parses, times the detector on the live document against `Readability.parse` on
 * a clone of it. The same pages are judged in Node (parse5 and linkedom, as the CLI and
 * eval:detect read them) in the same run: the answers must agree, and the Node times are
 * printed beside the browser's. Skips cleanly without the corpus or Chromium.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseDocument } from '../cli/parse-document';
import { detectPage } from '../dom/pipeline/detect-page';
import { fnv1a, partOf, readJsonlCorpus, type JsonlPage } from '../scripts/corpus-split';
import { measure, row, type BenchRow } from './harness';
import { bundleForPage } from './page-bundle';
import { quantile } from './quantiles';
import type { PageTiming } from './detection-browser-page';

const SUITE = 'detection-browser';
const CHROMIUM = '/usr/bin/chromium';
/** Pages of each label in the sample. */
const PER_LABEL = 40;
/** Timed runs of each page in the tab (after one warm-up). */
const RUNS = 7;

/** The sample: dev-part pages only, the same ones every run. */
export function detectionSample(pages: readonly JsonlPage[], perLabel = PER_LABEL): JsonlPage[] {
  const pick = (label: JsonlPage['label']) =>
    pages
      .filter((p) => p.label === label && partOf(p) === 'dev')
      .sort((a, b) => fnv1a(a.id) - fnv1a(b.id) || (a.id < b.id ? -1 : 1))
      .slice(0, perLabel);
  return [...pick('NEWS'), ...pick('NOT_NEWS')];
}

async function bundle(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-detection-bench-'));
  try {
    const outfile = join(dir, 'bench.js');
    await bundleForPage(join(import.meta.dirname, 'detection-browser-page.ts'), 'parallaxDetectionBench', outfile);
    // Init scripts run wrapped in a function: the global is set by hand.
    return `${await readFile(outfile, 'utf8')}\nglobalThis.parallaxDetectionBench = parallaxDetectionBench;\n`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Serves each page at /<index>; its scripts refused, cross-origin isolated so the page's clock is fine-grained. */
async function serve(pages: readonly JsonlPage[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const page = pages[Number((req.url ?? '').slice(1))];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "script-src 'none'",
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Timed {
  page: JsonlPage;
  browser: PageTiming;
  node: { isNews: boolean; score: number; detectMs: number };
}

async function timeInChromium(pages: readonly JsonlPage[]): Promise<Array<PageTiming | null>> {
  const script = await bundle();
  const { server, url } = await serve(pages);
  const profile = await mkdtemp(join(tmpdir(), 'parallax-detection-profile-'));
  const args = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-gpu'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  try {
    // Added before the page's own markup is parsed, and outside its Content-Security-Policy.
    await context.addInitScript({ content: script });
    const tab = context.pages()[0] ?? (await context.newPage());
    const timings: Array<PageTiming | null> = [];
    for (const [i, page] of pages.entries()) {
      await tab.goto(`${url}/${i}`, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
      // A string, not a function: tsx's helpers (__name) would not exist in the page.
      const timing = (await tab.evaluate(`parallaxDetectionBench.timePage(${JSON.stringify(page.url)}, ${RUNS})`).catch((error: unknown) => {
        process.stderr.write(`  ${page.id}: ${String(error).split('\n')[0]}\n`);
        return null;
      })) as PageTiming | null;
      timings.push(timing);
    }
    return timings;
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

function timingRow(name: string, timed: readonly Timed[], goal?: { max: number; text: string }): BenchRow {
  const sum = (f: (t: Timed) => number) => timed.reduce((s, t) => s + f(t), 0);
  const detect = timed.map((t) => t.browser.detectMs);
  const node = timed.map((t) => t.node.detectMs);
  const fixed = (x: number) => Number(x.toFixed(3));
  return row(SUITE, `${name}, ${timed.length} pages (Chromium)`, 'Readability.parse on a clone, same page', { medianMs: sum((t) => t.browser.readabilityMs), runs: timed.length }, { medianMs: sum((t) => t.browser.detectMs), runs: timed.length }, goal, {
    'median ms per page': fixed(quantile(detect, 0.5)),
    'p95 ms per page': fixed(quantile(detect, 0.95)),
    'Readability median ms': fixed(quantile(timed.map((t) => t.browser.readabilityMs), 0.5)),
    'Node median ms': fixed(quantile(node, 0.5)),
    'Node p95 ms': fixed(quantile(node, 0.95)),
  });
}

export async function runDetectionBrowserBench(): Promise<BenchRow[]> {
  const corpus = readJsonlCorpus('detection-dev');
  if (!corpus) {
    process.stderr.write('detection-browser: skipped, no detection-dev in the shared folder\n');
    return [];
  }
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`detection-browser: skipped, no Chromium at ${CHROMIUM}\n`);
    return [];
  }
  const loadBefore = loadavg()[0] ?? 0;
  const pages = detectionSample(corpus);
  const inBrowser = await timeInChromium(pages);
  const timed: Timed[] = [];
  let disagreements = 0;
  let failed = 0;
  for (const [i, page] of pages.entries()) {
    const browser = inBrowser[i];
    if (!browser) {
      failed++;
      continue;
    }
    const doc = parseDocument(page.html);
    const verdict = detectPage(doc, page.url).verdict;
    const detectMs = measure(() => detectPage(doc, page.url), { minMs: 50, minRuns: 3 }).medianMs;
    if (verdict.isNews !== browser.isNews || verdict.score !== browser.score) {
      disagreements++;
      process.stderr.write(`  ${page.id}: Node ${verdict.isNews} ${verdict.score}, Chromium ${browser.isNews} ${browser.score}\n`);
    }
    timed.push({ page, browser, node: { isNews: verdict.isNews, score: verdict.score, detectMs } });
  }
  const load = `${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`;
  const notNews = timed.filter((t) => !t.browser.isNews);
  const rows = [
    timingRow('the not-news decision (detectPage) on pages it judges not news', notNews),
    timingRow('detectPage on every sampled page (news and not)', timed),
  ];
  for (const r of rows) Object.assign(r.extra ?? {}, { 'answers differing from Node': disagreements, 'pages not loaded': failed, 'load (1 min)': load });
  return rows;
}
