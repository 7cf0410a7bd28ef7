/**
 * What kind of piece an article is, and why Parallax thinks so. Plain data, so it
 * crosses messages, IndexedDB and the CLI. Reasons are ids (rendered through i18n by
 * the interface) with the evidence as the page states it.
 */

export const PIECE_KINDS = [
  'report',
  'opinion',
  'analysis',
  'review',
  'interview',
  'liveblog',
  'press-release',
  'satire',
  'sponsored',
  'unknown',
] as const;

export type PieceKind = (typeof PIECE_KINDS)[number];

/** Where the evidence was found, most trusted first. */
export const PIECE_REASONS = [
  'schema-type',
  'schema-genre',
  'meta-section',
  'page-label',
  'breadcrumb',
  'byline-form',
  'title-label',
  'address-host',
  'address-section',
  'news-type',
  'news-section',
] as const;

export type PieceReasonId = (typeof PIECE_REASONS)[number];

export interface PieceReason {
  id: PieceReasonId;
  /** The page's own words or type name, bounded, one line of text. */
  evidence: string;
}

export interface PieceType {
  kind: PieceKind;
  reasons: PieceReason[];
}

export const UNKNOWN_PIECE: PieceType = { kind: 'unknown', reasons: [] };

export const MAX_PIECE_REASONS = 4;
export const MAX_EVIDENCE_CHARS = 120;

export function isPieceKind(value: unknown): value is PieceKind {
  return (PIECE_KINDS as readonly unknown[]).includes(value);
}

export function isPieceReasonId(value: unknown): value is PieceReasonId {
  return (PIECE_REASONS as readonly unknown[]).includes(value);
}
