/**
 * How right the comparison view is about names: `npm run eval:facts`.
 *
 * tests/corpus-truth/fact-kinds.json holds 120 names spotted by capitals in accounts of
 * allsides-dev and ECB+ (60 each, drawn with a fixed seed among the names the view may
 * show: multi-word names and single capitalised words not inside one), each labelled by
 * us: P person, L place, O organisation, N another proper name (a law, a film, a
 * holiday), X no name at all (an adjective of origin, a measure, a common word, a
 * fragment), ? could not tell from the name (left out of every figure). Stored as the
 * account's id and the short name, never the text. The word sets of
 * core/compare/fact-kind.ts were written before these labels were made.
 *
 * Figures, before (kind from the fingerprint's letter, nothing left out) and after
 * (fact-kind.ts):
 * - shown that are names: of the names shown, the share labelled P, L, O or N;
 * - kind right: of those shown as a person, place or organisation, the share whose label
 *   is that kind (shown as "name", of no kind, claims nothing and is not counted);
 * - names left out: labelled names the view no longer shows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedPath } from './shared-folder';
import { gunzipSync } from 'node:zlib';
import type { FactKind } from '../core/compare/compare-accounts';
import { factKind } from '../core/compare/fact-kind';
import { fingerprint } from '../core/matching/fingerprint';

interface Label {
  doc: string;
  name: string;
  label: 'P' | 'L' | 'O' | 'N' | 'X' | '?';
}

const CORPUS = sharedPath('corpus');
const OLD_KINDS: Record<string, FactKind> = { p: 'person', l: 'place', o: 'organisation', e: 'name', '-': 'name' };
const LABEL_KIND: Record<string, FactKind> = { P: 'person', L: 'place', O: 'organisation' };

function letters(): Map<string, Map<string, string>> {
  const byDoc = new Map<string, Map<string, string>>();
  for (const file of ['allsides-dev.jsonl.gz', 'ecbplus.jsonl.gz']) {
    for (const line of gunzipSync(readFileSync(`${CORPUS}/${file}`)).toString('utf8').split('\n')) {
      if (!line) continue;
      const d = JSON.parse(line) as { id: string; title: string | null; text: string; outlet: string | null };
      const fp = fingerprint({ id: d.id, title: d.title, text: d.text, outlet: d.outlet, url: null, date: null });
      const names = new Map<string, string>();
      fp.names.d.forEach((display, i) => names.set(display, fp.names.c[i]!));
      fp.words.d.forEach((display, i) => names.has(display) || names.set(display, fp.words.c[i]!));
      byDoc.set(d.id, names);
    }
  }
  return byDoc;
}

interface Tally {
  shown: number;
  shownNames: number;
  typed: number;
  typedRight: number;
  namesLeftOut: number;
}

function tally(rows: Array<{ label: Label['label']; kind: FactKind | null }>): Tally {
  const t: Tally = { shown: 0, shownNames: 0, typed: 0, typedRight: 0, namesLeftOut: 0 };
  for (const { label, kind } of rows) {
    const isName = label !== 'X';
    if (kind === null) {
      if (isName) t.namesLeftOut++;
      continue;
    }
    t.shown++;
    if (isName) t.shownNames++;
    if (kind === 'person' || kind === 'place' || kind === 'organisation') {
      t.typed++;
      if (LABEL_KIND[label] === kind) t.typedRight++;
    }
  }
  return t;
}

function main(): void {
  const labels = JSON.parse(readFileSync(resolve(import.meta.dirname, '../tests/corpus-truth/fact-kinds.json'), 'utf8')) as Label[];
  const byDoc = letters();
  const known = labels.filter((l) => l.label !== '?');
  const found = known.flatMap((l) => {
    const letter = byDoc.get(l.doc)?.get(l.name);
    return letter === undefined ? [] : [{ ...l, letter }];
  });
  console.log(`${labels.length} labelled names, ${labels.length - known.length} marked "?" and left out, ${known.length - found.length} no longer spotted.`);
  const before = tally(found.map((l) => ({ label: l.label, kind: OLD_KINDS[l.letter] ?? 'name' })));
  const after = tally(found.map((l) => ({ label: l.label, kind: factKind(l.name, l.name.includes(' ') && l.letter === '-' ? 'e' : l.letter) })));
  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${(a / b).toFixed(3)} (${a}/${b})`);
  for (const [name, t] of [['before', before], ['after', after]] as const) {
    console.log(`${name.padEnd(7)} shown that are names ${pct(t.shownNames, t.shown)}   kind right ${pct(t.typedRight, t.typed)}   names left out ${t.namesLeftOut}`);
  }
}

main();
