/**
 * Measures "what kind of piece" against our own labels of real pages:
 *   npm run eval:piece-type [-- --split tune|test|all] [--errors] [--json]
 *
 * Truth: tests/corpus-truth/piece-types.json, ids of pages in ../shared/corpus
 * (detection-dev.jsonl.gz and the Readability test pages) with a kind each and a split
 * by site: the rules were tuned looking only at `tune` pages; `test` pages are for
 * reporting. `--errors` lists the mistakes of the chosen split (tune by default).
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

async function main(): Promise<void> {
  if (!existsSync(resolve(CORPUS_DIR, 'detection-dev.jsonl.gz'))) {
    console.log(`skipped: the measuring corpus is not at ${CORPUS_DIR}`);
    return;
  }
  const args = process.argv.slice(2);
  const splitAt = args.indexOf('--split');
  const split = splitAt >= 0 ? args[splitAt + 1] : 'both';
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Record<string, Truth>;
  const all = await outcomes(truth);
  const parts = split === 'both' ? ['tune', 'test'] : [split!];
  const report: Record<string, unknown> = {};
  for (const part of parts) {
    const list = part === 'all' ? all : all.filter((o) => o.truth.split === part);
    const rows = figures(list);
    const unknown = list.filter((o) => o.predicted.kind === 'unknown').length;
    report[part] = { pages: list.length, unknown, kinds: rows };
    if (args.includes('--json')) continue;
    console.log(`\n${part}: ${list.length} pages (${unknown} left unknown)`);
    console.log('kind           truth  said  right  precision  recall');
    for (const r of rows) {
      if (r.truth === 0 && r.predicted === 0) continue;
      console.log(`${r.kind.padEnd(14)} ${String(r.truth).padStart(5)} ${String(r.predicted).padStart(5)} ${String(r.correct).padStart(6)}  ${fmt(r.precision).padStart(9)}  ${fmt(r.recall).padStart(6)}`);
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
