import type { Comparison } from '../core/compare/compare-accounts';
import { GridHead } from './GridHead';
import { SLOTS } from './OutletBadge';
import { popupText } from './popup-text';

export interface Props {
  comparison: Comparison;
  slots: number[];
}

const t = popupText.quoteGrid;

/** Quotations down, outlets across, in groups: carried by all, by some, by one only. */
export function QuoteGrid({ comparison, slots }: Props) {
  const { outlets, quotes } = comparison;
  if (quotes.length === 0) return <p class="px-empty">{t.none}</p>;
  const groups = (['all', 'some', 'one'] as const).map((reach) => ({ reach, rows: quotes.filter((q) => q.reach === reach) }));
  return (
    <table class="px-grid px-quote-grid">
      <caption class="px-sr">{t.caption}</caption>
      <GridHead corner={t.corner} outlets={outlets} slots={slots} />
      {groups
        .filter((g) => g.rows.length > 0)
        .map(({ reach, rows }) => (
          <tbody key={reach} class={`px-reach-${reach}`}>
            <tr class="px-rowgroup">
              <th scope="rowgroup" colSpan={outlets.length + 1}>
                {t.reach[reach]}
              </th>
            </tr>
            {rows.map((row) => (
              <tr key={row.text}>
                <th scope="row" class="px-quote-head">
                  {popupText.quote(row.text)}
                </th>
                {row.carried.map((carried, i) => (
                  <td key={outlets[i]!.name} class="px-cell" data-use={carried ? 'carried' : 'none'}>
                    <span class={`px-dot px-dot-${carried ? 'own' : 'none'} px-slot-${slots[i]! % SLOTS}`} aria-hidden="true" />
                    <span class="px-sr">{carried ? t.carries : t.doesNot}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
    </table>
  );
}
