import type { PieceType } from '../core/piece-type';
import { pieceKindText as t } from './piece-kind-text';
import { PieceKindTag } from './PieceKindTag';

export interface Props {
  pieceType: PieceType | undefined;
}

/**
 * The article's kind under its title, and why: a native disclosure, so it opens from the
 * keyboard and says whether it is open. The evidence is the page's own words, as text.
 */
export function PieceKindLine({ pieceType }: Props) {
  const kind = pieceType?.kind ?? 'unknown';
  const reasons = pieceType?.reasons ?? [];
  return (
    <details class="px-kind-line">
      <summary>
        <PieceKindTag kind={kind} />
        <span class="px-kind-why">{t.why}</span>
      </summary>
      {reasons.length > 0 ? (
        <ul class="px-kind-reasons">
          {reasons.map((r) => (
            <li key={`${r.id}:${r.evidence}`}>{t.reason(r)}</li>
          ))}
        </ul>
      ) : (
        <p class="px-kind-reasons">{t.none}</p>
      )}
    </details>
  );
}
