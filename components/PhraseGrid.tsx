import type { Comparison, PhraseCell } from '../core/compare/compare-accounts';
import { categoryName, count } from './format';
import { GridHead } from './GridHead';
import { SLOTS } from './OutletBadge';

export interface Props {
  comparison: Comparison;
  slots: number[];
}

const USE_WORDS = { own: 'own words', quoted: 'quoted', both: 'own words and quoted' } as const;

/** Framing phrases down, outlets across; a phrase only one outlet used is marked out. */
export function PhraseGrid({ comparison, slots }: Props) {
  const { outlets, phrases } = comparison;
  if (phrases.length === 0) {
    return <p class="px-empty">None of these accounts uses a framing phrase from the lexicon.</p>;
  }
  const solo = phrases.filter((p) => p.outletCount === 1).length;
  return (
    <>
      <p class="px-lede">{phraseSummary(phrases.length, solo)}</p>
      <table class="px-grid px-phrase-grid">
        <caption class="px-sr">Framing phrases (rows) each outlet (columns) used, in its own words or quoted</caption>
        <GridHead corner="Phrase" outlets={outlets} slots={slots} />
        <tbody>
          {phrases.map((row) => {
            const only = row.outletCount === 1;
            return (
              <tr key={row.entryId} class={only ? 'px-solo' : undefined} data-entry={row.entryId}>
                <th scope="row" class="px-phrase-head">
                  <span class="px-grid-phrase">{row.text}</span>
                  <span class="px-grid-meta">
                    {categoryName(row.category)}
                    {only && <span class="px-sr"> · only one outlet</span>}
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
  const words = cell ? USE_WORDS[cell.use] + (cell.speakers.length ? ` (${cell.speakers.join(', ')})` : '') : 'not used';
  return (
    <td class="px-cell" data-use={cell?.use ?? 'none'} data-outlet={outlet}>
      <span class={`px-dot px-dot-${cell?.use ?? 'none'} px-slot-${slot % SLOTS}`} title={`${outlet}: ${words}`} aria-hidden="true" />
      <span class="px-sr">{words}</span>
    </td>
  );
}

function phraseSummary(total: number, solo: number): string {
  if (solo === total) return `${count(total, 'phrase')}, each used by one outlet only.`;
  if (solo === 0) return `${count(total, 'phrase')}, all used by more than one outlet.`;
  return `${count(total, 'phrase')}: ${total - solo} shared, ${solo} used by one outlet only.`;
}
