/**
 * Measures article metadata (title, outlet, published day, bylines) against human truth:
 *   npx tsx scripts/eval-metadata.ts [--json]
 *
 * Truth: tests/corpus-truth/metadata.json, one entry per Readability test page labelled
 * news, written by reading each page. Each page runs through the pipeline with its
 * labelled URL and `always: true`, and each field counts as right only when it matches:
 * - title: after collapsing whitespace and unifying curly and straight quotes;
 * - outlet: case-insensitive, ignoring a leading "The";
 * - published: the YYYY-MM-DD prefix of publishedTime (null vs null is right);
 * - bylines: the same set of names, case-insensitive, whitespace collapsed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from '../cli/parse-document';
import { analyzeDocument } from '../dom/pipeline/analyze-document';
import { readabilityTestPages } from './corpus';

const TRUTH = resolve(import.meta.dirname, '../tests/corpus-truth/metadata.json');
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

type Field = 'title' | 'outlet' | 'published' | 'bylines';
const FIELDS: Field[] = ['title', 'outlet', 'published', 'bylines'];

interface Miss {
  slug: string;
  field: Field;
  ours: string | null;
  truth: string | null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function normTitle(text: string | null): string | null {
  if (text === null) return null;
  return collapse(text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"'));
}

function normOutlet(text: string | null): string | null {
  if (text === null) return null;
  return collapse(text)
    .toLowerCase()
    .replace(/^the\s+/, '');
}

function day(iso: string | null): string | null {
  if (iso === null) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : iso;
}

function nameSet(names: string[]): string[] {
  return [...new Set(names.map((n) => collapse(n).toLowerCase()).filter((n) => n !== ''))].sort();
}

function splitByline(byline: string | null): string[] {
  return byline === null ? [] : byline.split(', ');
}

function main(): void {
  const asJson = process.argv.includes('--json');
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Record<string, Truth>;
  const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as Record<string, Label>;
  const pages = new Map(readabilityTestPages().map((p) => [p.slug, p.html]));

  const right: Record<Field, number> = { title: 0, outlet: 0, published: 0, bylines: 0 };
  const misses: Miss[] = [];
  const slugs = Object.keys(truth).sort();

  for (const slug of slugs) {
    const t = truth[slug]!;
    const html = pages.get(slug);
    if (html === undefined) throw new Error(`page ${slug} not in the corpus`);
    const url = labels[slug]?.url ?? null;
    const article = analyzeDocument(parseDocument(html), url, { always: true }).extraction?.article ?? null;

    const oursTitle = article?.title ?? null;
    const oursOutlet = article?.siteName ?? null;
    const oursDay = day(article?.publishedTime ?? null);
    const oursNames = splitByline(article?.byline ?? null);

    const checks: Array<[Field, boolean, string | null, string | null]> = [
      ['title', normTitle(oursTitle) === normTitle(t.title), oursTitle, t.title],
      ['outlet', normOutlet(oursOutlet) === normOutlet(t.outlet), oursOutlet, t.outlet],
      ['published', oursDay === t.published, article?.publishedTime ?? null, t.published],
      [
        'bylines',
        JSON.stringify(nameSet(oursNames)) === JSON.stringify(nameSet(t.bylines)),
        oursNames.length > 0 ? oursNames.join(' | ') : null,
        t.bylines.length > 0 ? t.bylines.join(' | ') : null,
      ],
    ];
    for (const [field, ok, ours, want] of checks) {
      if (ok) right[field] += 1;
      else misses.push({ slug, field, ours, truth: want });
    }
  }

  const n = slugs.length;
  const share = Object.fromEntries(FIELDS.map((f) => [f, n === 0 ? 0 : right[f] / n])) as Record<Field, number>;
  if (asJson) {
    console.log(JSON.stringify({ pages: n, right, share, misses }, null, 2));
    return;
  }
  console.log(`metadata against human truth, ${n} news pages`);
  for (const f of FIELDS) console.log(`  ${f.padEnd(10)} ${right[f]}/${n}  ${(share[f] * 100).toFixed(1)}%`);
  console.log(`\nmisses (${misses.length}):`);
  for (const f of FIELDS) {
    for (const m of misses.filter((x) => x.field === f)) {
      console.log(`  ${m.field.padEnd(10)} ${m.slug.padEnd(26)} ours=${JSON.stringify(m.ours)}  truth=${JSON.stringify(m.truth)}`);
    }
  }
}

main();
