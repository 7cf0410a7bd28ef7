import { groupByOutlet } from '../core/compare/group-by-outlet';
import { outletKey } from '../core/compare/outlet-name';
import type { MatchesResponse } from '../core/messages';
import { count } from './format';
import { LibraryError, LibraryLoading } from './LibraryStates';
import { OutletGroup } from './OutletGroup';

export interface Props {
  matches: MatchesResponse | null;
  /** Publication time of the article being read, to say "1 day later". */
  reference: string | null;
  /** Each outlet's colour (see outletSlots). */
  slots: Map<string, number>;
}

/** The other accounts of this event in the reader's library, grouped by outlet, best match first. */
export function AccountList({ matches, reference, slots }: Props) {
  return (
    <section class="px-section" aria-labelledby="px-accounts-heading">
      <h2 id="px-accounts-heading" class="px-sr">
        Other accounts of this event
      </h2>
      <AccountListBody matches={matches} reference={reference} slots={slots} />
    </section>
  );
}

function AccountListBody({ matches, reference, slots }: Props) {
  if (!matches) return <LibraryLoading />;
  if (!matches.ok) return <LibraryError detail={matches.error} />;
  if (matches.matches.length === 0) return <NoAccounts others={matches.libraryCount - (matches.stored ? 1 : 0)} />;
  const groups = groupByOutlet(matches.matches);
  return (
    <>
      <p class="px-lede">
        {count(matches.matches.length, 'other account')} of this event in your library
        {groups.length > 1 ? `, from ${count(groups.length, 'outlet')}, best match first` : ''}.
      </p>
      <ul class="px-outlets">
        {groups.map((group) => (
          <OutletGroup key={group.key} group={group} slot={slots.get(outletKey(group.name)) ?? 1} reference={reference} />
        ))}
      </ul>
    </>
  );
}

function NoAccounts({ others }: { others: number }) {
  return (
    <div class="px-empty">
      <p class="px-empty-title">No other accounts of this event yet</p>
      <p>
        {others > 0 ? `Your library holds ${count(others, 'other article')}, none about this story.` : 'Your library holds no other article yet.'}{' '}
        Open this story on other outlets’ sites: Parallax keeps each article you read and lists the other accounts here,
        grouped by outlet.
      </p>
      <p class="px-note">Following outlets, so their coverage comes to you, is on the way.</p>
    </div>
  );
}
