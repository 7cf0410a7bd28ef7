/**
 * Several accounts of one event side by side: which framing phrases each outlet used and
 * in whose voice, which quotations they all carry and which only one does, and the names
 * and figures only one of them reports. Pure data in, plain JSON out, so the background
 * computes it from the library and the popup only draws it.
 *
 * Data: one column per outlet (accounts from the same outlet share a column, the article
 * being read is column 0); every row holds one entry per column, so the popup's grid is a
 * direct map of the arrays.
 */
import type { FlagCategory } from '../protocol/article';
import type { PieceKind } from '../piece-type';
import type { Fingerprint } from '../matching/fingerprint';
import type { FlagSummary } from '../protocol/messages';
import { outletKey } from '../identity/outlet-name';
import { phraseRows } from './phrase-rows';
import { quoteRows } from './quote-rows';
import { uniqueFacts } from './unique-facts';

export interface CompareAccount {
  url: string;
  /** As the popup names it (see outletName). */
  outlet: string;
  title: string | null;
  text: string;
  flags: FlagSummary[];
  fingerprint: Fingerprint;
  /** Null for records stored before kinds were read. */
  pieceKind?: PieceKind | null;
}

export interface ComparisonOutlet {
  name: string;
  /** The accounts of this outlet that were compared. */
  urls: string[];
  /** The column of the article being read. */
  current: boolean;
  /** The kinds of piece of its accounts ("opinion", "report"), each once; none that is unknown. */
  pieceKinds: PieceKind[];
}

/** Own words, quoted, or both (in different sentences, or in two accounts of one outlet). */
export type PhraseUse = 'own' | 'quoted' | 'both';

export interface PhraseCell {
  use: PhraseUse;
  /** Who said it, when quoted and the text names the speaker. */
  speakers: string[];
}

export interface PhraseRow {
  /** The lexicon entry: "slammed" and "slams" are one row. */
  entryId: string;
  /** The wording the accounts use most. */
  text: string;
  category: FlagCategory;
  /** One per outlet column; null where the outlet did not use it. */
  cells: Array<PhraseCell | null>;
  /** How many outlets used it. */
  outletCount: number;
}

/** In every outlet's account, in some but not all, in one only. */
export type QuoteReach = 'all' | 'some' | 'one';

export interface QuoteRow {
  /** As printed (by the first outlet that carries it). */
  text: string;
  /** One per outlet column. */
  carried: boolean[];
  reach: QuoteReach;
}

export type FactKind = 'person' | 'place' | 'organisation' | 'name' | 'number';

export interface Fact {
  text: string;
  kind: FactKind;
  /** A few words around a figure, so "12" reads "on March 12"; null for names. */
  context: string | null;
}

export interface Comparison {
  outlets: ComparisonOutlet[];
  phrases: PhraseRow[];
  quotes: QuoteRow[];
  /** Per outlet column: the names and figures no other outlet's account mentions. */
  facts: Fact[][];
}

/** Accounts grouped into outlet columns; the first account is the article being read. */
export interface OutletColumn {
  name: string;
  accounts: CompareAccount[];
}

/** Compares `accounts`, the article being read first. */
export function compareAccounts(accounts: readonly CompareAccount[]): Comparison {
  const columns = outletColumns(accounts);
  return {
    outlets: columns.map((c, i) => ({ name: c.name, urls: c.accounts.map((a) => a.url), current: i === 0, pieceKinds: knownKinds(c.accounts) })),
    phrases: phraseRows(columns),
    quotes: quoteRows(columns),
    facts: uniqueFacts(columns),
  };
}

function outletColumns(accounts: readonly CompareAccount[]): OutletColumn[] {
  const columns = new Map<string, OutletColumn>();
  for (const account of accounts) {
    const key = outletKey(account.outlet);
    const column = columns.get(key);
    if (column) column.accounts.push(account);
    else columns.set(key, { name: account.outlet, accounts: [account] });
  }
  return [...columns.values()];
}

function knownKinds(accounts: readonly CompareAccount[]): PieceKind[] {
  const kinds = accounts.map((a) => a.pieceKind).filter((k): k is PieceKind => !!k && k !== 'unknown');
  return [...new Set(kinds)];
}
