import type { PieceKind, PieceReason, PieceReasonId } from '../core/piece-type';
import { message } from '../platform/i18n';

/**
 * The words for kinds of piece and for the evidence behind them. Every name is written
 * out in a call of its own, so tests/i18n finds it in the catalogue.
 */

export const pieceKindNames: Record<PieceKind, string> = {
  report: message('piece_kind_report'),
  opinion: message('piece_kind_opinion'),
  analysis: message('piece_kind_analysis'),
  review: message('piece_kind_review'),
  interview: message('piece_kind_interview'),
  liveblog: message('piece_kind_liveblog'),
  'press-release': message('piece_kind_press_release'),
  satire: message('piece_kind_satire'),
  sponsored: message('piece_kind_sponsored'),
  unknown: message('piece_kind_unknown'),
};

const REASONS: Record<PieceReasonId, (evidence: string) => string> = {
  'schema-type': (e) => message('piece_reason_schema_type', e),
  'schema-genre': (e) => message('piece_reason_schema_genre', e),
  'meta-section': (e) => message('piece_reason_meta_section', e),
  'page-label': (e) => message('piece_reason_page_label', e),
  breadcrumb: (e) => message('piece_reason_breadcrumb', e),
  'byline-form': (e) => message('piece_reason_byline_form', e),
  'title-label': (e) => message('piece_reason_title_label', e),
  'address-host': (e) => message('piece_reason_address_host', e),
  'address-section': (e) => message('piece_reason_address_section', e),
  'news-type': (e) => message('piece_reason_news_type', e),
  'news-section': (e) => message('piece_reason_news_section', e),
};

export const pieceKindText = {
  label: (kind: PieceKind) => message('popup_piece_kind', pieceKindNames[kind]),
  why: message('popup_piece_kind_why'),
  none: message('popup_piece_kind_none'),
  reason: (reason: PieceReason) => REASONS[reason.id](reason.evidence),
};
