/**
 * The quotations block: quotes from every account, clustered when they are the same words
 * (verbatim, clipped or lightly rephrased, as quoteOverlap judges), so one row is one
 * quotation and says which outlets carry it.
 *
 * Data: single-link clusters over at most a few dozen quotes (ten per fingerprint), so a
 * plain pairwise pass is cheaper than any index. Each member keeps its reading position
 * (column, then account, then place in the text), which orders the rows.
 */
import { quoteOverlap, type Quote } from '../matching/quotes';
import type { OutletColumn, QuoteReach, QuoteRow } from './compare-accounts';

/** Quotes only one outlet carries, per outlet: enough to show what it adds. */
export const MAX_SOLO_QUOTES = 4;

interface Member {
  quote: Quote;
  column: number;
  seq: number;
}

const REACH_ORDER: Record<QuoteReach, number> = { all: 0, some: 1, one: 2 };

export function quoteRows(columns: readonly OutletColumn[]): QuoteRow[] {
  let clusters: Member[][] = [];
  let seq = 0;
  columns.forEach((column, c) => {
    for (const account of column.accounts) {
      for (const quote of account.fingerprint.quotes) {
        const near = (cluster: Member[]) => cluster.some((m) => quoteOverlap(m.quote, quote) > 0);
        // A quote that links two clusters joins them: they were one quotation all along.
        const joined = [...clusters.filter(near).flat(), { quote, column: c, seq: seq++ }];
        clusters = [...clusters.filter((cluster) => !near(cluster)), joined];
      }
    }
  });
  const rows = clusters
    .map((cluster) => ({ row: toRow(cluster, columns.length), seq: Math.min(...cluster.map((m) => m.seq)) }))
    .sort((a, b) => REACH_ORDER[a.row.reach] - REACH_ORDER[b.row.reach] || carriers(b.row) - carriers(a.row) || a.seq - b.seq)
    .map(({ row }) => row);
  const solo = new Map<number, number>();
  return rows.filter((row) => {
    if (row.reach !== 'one') return true;
    const column = row.carried.indexOf(true);
    solo.set(column, (solo.get(column) ?? 0) + 1);
    return solo.get(column)! <= MAX_SOLO_QUOTES;
  });
}

function carriers(row: QuoteRow): number {
  return row.carried.filter(Boolean).length;
}

function toRow(cluster: Member[], columnCount: number): QuoteRow {
  const carried = Array.from({ length: columnCount }, (_, c) => cluster.some((m) => m.column === c));
  const count = carried.filter(Boolean).length;
  const reach: QuoteReach = count === columnCount && columnCount > 1 ? 'all' : count === 1 ? 'one' : 'some';
  // Shown as the first outlet prints it: its fullest version, the shorter on a tie.
  const first = Math.min(...cluster.map((m) => m.column));
  const [shown] = cluster
    .filter((m) => m.column === first)
    .sort((a, b) => b.quote.s.length - a.quote.s.length || a.quote.t.length - b.quote.t.length);
  return { text: shown!.quote.t, carried, reach };
}
