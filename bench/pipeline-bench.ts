import { Readability } from '@mozilla/readability';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from '../cli/parse-document';
import { analyzeDocument } from '../dom/pipeline/analyze-document';
import { detectPage } from '../dom/pipeline/detect-page';
import { readabilityTestPages } from '../scripts/corpus';
import { measure, row, type BenchRow } from './harness';

/** Our own news / not-news labels for the measuring corpus (Readability's regression pages). */
const LABELS = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../tests/corpus-truth/readability-pages-labels.json'), 'utf8'),
) as Record<string, { label: 'news' | 'not-news' | 'synthetic'; url: string | null }>;

interface Page {
  name: string;
  url: string;
  doc: Document;
}

/**
 * The content script's cost, in the same process and on the same pages: on pages that
 * are not articles (detection alone, which is all the content script does there) and on
 * articles (the page pipeline: detect, extract, clean, flag, kind of piece), each against
 * `Readability.parse` alone.
 */
export async function runPipelineBench(): Promise<BenchRow[]> {
  const news = labelled('news');
  // The page pipeline itself (dom/pipeline/), as the content script runs it but without its
  // pauses: what is measured here is what a page runs.
  const wholePipeline = (p: Page) => () => analyzeDocument(p.doc, p.url, { mapToLive: true });
  return [
    detectionRow(),
    sumRow('article pages', news, readabilityAlone, wholePipeline, 'the page pipeline: detect + extract + clean + flag + kind of piece', { max: 1.3, text: '<= 1.3' }),
  ];
}

/** `npm run bench -- detection`: the not-news row alone, for runs repeated on a busy machine. */
export async function runDetectionBench(): Promise<BenchRow[]> {
  return [detectionRow()];
}

/** The content script's cost on pages it leaves alone: real non-news pages it judges so, and our fixtures. */
function detectionRow(): BenchRow {
  const others: Page[] = [...labelled('not-news'), ...fixturePages()].filter((p) => !detect(p).isNews);
  return sumRow('non-article pages', others, readabilityAlone, (p: Page) => () => detect(p), 'detection only (Readability never runs)');
}

function labelled(label: string): Page[] {
  return readabilityTestPages()
    .filter((p) => LABELS[p.slug]?.label === label)
    .map((p) => ({ name: p.slug, url: LABELS[p.slug]?.url ?? 'https://example.org/view', doc: parseDocument(p.html) }));
}

function readabilityAlone(p: Page): () => unknown {
  return () => {
    try {
      return new Readability(p.doc.cloneNode(true) as Document).parse();
    } catch {
      return null; // framesets and body-less pages make it throw
    }
  };
}

function sumRow(
  set: string,
  pages: Page[],
  baseline: (p: Page) => () => unknown,
  candidate: (p: Page) => () => unknown,
  what: string,
  goal?: { max: number; text: string },
): BenchRow {
  let base = 0;
  let cand = 0;
  const candidateTimes: number[] = [];
  for (const page of pages) {
    base += measure(baseline(page), { minMs: 100, minRuns: 3 }).medianMs;
    const t = measure(candidate(page), { minMs: 100, minRuns: 3 }).medianMs;
    cand += t;
    candidateTimes.push(t);
  }
  candidateTimes.sort((a, b) => a - b);
  return row('content script', `${what}, ${pages.length} ${set}`, 'Readability.parse alone', { medianMs: base, runs: pages.length }, { medianMs: cand, runs: pages.length }, goal, {
    'median ms per page': Number((candidateTimes[Math.floor(candidateTimes.length / 2)] ?? 0).toFixed(3)),
  });
}

function detect(p: Page) {
  return detectPage(p.doc, p.url).verdict;
}

function fixturePages(): Page[] {
  const root = resolve(import.meta.dirname, '../tests/fixtures/site');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(path);
    }
  };
  walk(root);
  return files.map((path) => {
    const rel = path.slice(root.length);
    return { name: rel, url: `http://127.0.0.1${rel.replace(/\/index\.html$/, '/')}`, doc: parseDocument(readFileSync(path, 'utf8')) };
  });
}
