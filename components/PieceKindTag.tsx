import type { PieceKind } from '../core/piece-type';
import { pieceKindNames, pieceKindText } from './piece-kind-text';

export interface Props {
  kind: PieceKind;
}

/**
 * A short tag naming the kind of piece ("Opinion"); screen readers hear "Kind of piece:
 * Opinion". Opinion and sponsored content get their own colour: they are the kinds a
 * reader most needs to tell from a report.
 */
export function PieceKindTag({ kind }: Props) {
  return (
    <span class={`px-kind px-kind-${kind}`}>
      <span aria-hidden="true">{pieceKindNames[kind]}</span>
      <span class="px-sr">{pieceKindText.label(kind)}</span>
    </span>
  );
}
