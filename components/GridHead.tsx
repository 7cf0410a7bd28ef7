import type { ComparisonOutlet } from '../core/compare/compare-accounts';
import { OutletBadge } from './OutletBadge';
import { pieceKindNames } from './piece-kind-text';
import { popupText } from './popup-text';

const THIS_ARTICLE = ` ${popupText.compare.thisArticleParen}`;

export interface Props {
  /** Heads the row-header column ("Phrase", "Quotation"). */
  corner: string;
  outlets: ComparisonOutlet[];
  slots: number[];
}

/** The grids' column heads: each outlet's badge, its full name for screen readers and on hover. */
export function GridHead({ corner, outlets, slots }: Props) {
  return (
    <thead>
      <tr>
        <th scope="col" class="px-corner">
          {corner}
        </th>
        {outlets.map((outlet, i) => (
          <th key={outlet.name} scope="col" class="px-col" title={outlet.name + (outlet.current ? THIS_ARTICLE : '') + kindsOf(outlet)}>
            <OutletBadge name={outlet.name} slot={slots[i]!} />
            <span class="px-sr">
              {outlet.name}
              {outlet.current && THIS_ARTICLE}
              {kindsOf(outlet)}
            </span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** ", Opinion": the column's kinds of piece, for its title and for screen readers (the legend shows them as tags). */
function kindsOf(outlet: ComparisonOutlet): string {
  return outlet.pieceKinds.map((k) => `, ${pieceKindNames[k]}`).join('');
}
