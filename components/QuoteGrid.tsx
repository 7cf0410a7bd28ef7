import type { Comparison, QuoteReach } from '../core/compare/compare-accounts';
import { GridHead } from './GridHead';
import { SLOTS } from './OutletBadge';

export interface Props {
  comparison: Comparison;
  slots: number[];
}

const REACH_HEADS: Record<QuoteReach, string> = { all: 'In every account', some: 'In some accounts', one: 'In one account only' };

/** Quotations down, outlets across, in groups: carried by all, by some, by one only. */
export function QuoteGrid({ comparison, slots }: Props) {
  const { outlets, quotes } = comparison;
  if (quotes.length === 0) return <p class="px-empty">These accounts quote no one directly.</p>;
  const groups = (['all', 'some', 'one'] as const).map((reach) => ({ reach, rows: quotes.filter((q) => q.reach === reach) }));
  return (
    <table class="px-grid px-quote-grid">
      <caption class="px-sr">Quotations (rows) and the outlets (columns) that carry them</caption>
      <GridHead corner="Quotation" outlets={outlets} slots={slots} />
      {groups
        .filter((g) => g.rows.length > 0)
        .map(({ reach, rows }) => (
          <tbody key={reach} class={`px-reach-${reach}`}>
            <tr class="px-rowgroup">
              <th scope="rowgroup" colSpan={outlets.length + 1}>
                {REACH_HEADS[reach]}
              </th>
            </tr>
            {rows.map((row) => (
              <tr key={row.text}>
                <th scope="row" class="px-quote-head">
                  “{row.text}”
                </th>
                {row.carried.map((carried, i) => (
                  <td key={outlets[i]!.name} class="px-cell" data-use={carried ? 'carried' : 'none'}>
                    <span class={`px-dot px-dot-${carried ? 'own' : 'none'} px-slot-${slots[i]! % SLOTS}`} aria-hidden="true" />
                    <span class="px-sr">{carried ? 'carries it' : 'does not'}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
    </table>
  );
}
