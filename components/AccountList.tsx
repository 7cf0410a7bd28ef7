import { groupByOutlet } from '../core/compare/group-by-outlet';
import { outletKey } from '../core/identity/outlet-name';
import type { ArticleReport, MatchesResponse } from '../core/protocol/messages';
import { CoverageNote } from './CoverageNote';
import { LibraryError, LibraryLoading } from './LibraryStates';
import { OutletGroup } from './OutletGroup';
import { popupText } from './popup-text';
import { StarterOffer } from './starter/StarterOffer';

const t = popupText.accounts;

export interface Props {
  /** The article being read: its date places the coverage window. */
  report: ArticleReport;
  matches: MatchesResponse | null;
  /** Publication time of the article being read, to say "1 day later". */
  reference: string | null;
  /** Each outlet's colour (see outletSlots). */
  slots: Map<string, number>;
}

/** The other accounts of this event in the reader's library, grouped by outlet, best match first. */
export function AccountList({ report, matches, reference, slots }: Props) {
  return (
    <section class="px-section" aria-labelledby="px-accounts-heading">
      <h2 id="px-accounts-heading" class="px-sr">
        {t.heading}
      </h2>
      <AccountListBody report={report} matches={matches} reference={reference} slots={slots} />
    </section>
  );
}

function AccountListBody({ report, matches, reference, slots }: Props) {
  if (!matches) return <LibraryLoading />;
  if (!matches.ok) return <LibraryError detail={matches.error} />;
  if (matches.matches.length === 0) {
    return (
      <>
        <NoAccounts others={matches.libraryCount - (matches.stored ? 1 : 0)} />
        <CoverageNote report={report} matches={[]} />
        <StarterOffer />
      </>
    );
  }
  const groups = groupByOutlet(matches.matches);
  return (
    <>
      <p class="px-lede">{t.lede(matches.matches.length, groups.length)}</p>
      <CoverageNote report={report} matches={matches.matches} />
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
      <p class="px-empty-title">{t.noneTitle}</p>
      <p>
        {t.noneHeld(others)} {t.noneAdvice}
      </p>
      <p class="px-note">{t.noneNote}</p>
    </div>
  );
}
