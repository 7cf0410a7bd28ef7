import type { Comparison, PhraseCell } from '../core/compare/compare-accounts';
import { categoryName } from './format';
import { GridHead } from './GridHead';
import { SLOTS } from './OutletBadge';
import { popupText } from './popup-text';

export interface Props {
  comparison: Comparison;
  slots: number[];
}

const t = popupText.phraseGrid;

/** Framing phrases down, outlets across; a phrase only one outlet used is marked out. */
export function PhraseGrid({ comparison, slots }: Props) {
  const { outlets, phrases } = comparison;
  if (phrases.length === 0) {
    return <p class="px-empty">{t.none}</p>;
  }
  const solo = phrases.filter((p) => p.outletCount === 1).length;
  return (
    <>
      <p class="px-lede">{t.summary(phrases.length, solo)}</p>
      <table class="px-grid px-phrase-grid">
        <caption class="px-sr">{t.caption}</caption>
        <GridHead corner={t.corner} outlets={outlets} slots={slots} />
        <tbody>
          {phrases.map((row) => {
            const only = row.outletCount === 1;
            return (
              <tr key={row.entryId} class={only ? 'px-solo' : undefined} data-entry={row.entryId}>
                <th scope="row" class="px-phrase-head">
                  <span class="px-grid-phrase">{row.text}</span>
                  <span class="px-grid-meta">
                    {categoryName(row.category)}
                    {only && <span class="px-sr"> · {t.soloMark}</span>}
                  </span>
                </th>
                {row.cells.map((cell, i) => (
                  <UseCell key={outlets[i]!.name} cell={cell} outlet={outlets[i]!.name} slot={slots[i]!} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function UseCell({ cell, outlet, slot }: { cell: PhraseCell | null; outlet: string; slot: number }) {
  const words = cell ? (cell.speakers.length ? t.withSpeakers(t.use[cell.use], cell.speakers) : t.use[cell.use]) : t.notUsed;
  return (
    <td class="px-cell" data-use={cell?.use ?? 'none'} data-outlet={outlet}>
      <span class={`px-dot px-dot-${cell?.use ?? 'none'} px-slot-${slot % SLOTS}`} title={t.cellTitle(outlet, words)} aria-hidden="true" />
      <span class="px-sr">{words}</span>
    </td>
  );
}
