/**
 * Measures article metadata (title, outlet, published day, bylines) against human truth:
 *   npx tsx scripts/eval-metadata.ts [--json] [--errors]
 *
 * Two sets of truth, reported apart:
 * - tests/corpus-truth/metadata.json: the Readability test pages labelled news, written by
 *   reading each page. The rules were written looking at these pages.
 * - tests/corpus-truth/metadata-newer.json: the newer news pages (2015–2025) of
 *   detection-dev, split by site (scripts/metadata-truth.ts) into `dev`, whose mistakes
 *   may be read, and `held-apart`, which is only scored. `--errors` lists the mistakes of
 *   the Readability pages and of `dev` only.
 * Each page runs through the pipeline with its labelled URL and `always: true`, and each
 * field counts as right only when it matches:
 * - title: after collapsing whitespace and unifying curly and straight quotes;
 * - outlet: case-insensitive, ignoring a leading "The";
 * - published: the YYYY-MM-DD prefix of publishedTime (null vs null is right);
 * - bylines: the same set of names, case-insensitive, whitespace collapsed;
 * - first author: the truth's first name among ours (none when the truth has none).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from '../cli/parse-document';
import { analyzeDocument } from '../dom/pipeline/analyze-document';
import { readabilityTestPages } from './corpus';
import { readJsonlCorpus } from './corpus-split';
import {
  day,
  firstAuthorRight,
  type MetadataField,
  type NewerTruth,
  normOutlet,
  normTitle,
  sameNames,
  splitByline,
  titleHash,
} from './metadata-truth';

const TRUTH = resolve(import.meta.dirname, '../tests/corpus-truth/metadata.json');
const NEWER_TRUTH = resolve(import.meta.dirname, '../tests/corpus-truth/metadata-newer.json');
const LABELS = resolve(import.meta.dirname, '../tests/corpus-truth/readability-pages-labels.json');

interface Truth {
  title: string;
  outlet: string;
  published: string | null;
  bylines: string[];
  notes?: string;
}

interface Label {
  label: string;
  url: string | null;
}

const FIELDS: MetadataField[] = ['title', 'outlet', 'published', 'bylines', 'firstAuthor'];

interface Miss {
  page: string;
  field: MetadataField;
  ours: string | null;
  truth: string | null;
}

interface Tally {
  name: string;
  pages: number;
  right: Record<MetadataField, number>;
  misses: Miss[];
  /** Whether the mistakes may be read (the rules are written on this set). */
  readable: boolean;
}

interface Ours {
  title: string | null;
  outlet: string | null;
  published: string | null;
  names: string[];
}

function readOurs(html: string, url: string | null): Ours {
  const article = analyzeDocument(parseDocument(html), url, { always: true }).extraction?.article ?? null;
  return {
    title: article?.title ?? null,
    outlet: article?.siteName ?? null,
    published: article?.publishedTime ?? null,
    names: splitByline(article?.byline ?? null),
  };
}

function newTally(name: string, readable: boolean): Tally {
  return { name, pages: 0, right: { title: 0, outlet: 0, published: 0, bylines: 0, firstAuthor: 0 }, misses: [], readable };
}

function count(tally: Tally, page: string, checks: Array<[MetadataField, boolean, string | null, string | null]>): void {
  tally.pages += 1;
  for (const [field, ok, ours, want] of checks) {
    if (ok) tally.right[field] += 1;
    else tally.misses.push({ page, field, ours, truth: want });
  }
}

const joinNames = (names: string[]): string | null => (names.length > 0 ? names.join(' | ') : null);

function bylineChecks(ours: Ours, truth: string[]): Array<[MetadataField, boolean, string | null, string | null]> {
  return [
    ['bylines', sameNames(ours.names, truth), joinNames(ours.names), joinNames(truth)],
    ['firstAuthor', firstAuthorRight(ours.names, truth), joinNames(ours.names), truth[0] ?? null],
  ];
}

function scoreReadabilityPages(): Tally {
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Record<string, Truth>;
  const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as Record<string, Label>;
  const pages = new Map(readabilityTestPages().map((p) => [p.slug, p.html]));
  const tally = newTally('Readability pages (rules written on them)', true);
  for (const slug of Object.keys(truth).sort()) {
    const t = truth[slug]!;
    const html = pages.get(slug);
    if (html === undefined) throw new Error(`page ${slug} not in the corpus`);
    const ours = readOurs(html, labels[slug]?.url ?? null);
    count(tally, slug, [
      ['title', normTitle(ours.title) === normTitle(t.title), ours.title, t.title],
      ['outlet', normOutlet(ours.outlet) === normOutlet(t.outlet), ours.outlet, t.outlet],
      ['published', day(ours.published) === t.published, ours.published, t.published],
      ...bylineChecks(ours, t.bylines),
    ]);
  }
  return tally;
}

function scoreNewerPages(): Tally[] {
  const truth = JSON.parse(readFileSync(NEWER_TRUTH, 'utf8')) as Record<string, NewerTruth>;
  const corpus = readJsonlCorpus('detection-dev');
  if (corpus === null) throw new Error('detection-dev.jsonl.gz not found in the shared corpus');
  const pages = new Map(corpus.map((p) => [`detection-dev:${p.id}`, p]));
  const dev = newTally('newer pages, dev half (rules may be written on them)', true);
  const heldApart = newTally('newer pages, held-apart half (scored only)', false);
  for (const key of Object.keys(truth).sort()) {
    const t = truth[key]!;
    const page = pages.get(key);
    if (page === undefined) throw new Error(`page ${key} not in detection-dev`);
    const ours = readOurs(page.html, page.url);
    const outlets = t.outlet.map(normOutlet);
    count(t.split === 'dev' ? dev : heldApart, key, [
      ['title', t.titleHashes.includes(titleHash(ours.title) ?? ''), ours.title, `one of ${t.titleHashes.length} hashed`],
      ['outlet', outlets.includes(normOutlet(ours.outlet)), ours.outlet, t.outlet.join(' / ')],
      ['published', day(ours.published) === t.published, ours.published, t.published],
      ...bylineChecks(ours, t.bylines),
    ]);
  }
  return [dev, heldApart];
}

function print(tally: Tally, withErrors: boolean): void {
  console.log(`\n${tally.name}: ${tally.pages} pages`);
  for (const f of FIELDS) {
    const share = tally.pages === 0 ? 0 : tally.right[f] / tally.pages;
    console.log(`  ${f.padEnd(11)} ${tally.right[f]}/${tally.pages}  ${share.toFixed(3)}`);
  }
  if (!withErrors || !tally.readable) return;
  for (const m of tally.misses) {
    console.log(`  ✗ ${m.field.padEnd(11)} ${m.page.padEnd(40)} ours=${JSON.stringify(m.ours)}  truth=${JSON.stringify(m.truth)}`);
  }
}

function main(): void {
  const tallies = [scoreReadabilityPages(), ...scoreNewerPages()];
  if (process.argv.includes('--json')) {
    const shown = tallies.map((t) => ({ ...t, misses: t.readable ? t.misses : undefined }));
    console.log(JSON.stringify(shown, null, 2));
    return;
  }
  console.log('metadata against human truth');
  for (const tally of tallies) print(tally, process.argv.includes('--errors'));
}

main();
