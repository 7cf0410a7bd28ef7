/**
 * Measures "what kind of piece" against our own labels of real pages:
 *   npm run eval:piece-type [-- --split tune|test|all] [--round 1|2] [--errors] [--json]
 *
 * Truth: tests/corpus-truth/piece-types.json, ids of pages in ../shared/corpus
 * (detection-dev.jsonl.gz and the Readability test pages) with a kind each and a split
 * by site: the rules were tuned looking only at `tune` pages; `test` pages are for
 * reporting. `--round 2` keeps the pages labelled in the second round only (found by
 * searching every corpus page for opinion, analysis and sponsored signs after the rules
 * were written; `--round 1` the first 222). `--errors` lists the mistakes of the chosen
 * split (tune by default). Each precision and recall carries its 95% Wilson interval,
 * since a handful of pages said one kind shows little on its own.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parseDocument } from '../cli/parse-document';
import { classifyPiece, PIECE_KINDS, type PieceType } from '../core/piece-type';
import { readPieceSignals } from '../dom/metadata/piece-signals';
import { readMetadata } from '../dom/metadata/read-metadata';
import { CORPUS_DIR, readabilityTestPages } from './corpus';

const TRUTH = resolve(import.meta.dirname, '../tests/corpus-truth/piece-types.json');
const READABILITY_LABELS = resolve(import.meta.dirname, '../tests/corpus-truth/readability-pages-labels.json');

interface Truth {
  label: string;
  split: 'tune' | 'test';
  site: string;
  why: string;
  /** 2 for the pages labelled in the second round; absent for the first 222. */
  round?: number;
}

interface Outcome {
  key: string;
  truth: Truth;
  predicted: PieceType;
}

function classify(html: string, url: string | null): PieceType {
  const doc = parseDocument(html);
  const meta = readMetadata(doc, url);
  return classifyPiece(readPieceSignals(doc, meta.canonicalUrl ?? url, meta.title));
}

async function outcomes(truth: Record<string, Truth>): Promise<Outcome[]> {
  const out: Outcome[] = [];
  const wanted = new Set(Object.keys(truth).filter((k) => k.startsWith('detection-dev:')).map((k) => k.slice('detection-dev:'.length)));
  const lines = createInterface({ input: createReadStream(resolve(CORPUS_DIR, 'detection-dev.jsonl.gz')).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    const page = JSON.parse(line) as { id: string; url: string | null; html: string };
    if (!wanted.has(page.id)) continue;
    const key = `detection-dev:${page.id}`;
    out.push({ key, truth: truth[key]!, predicted: classify(page.html, page.url) });
  }
  const labels = JSON.parse(readFileSync(READABILITY_LABELS, 'utf8')) as Record<string, { url: string | null }>;
  for (const page of readabilityTestPages()) {
    const key = `readability:${page.slug}`;
    if (truth[key]) out.push({ key, truth: truth[key], predicted: classify(page.html, labels[page.slug]?.url ?? null) });
  }
  return out;
}

interface KindFigures {
  kind: string;
  truth: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

function figures(list: Outcome[]): KindFigures[] {
  return PIECE_KINDS.filter((k) => k !== 'unknown').map((kind) => {
    const truth = list.filter((o) => o.truth.label === kind).length;
    const predicted = list.filter((o) => o.predicted.kind === kind).length;
    const correct = list.filter((o) => o.truth.label === kind && o.predicted.kind === kind).length;
    return { kind, truth, predicted, correct, precision: predicted ? correct / predicted : null, recall: truth ? correct / truth : null };
  });
}

const fmt = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3));

/** 95% Wilson score interval of `hits` in `n`: honest at small n, where the normal one is not. */
function wilson(hits: number, n: number): [number, number] | null {
  if (n === 0) return null;
  const z = 1.96;
  const p = hits / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const interval = (hits: number, n: number) => {
  const w = wilson(hits, n);
  return w ? `[${w[0].toFixed(2)}, ${w[1].toFixed(2)}]` : '';
};

async function main(): Promise<void> {
  if (!existsSync(resolve(CORPUS_DIR, 'detection-dev.jsonl.gz'))) {
    console.log(`skipped: the measuring corpus is not at ${CORPUS_DIR}`);
    return;
  }
  const args = process.argv.slice(2);
  const splitAt = args.indexOf('--split');
  const split = splitAt >= 0 ? args[splitAt + 1] : 'both';
  const roundAt = args.indexOf('--round');
  const round = roundAt >= 0 ? Number(args[roundAt + 1]) : null;
  const truth = Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(TRUTH, 'utf8')) as Record<string, Truth>).filter(
      ([, t]) => round === null || (t.round ?? 1) === round,
    ),
  );
  const all = await outcomes(truth);
  const parts = split === 'both' ? ['tune', 'test'] : [split!];
  const report: Record<string, unknown> = {};
  for (const part of parts) {
    const list = part === 'all' ? all : all.filter((o) => o.truth.split === part);
    const rows = figures(list);
    const unknown = list.filter((o) => o.predicted.kind === 'unknown').length;
    report[part] = { pages: list.length, unknown, kinds: rows };
    if (args.includes('--json')) continue;
    console.log(`\n${part}${round === null ? '' : ` (round ${round})`}: ${list.length} pages (${unknown} left unknown)`);
    console.log('kind           truth  said  right  precision  [95% Wilson]  recall  [95% Wilson]');
    for (const r of rows) {
      if (r.truth === 0 && r.predicted === 0) continue;
      console.log(
        `${r.kind.padEnd(14)} ${String(r.truth).padStart(5)} ${String(r.predicted).padStart(5)} ${String(r.correct).padStart(6)}  ` +
          `${fmt(r.precision).padStart(9)}  ${interval(r.correct, r.predicted).padEnd(12)}  ${fmt(r.recall).padStart(6)}  ${interval(r.correct, r.truth)}`,
      );
    }
    for (const kind of ['opinion', 'sponsored'] as const) {
      const wrong = list.filter((o) => o.predicted.kind === kind && o.truth.label !== kind).length;
      const others = list.filter((o) => o.truth.label !== kind).length;
      console.log(`wrongly called ${kind}: ${wrong} of ${others} pages that are not ${kind} ${interval(wrong, others)}`);
    }
  }
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 1));
  if (args.includes('--errors')) {
    const part = split === 'both' ? 'tune' : split;
    for (const o of all.filter((x) => (part === 'all' || x.truth.split === part) && x.truth.label !== x.predicted.kind)) {
      const why = o.predicted.reasons.map((r) => `${r.id}=${r.evidence}`).join('; ');
      console.log(`${o.truth.label.padEnd(13)} said ${o.predicted.kind.padEnd(13)} ${o.key}  ${why}`);
    }
  }
}

await main();
