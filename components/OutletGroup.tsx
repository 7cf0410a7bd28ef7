import type { OutletGroup as Group } from '../core/compare/group-by-outlet';
import type { MatchView } from '../core/protocol/messages';
import { AccountCard } from './AccountCard';
import { OutletBadge, SLOTS } from './OutletBadge';
import { popupText } from './popup-text';

export interface Props {
  group: Group<MatchView>;
  slot: number;
  reference: string | null;
}

/** An outlet's name once, its accounts of this event below it. */
export function OutletGroup({ group, slot, reference }: Props) {
  const id = `px-outlet-${slot}`;
  return (
    <li class={`px-outlet px-slot-${slot % SLOTS}`}>
      <h3 class="px-outlet-name" id={id}>
        <OutletBadge name={group.name} slot={slot} />
        <span>{group.name}</span>
        {group.accounts.length > 1 && <span class="px-outlet-count">{popupText.accounts.outletCount(group.accounts.length)}</span>}
      </h3>
      <ul class="px-accounts" aria-labelledby={id}>
        {group.accounts.map((match) => (
          <AccountCard key={match.url} match={match} reference={reference} />
        ))}
      </ul>
    </li>
  );
}
