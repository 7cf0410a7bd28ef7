/**
 * The framing grid's rows: flags merged by lexicon entry across outlet columns. Rows that
 * several outlets share come first, then each outlet's own, column by column, so the grid
 * reads as blocks rather than a scatter.
 */
import { FLAG_CATEGORIES, type FlagCategory } from '../protocol/article';
import type { OutletColumn, PhraseCell, PhraseRow } from './compare-accounts';

/** Rows the popup can show without turning the grid into a wall. */
export const MAX_PHRASE_ROWS = 40;

interface Acc {
  entryId: string;
  category: FlagCategory;
  /** Surface forms by lower-cased text: count and the preferred spelling. */
  forms: Map<string, { count: number; text: string }>;
  cells: Array<{ own: boolean; quoted: boolean; speakers: Set<string> } | null>;
}

export function phraseRows(columns: readonly OutletColumn[]): PhraseRow[] {
  const rows = new Map<string, Acc>();
  columns.forEach((column, c) => {
    for (const account of column.accounts) {
      for (const flag of account.flags) {
        let row = rows.get(flag.entryId);
        if (!row) {
          row = { entryId: flag.entryId, category: flag.category, forms: new Map(), cells: columns.map(() => null) };
          rows.set(flag.entryId, row);
        }
        const key = flag.text.toLowerCase();
        const form = row.forms.get(key) ?? { count: 0, text: flag.text };
        form.count++;
        // "regime" over "Regime": a capital that only opens a sentence is not part of the phrase.
        if (/^\p{Ll}/u.test(flag.text)) form.text = flag.text;
        row.forms.set(key, form);
        const cell = (row.cells[c] ??= { own: false, quoted: false, speakers: new Set() });
        if (flag.voice === 'quote') {
          cell.quoted = true;
          if (flag.speaker) cell.speakers.add(flag.speaker);
        } else cell.own = true;
      }
    }
  });
  const out = [...rows.values()].map(toRow);
  const firstColumn = (r: PhraseRow) => r.cells.findIndex((cell) => cell !== null);
  out.sort(
    (a, b) =>
      b.outletCount - a.outletCount ||
      firstColumn(a) - firstColumn(b) ||
      FLAG_CATEGORIES.indexOf(a.category) - FLAG_CATEGORIES.indexOf(b.category) ||
      a.text.localeCompare(b.text),
  );
  return out.slice(0, MAX_PHRASE_ROWS);
}

function toRow(acc: Acc): PhraseRow {
  let best = { count: 0, text: '' };
  for (const form of acc.forms.values()) if (form.count > best.count) best = form;
  const cells = acc.cells.map((cell): PhraseCell | null =>
    cell ? { use: cell.own && cell.quoted ? 'both' : cell.quoted ? 'quoted' : 'own', speakers: [...cell.speakers] } : null,
  );
  return { entryId: acc.entryId, text: best.text, category: acc.category, cells, outletCount: cells.filter(Boolean).length };
}
