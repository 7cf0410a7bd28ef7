import type { ComparisonOutlet } from '../core/compare/compare-accounts';
import { OutletBadge } from './OutletBadge';
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
          <th key={outlet.name} scope="col" class="px-col" title={outlet.name + (outlet.current ? THIS_ARTICLE : '')}>
            <OutletBadge name={outlet.name} slot={slots[i]!} />
            <span class="px-sr">
              {outlet.name}
              {outlet.current && THIS_ARTICLE}
            </span>
          </th>
        ))}
      </tr>
    </thead>
  );
}
