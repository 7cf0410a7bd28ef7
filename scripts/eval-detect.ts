/**
 * Measures news detection against human labels:
 *   npx tsx scripts/eval-detect.ts [--fake-urls | --no-urls] [--json]
 *   npx tsx scripts/eval-detect.ts --detection-dev [--json]
 *   … [--weight <signal id>=<log-odds>]…   (a sweep: weights of core/detection/news-signals.ts replaced)
 *   npx tsx scripts/eval-detect.ts --detection-dev --cv <signal id>=<n>,<n>… [--cv …]   (cross-validation by site, scripts/eval-detect-cv.ts)
 *   … --answers <file>   (every page's verdict, score and reasons as JSON lines: a change meant to
 *                         keep the decisions is proved by the same file before and after)
 *
 * Pages: every labelled page of the Readability test corpus except the synthetic fixtures
 * (tests/corpus-truth/readability-pages-labels.json), plus every page of our fixture site
 * that has an `isNews` in tests/fixtures/expected. A corpus page is given its original URL
 * when the label knows it, else FAKE_URL; `--fake-urls` gives every corpus page FAKE_URL
 * (how much do addresses carry?) and `--no-urls` passes no URL at all. Fixture pages get
 * the address the fixture server serves them at, as the extension would see it.
 *
 * `--detection-dev` measures on the shared corpus's detection-dev.jsonl.gz instead (pages
 * labelled by others; AMBIGUOUS left out), split by site (scripts/corpus-split.ts): the
 * dev part's mistakes are listed, the test part's are only counted. Beside each part,
 * plain Readability's `isProbablyReaderable` taken as a news detector, and the newer
 * pages (not from the 2004–2013 extraction sets) alone, since old news beside new
 * non-news rewards any signal of a page's age.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { sharedPath } from './shared-folder';
import { loadPage } from '../cli/load-page';
import { parseDocument } from '../cli/parse-document';
import { newsReasonLines } from '../cli/news-reasons';
import { DETECTION_TUNING, withWeights, type DetectionTuning } from '../core/detection/news-signals';
import { detectNews } from '../dom/detection/detect-news';
import { readMetadata } from '../dom/metadata/read-metadata';
import { readabilityTestPages } from './corpus';
import { partOf, readJsonlCorpus } from './corpus-split';
import { crossValidateBySite, gridFrom, type Grid } from './eval-detect-cv';

const LABELS = resolve(import.meta.dirname, '../tests/corpus-truth/readability-pages-labels.json');
const FIXTURE_SITE = resolve(import.meta.dirname, '../tests/fixtures/site');
const FIXTURE_EXPECTED = resolve(import.meta.dirname, '../tests/fixtures/expected');
const FIXTURE_ORIGIN = 'http://127.0.0.1:4173';
// Neutral on purpose: "/page" would match the listing-path rule and "/" the front-page rule.
const FAKE_URL = 'https://example.org/view';

type UrlKind = 'label' | 'fake' | 'none' | 'served';

interface Case {
  name: string;
  group: 'corpus' | 'fixtures' | 'dev' | 'test';
  /** A page of the 2015–2025 additions, not of the old extraction sets. */
  newer?: boolean;
  html: string;
  url: string | null;
  urlKind: UrlKind;
  isNews: boolean;
  why?: string;
}

interface Label {
  label: 'news' | 'not-news' | 'synthetic';
  url: string | null;
  why: string;
}

function corpusCases(mode: 'label' | 'fake' | 'none'): Case[] {
  const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as Record<string, Label>;
  return readabilityTestPages().flatMap((page) => {
    const label = labels[page.slug];
    if (!label) throw new Error(`no label for corpus page ${page.slug}`);
    if (label.label === 'synthetic') return [];
    const url = mode === 'none' ? null : mode === 'label' && label.url ? label.url : FAKE_URL;
    const urlKind: UrlKind = mode === 'none' ? 'none' : mode === 'label' && label.url ? 'label' : 'fake';
    return [{ name: page.slug, group: 'corpus' as const, html: page.html, url, urlKind, isNews: label.label === 'news', why: label.why }];
  });
}

const OLD_SETS = new Set(['l3s-gn1', 'dragnet', 'cleaneval', 'cleanportaleval']);

function detectionDevCases(): Case[] {
  const pages = readJsonlCorpus('detection-dev');
  if (!pages) throw new Error(`${sharedPath('corpus/detection-dev.jsonl.gz')} not found`);
  return pages
    .filter((p) => p.label === 'NEWS' || p.label === 'NOT_NEWS')
    .map((p) => ({
      name: p.id,
      group: partOf(p),
      newer: !OLD_SETS.has(p.source_dataset),
      html: p.html,
      url: p.url,
      urlKind: 'label' as const,
      isNews: p.label === 'NEWS',
      why: p.kind,
    }));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** expected/<path>.json describes site/<path>.<any extension> (hostile/diagram.json is an .svg). */
async function fixtureCases(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const file of walk(FIXTURE_EXPECTED).filter((f) => f.endsWith('.json')).sort()) {
    const expected = JSON.parse(readFileSync(file, 'utf8')) as { isNews?: unknown; note?: unknown };
    if (typeof expected.isNews !== 'boolean') continue;
    const stem = relative(FIXTURE_EXPECTED, file).replace(/\.json$/, '');
    const dir = join(FIXTURE_SITE, stem, '..');
    const base = stem.split('/').pop()!;
    const page = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(`${base}.`) && !f.endsWith('.css')) : undefined;
    if (!page) throw new Error(`${file}: no page for ${stem} in ${FIXTURE_SITE}`);
    const path = relative(FIXTURE_SITE, join(dir, page)).split('\\').join('/');
    cases.push({
      name: path,
      group: 'fixtures',
      html: await loadPage(join(dir, page)),
      url: `${FIXTURE_ORIGIN}/${path === 'index.html' ? '' : path}`,
      urlKind: 'served',
      isNews: expected.isNews,
      why: typeof expected.note === 'string' ? expected.note : undefined,
    });
  }
  return cases;
}

interface Result extends Omit<Case, 'html'> {
  predicted: boolean;
  score: number;
  reasons: string[];
  /** Plain Readability's `isProbablyReaderable`, the baseline. */
  readerable: boolean;
}

/** The pipeline's first two steps (dom/analyze-document.ts), with the tuning under test. */
function detect(c: Case, tuning: DetectionTuning): Result {
  const doc = parseDocument(c.html);
  const verdict = detectNews(doc, c.url, readMetadata(doc, c.url), tuning);
  const { html: _html, ...rest } = c;
  return { ...rest, predicted: verdict.isNews, score: verdict.score, reasons: newsReasonLines(verdict.reasons), readerable: isProbablyReaderable(doc) };
}

/** One line a page, in the order judged: what must not move when only the cost of a decision changes. */
function answerLines(results: Result[]): string {
  return results.map((r) => JSON.stringify({ name: r.name, group: r.group, isNews: r.predicted, score: r.score, reasons: r.reasons })).join('\n') + '\n';
}

/** `--weight date-under-headline=0.5`, as often as needed. */
function tuningFrom(args: string[]): DetectionTuning {
  const changes: Record<string, number> = {};
  args.forEach((arg, i) => {
    if (arg !== '--weight') return;
    const [id, value] = (args[i + 1] ?? '').split('=');
    if (!id || value === undefined || !Number.isFinite(Number(value))) throw new Error(`--weight wants <signal id>=<number>, not "${args[i + 1] ?? ''}"`);
    changes[id] = Number(value);
  });
  return withWeights(DETECTION_TUNING, changes);
}

function measure(all: Result[], baseline = false) {
  const results = baseline ? all.map((r) => ({ ...r, predicted: r.readerable })) : all;
  const tp = results.filter((r) => r.isNews && r.predicted).length;
  const fp = results.filter((r) => !r.isNews && r.predicted).length;
  const fn = results.filter((r) => r.isNews && !r.predicted).length;
  const tn = results.length - tp - fp - fn;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pages: results.length, tp, fp, fn, tn, precision, recall, f1, accuracy: (tp + tn) / Math.max(1, results.length) };
}

/** Every page judged once with all its signals read, then the grid's weights chosen and scored fold by fold. */
function printCrossValidation(grid: Grid, tuning: DetectionTuning): void {
  const everything = { ...tuning, decided: Infinity, readEverything: true };
  const pages = detectionDevCases().map((c) => {
    const doc = parseDocument(c.html);
    const reasons = detectNews(doc, c.url, readMetadata(doc, c.url), everything).reasons.map((r) => r.id);
    return { id: c.name, url: c.url, isNews: c.isNews, reasons };
  });
  const cv = crossValidateBySite(pages, grid, tuning);
  console.log(`Cross-validation by site, 5 folds over all ${pages.length} pages of detection-dev (AMBIGUOUS left out):`);
  console.log(`  precision ${cv.precision.toFixed(3)}, recall ${cv.recall.toFixed(3)}`);
  cv.chosen.forEach((weights, k) => console.log(`  fold ${k + 1} chose ${Object.entries(weights).map(([id, w]) => `${id}=${w}`).join(' ')}`));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const grid = gridFrom(args);
  if (grid) {
    printCrossValidation(grid, tuningFrom(args));
    return;
  }
  const mode = args.includes('--no-urls') ? 'none' : args.includes('--fake-urls') ? 'fake' : 'label';
  const labelled = args.includes('--detection-dev');
  const tuning = tuningFrom(args);
  const results = (labelled ? detectionDevCases() : [...corpusCases(mode), ...(await fixtureCases())]).map((c) => detect(c, tuning));
  const answersFile = args[args.indexOf('--answers') + 1];
  if (args.includes('--answers') && answersFile) writeFileSync(answersFile, answerLines(results));
  const part = (g: Case['group']) => results.filter((r) => r.group === g);
  const groups = labelled
    ? {
        dev: measure(part('dev')),
        'dev newer': measure(part('dev').filter((r) => r.newer)),
        'dev Rdb': measure(part('dev'), true),
        test: measure(part('test')),
        'test newer': measure(part('test').filter((r) => r.newer)),
        'test Rdb': measure(part('test'), true),
      }
    : {
        corpus: measure(part('corpus')),
        fixtures: measure(part('fixtures')),
        all: measure(results),
      };
  // The test part's pages are scored, never shown: rules are written on the dev part alone.
  const wrong = results.filter((r) => r.predicted !== r.isNews && r.group !== 'test');
  // Right answers that a small change of weights would flip: where held-out pages will differ first.
  const closest = results
    .filter((r) => r.predicted === r.isNews && r.group !== 'test')
    .sort((a, b) => Math.abs(a.score - 0.5) - Math.abs(b.score - 0.5))
    .slice(0, 8);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ urlMode: mode, fakeUrl: FAKE_URL, groups, misclassified: wrong, closest }, null, 2));
    return;
  }

  if (labelled) console.log('News detection vs detection-dev labels (AMBIGUOUS left out), split by site; "Rdb" = isProbablyReaderable alone.\n');
  else {
    const corpus = results.filter((r) => r.group === 'corpus');
    const kinds = (['label', 'fake', 'none'] as const).map((k) => `${corpus.filter((r) => r.urlKind === k).length} ${k === 'label' ? 'with their original URL' : k === 'fake' ? `with ${FAKE_URL}` : 'without a URL'}`);
    console.log(`News detection vs human labels. Corpus pages (synthetic excluded): ${kinds.join(', ')}.`);
    console.log(`Fixture pages at ${FIXTURE_ORIGIN}/<path>. Positive class: news.\n`);
  }
  const f = (n: number) => n.toFixed(3);
  console.log('group        pages  TP  FP  FN  TN   precision recall  F1     accuracy');
  for (const [name, m] of Object.entries(groups)) {
    console.log(`${name.padEnd(12)} ${String(m.pages).padStart(5)} ${[m.tp, m.fp, m.fn, m.tn].map((n) => String(n).padStart(3)).join(' ')}   ${f(m.precision)}     ${f(m.recall)}   ${f(m.f1)}  ${f(m.accuracy)}`);
  }
  console.log(`\nMisclassified (${wrong.length}):`);
  for (const r of wrong) {
    console.log(`  ${r.predicted ? 'FALSE NEWS ' : 'MISSED NEWS'} ${r.name}  score ${r.score}  url: ${r.urlKind}${r.why ? `\n      label: ${r.why}` : ''}`);
    for (const reason of r.reasons) console.log(`      ${reason}`);
  }
  console.log(`\nClosest right answers (score nearest 0.5):`);
  for (const r of closest) console.log(`  ${r.isNews ? 'news    ' : 'not news'} ${r.name.padEnd(32)} score ${r.score}  ${r.reasons.join('; ').slice(0, 160)}`);
}

await main();
