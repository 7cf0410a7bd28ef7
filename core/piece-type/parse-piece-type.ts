import { cutText } from '../text/cut-text';
import { isPieceKind, isPieceReasonId, MAX_EVIDENCE_CHARS, MAX_PIECE_REASONS, type PieceReason, type PieceType } from './piece-kind';
import { isObject as isRecord } from '../protocol/validate';

/**
 * A piece type as a content script, an offscreen document or a library file sends it:
 * untrusted, so rebuilt field by field, the kind and reason ids from our own lists,
 * the evidence cut to one bounded line. Undefined when absent or unusable: the article
 * is kept without a kind rather than refused (older records and files have none).
 */
export function parsePieceType(value: unknown): PieceType | undefined {
  if (!isRecord(value) || !isPieceKind(value['kind'])) return undefined;
  const reasons: PieceReason[] = [];
  const raw = Array.isArray(value['reasons']) ? value['reasons'].slice(0, MAX_PIECE_REASONS) : [];
  for (const reason of raw) {
    if (!isRecord(reason) || !isPieceReasonId(reason['id']) || typeof reason['evidence'] !== 'string') continue;
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    const line = reason['evidence'].replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
    reasons.push({ id: reason['id'], evidence: cutText(line, MAX_EVIDENCE_CHARS).trim() });
  }
  return { kind: value['kind'], reasons };
}
