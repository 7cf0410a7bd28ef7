/**
 * Measures article extraction against human ground truth, and plain Readability 0.6.0 on
 * the same pages as the baseline to beat:
 *   npx tsx scripts/eval-extract.ts [--corpus]           corpus truth (the default)
 *   npx tsx scripts/eval-extract.ts DIR                  DIR/**\/X.html(.gz) with X.json {"body", "url"?}
 *   npx tsx scripts/eval-extract.ts SITE --expected EXP  EXP/<path>.json {"body"} for SITE/<path>.html
 *   npx tsx scripts/eval-extract.ts --extraction-dev     the shared corpus's extraction-dev.jsonl.gz
 * Add --json for a machine-readable summary instead of the table.
 *
 * `--extraction-dev` scores as the held-out benchmark does (scripts/held-out-overlap.ts:
 * `\w+` tokens, case kept, F1 of mean precision and mean recall, gold without its
 * headline), and also with this script's own measure, on the dev and test parts of the
 * site split (scripts/corpus-split.ts) apart; only dev pages are listed.
 *
 * The corpus truth (tests/corpus-truth/extraction/*.json) holds block ids, not text: the
 * third-party pages never enter the repository, so each body is rebuilt from the unpacked
 * corpus with `truthBody`. Both extractors are scored on text built by the same
 * `articleText`, so the comparison measures what each keeps, not how it is formatted.
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { sharedPath } from './shared-folder';
import { loadPage } from '../cli/load-page';
import { parseDocument } from '../cli/parse-document';
import { shingleOverlap, type Overlap } from '../core/text/text-overlap';
import { analyzeDocument } from '../dom/pipeline/analyze-document';
import { articleText } from '../dom/extraction/article-text';
import { truthBody } from './corpus-blocks';
import { readabilityTestPages } from './corpus';
import { partOf, readJsonlCorpus, type Part } from './corpus-split';
import { corpusF1, heldOutOverlap, withoutHeadline } from './held-out-overlap';

const TRUTH_DIR = resolve(import.meta.dirname, '../tests/corpus-truth/extraction');
const LABELS = resolve(import.meta.dirname, '../tests/corpus-truth/readability-pages-labels.json');
/** A page counts as worse than Readability beyond this F1 margin. */
const MARGIN = 0.02;
const GOAL = { f1: 0.975, precision: 0.96 };

interface Case {
  name: string;
  html: string;
  truth: string;
  url: string | null;
}

interface Row {
  name: string;
  ours: Overlap;
  readability: Overlap;
  error?: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function corpusCases(): Case[] {
  const pages = new Map(readabilityTestPages().map((p) => [p.slug, p.html]));
  const labels = existsSync(LABELS) ? (readJson(LABELS) as Record<string, { url?: string | null }>) : {};
  return walk(TRUTH_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const truth = readJson(file);
      const slug = str(truth.slug) ?? '';
      const html = pages.get(slug);
      if (html === undefined) throw new Error(`${file}: no corpus page "${slug}"`);
      const ids = Array.isArray(truth.blocks) ? truth.blocks.map(String) : [];
      return { name: slug, html, truth: truthBody(html, ids), url: str(truth.url) ?? labels[slug]?.url ?? null };
    });
}

/** `X.html` or `X.html.gz` next to `X.json`, anywhere under `dir`. */
async function pairedCases(dir: string): Promise<Case[]> {
  const cases: Case[] = [];
  for (const file of walk(dir)) {
    const stem = file.replace(/\.html(\.gz)?$/, '');
    if (stem === file || !existsSync(`${stem}.json`)) continue;
    const truth = readJson(`${stem}.json`);
    const body = str(truth.body);
    if (body === null) continue;
    cases.push({ name: relative(dir, file), html: await loadPage(file), truth: body, url: str(truth.url) });
  }
  return cases;
}

/** `expected/<path>.json` with a `body` describes `site/<path>.html` (tests/fixtures layout). */
async function expectedCases(siteDir: string, expectedDir: string): Promise<Case[]> {
  const cases: Case[] = [];
  for (const file of walk(expectedDir).filter((f) => f.endsWith('.json'))) {
    const truth = readJson(file);
    const body = str(truth.body);
    if (body === null) continue;
    const rel = relative(expectedDir, file).replace(/\.json$/, '');
    const page = [`${rel}.html`, `${rel}.html.gz`].map((p) => join(siteDir, p)).find((p) => existsSync(p));
    if (!page) throw new Error(`${file}: no page ${rel}.html in ${siteDir}`);
    cases.push({ name: `${rel}.html`, html: await loadPage(page), truth: body, url: str(truth.url) ?? str(truth.canonicalUrl) });
  }
  return cases;
}

function oursText(c: Case): string {
  return analyzeDocument(parseDocument(c.html), c.url, { always: true }).extraction?.article.text ?? '';
}

/** Readability as shipped, no clean-up of ours: its content element through the same `articleText`. */
function readabilityText(c: Case): string {
  const doc = parseDocument(c.html);
  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (node) => node as Element }).parse();
  return parsed?.content ? articleText(parsed.content).text : '';
}

/** A failure scores as empty text (what a reader of that extractor would get) and is reported. */
function score(c: Case): Row {
  const errors: string[] = [];
  const run = (label: string, extract: (c: Case) => string): Overlap => {
    let text = '';
    try {
      text = extract(c);
    } catch (error) {
      errors.push(`${label} threw: ${error instanceof Error ? error.message.slice(0, 160) : String(error)}`);
    }
    return shingleOverlap(text, c.truth);
  };
  const row: Row = { name: c.name, ours: run('ours', oursText), readability: run('Readability', readabilityText) };
  if (errors.length > 0) row.error = errors.join('; ');
  return row;
}

function mean(rows: Row[], pick: (r: Row) => number): number {
  return rows.length === 0 ? 0 : rows.reduce((s, r) => s + pick(r), 0) / rows.length;
}

function summarise(source: string, rows: Row[]) {
  const avg = (which: 'ours' | 'readability') => ({
    precision: mean(rows, (r) => r[which].precision),
    recall: mean(rows, (r) => r[which].recall),
    f1: mean(rows, (r) => r[which].f1),
  });
  const ours = avg('ours');
  const worse = rows.filter((r) => r.ours.f1 < r.readability.f1 - MARGIN).map((r) => r.name);
  const worst = [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, 10);
  return {
    source,
    pages: rows.length,
    mean: { ours, readability: avg('readability') },
    worseThanReadability: worse,
    worst: worst.map((r) => ({ name: r.name, ours: r.ours, readability: r.readability })),
    goalMet: ours.f1 >= GOAL.f1 && ours.precision >= GOAL.precision && worse.length === 0,
    errors: rows.filter((r) => r.error).map((r) => ({ name: r.name, error: r.error })),
    rows,
  };
}

const f = (n: number) => n.toFixed(3);
const prf = (o: Overlap) => `${f(o.precision)} ${f(o.recall)} ${f(o.f1)}`;

function printTable(s: ReturnType<typeof summarise>): void {
  const width = Math.max(28, ...s.rows.map((r) => r.name.length + 2));
  console.log(`Extraction vs human truth (${s.source}), ${s.pages} pages; 4-word shingles, P R F1 per page.\n`);
  console.log(`${'page'.padEnd(width)}ours P     R     F1    | Readability P R  F1    |  ΔF1`);
  for (const r of s.rows) {
    const delta = r.ours.f1 - r.readability.f1;
    const flag = delta < -MARGIN ? '  << worse' : '';
    console.log(`${r.name.padEnd(width)}${prf(r.ours)}   | ${prf(r.readability)}   | ${delta >= 0 ? '+' : ''}${f(delta)}${flag}${r.error ? `  (${r.error})` : ''}`);
  }
  const { ours, readability } = s.mean;
  console.log(`\nMean over pages     P      R      F1`);
  console.log(`  ours            ${f(ours.precision)}  ${f(ours.recall)}  ${f(ours.f1)}`);
  console.log(`  Readability     ${f(readability.precision)}  ${f(readability.recall)}  ${f(readability.f1)}`);
  console.log(`Pages where ours is worse than Readability by more than ${MARGIN} F1: ${s.worseThanReadability.length}${s.worseThanReadability.length ? ` (${s.worseThanReadability.join(', ')})` : ''}`);
  console.log(`\nWorst ${s.worst.length} (ours P R F1 | Readability F1):`);
  for (const w of s.worst) console.log(`  ${w.name.padEnd(width)}${prf(w.ours)} | ${f(w.readability.f1)}`);
  console.log(`\nGoal (mean F1 >= ${GOAL.f1}, mean P >= ${GOAL.precision}, no page worse than Readability by > ${MARGIN}): ${s.goalMet ? 'met' : 'not met'}`);
  if (s.errors.length) console.log(`Pages where an extractor threw (scored as empty text): ${s.errors.length}`);
}

interface HeldOutRow {
  name: string;
  part: Part;
  source: string;
  ours: Overlap;
  readability: Overlap;
  oursOwn: Overlap;
  readabilityOwn: Overlap;
}

function headlines(doc: Document): string[] {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  return [doc.title, og, ...Array.from(doc.getElementsByTagName('h1'), (h) => h.textContent ?? '')];
}

function extractionDev(json: boolean): void {
  const pages = readJsonlCorpus('extraction-dev');
  if (!pages) throw new Error(`${sharedPath('corpus/extraction-dev.jsonl.gz')} not found`);
  const rows: HeldOutRow[] = pages.map((p) => {
    const c: Case = { name: p.id, html: p.html, url: p.url, truth: withoutHeadline(p.expected ?? '', headlines(parseDocument(p.html))) };
    const safe = (extract: (c: Case) => string) => {
      try {
        return extract(c);
      } catch {
        return '';
      }
    };
    const ours = safe(oursText);
    const readability = safe(readabilityText);
    return {
      name: p.id,
      part: partOf(p),
      source: p.source_dataset,
      ours: heldOutOverlap(ours, c.truth),
      readability: heldOutOverlap(readability, c.truth),
      oursOwn: shingleOverlap(ours, c.truth),
      readabilityOwn: shingleOverlap(readability, c.truth),
    };
  });
  const groups: [string, HeldOutRow[]][] = [];
  for (const part of ['dev', 'test'] as const) {
    const inPart = rows.filter((r) => r.part === part);
    groups.push([part, inPart]);
    for (const source of [...new Set(inPart.map((r) => r.source))].sort()) groups.push([`${part} ${source}`, inPart.filter((r) => r.source === source)]);
  }
  const summary = groups.map(([name, g]) => ({
    name,
    pages: g.length,
    ours: corpusF1(g.map((r) => r.ours)),
    readability: corpusF1(g.map((r) => r.readability)),
    oursOwn: corpusF1(g.map((r) => r.oursOwn)),
  }));
  const worst = rows.filter((r) => r.part === 'dev').sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, 15);
  if (json) {
    console.log(JSON.stringify({ summary, worstDev: worst }, null, 2));
    return;
  }
  console.log('Extraction vs extraction-dev gold without headlines, split by site. Held-out measure: \\w+ 4-shingles, case kept, F1 of mean P and mean R.\n');
  console.log(`${'part'.padEnd(26)}pages | ours P R F1        | Readability P R F1 | ours, own measure P R F1`);
  for (const g of summary) console.log(`${g.name.padEnd(26)}${String(g.pages).padStart(5)} | ${prf(g.ours)} | ${prf(g.readability)} | ${prf(g.oursOwn)}`);
  console.log('\nWorst dev pages (ours P R F1 | Readability F1):');
  for (const w of worst) console.log(`  ${w.name.padEnd(60)} ${prf(w.ours)} | ${f(w.readability.f1)}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  if (args.includes('--extraction-dev')) return extractionDev(json);
  const expectedAt = args.indexOf('--expected');
  const expectedDir = expectedAt >= 0 ? args[expectedAt + 1] : undefined;
  if (expectedAt >= 0 && !expectedDir) throw new Error('--expected needs a directory');
  const dir = args.find((a, i) => !a.startsWith('--') && (expectedAt < 0 || i !== expectedAt + 1));

  let source: string;
  let cases: Case[];
  if (expectedDir) {
    const site = resolve(dir ?? 'tests/fixtures/site');
    source = `${relative(process.cwd(), site)} + ${expectedDir}`;
    cases = await expectedCases(site, resolve(expectedDir));
  } else if (dir && !args.includes('--corpus')) {
    source = dir;
    cases = await pairedCases(resolve(dir));
  } else {
    source = 'Readability test pages, tests/corpus-truth/extraction';
    cases = corpusCases();
  }
  if (cases.length === 0) throw new Error(`no pages with a truth body found in ${source}`);

  const summary = summarise(source, cases.map(score));
  if (json) console.log(JSON.stringify(summary, null, 2));
  else printTable(summary);
}

await main();
