import { browser } from 'wxt/browser';
import type { LookupAvailability } from '../core/protocol/outlet-messages';
import { emptyProfile, type OutletProfile } from '../core/outlet/outlet-profile';
import { OutletFacts } from './OutletFacts';
import { OutletNoteForm } from './OutletNoteForm';
import { OutletPolicies } from './OutletPolicies';
import { OwnerKindLine } from './OwnerKindLine';
import { outletText as t, shownDate, shownTime } from './outlet-text';

export interface Props {
  site: string;
  name: string;
  profile: OutletProfile | undefined;
  lookups: LookupAvailability;
  pending: boolean;
  onSaved: () => void;
}

/** One outlet: what it declares about itself, who it is (Wikidata, or the reader's words), and the reader's form. */
export function OutletProfileCard({ site, name, profile, lookups, pending, onSaved }: Props) {
  const id = `px-profile-${site.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <section class="px-profile" aria-labelledby={id}>
      <h4 id={id} class="px-profile-name">
        {name} <span class="px-profile-site">{site}</span>
      </h4>
      <OutletPolicies profile={profile} />
      <section class="px-outlet-who">
        <h5>{t.who}</h5>
        <OwnerKindLine profile={profile ?? emptyProfile(site, 0)} />
        {profile && <OutletFacts profile={profile} name={name} />}
        <LookupLine profile={profile} lookups={lookups} pending={pending} site={site} />
      </section>
      <OutletNoteForm site={site} profile={profile} onSaved={onSaved} />
    </section>
  );
}

/** Where the Wikidata lookup stands, in words: off, not allowed, running, unknown outlet, or why it failed and when it is tried again. */
function LookupLine({ profile, lookups, pending, site }: Pick<Props, 'profile' | 'lookups' | 'pending' | 'site'>) {
  const lookup = profile?.lookup ?? { status: 'never' as const };
  if (lookup.status === 'found') return null;
  if (lookup.status === 'unknown') return <p class="px-hint">{t.lookup.unknown(site, shownDate(lookup.at))}</p>;
  if (lookups === 'off') {
    return (
      <p class="px-hint">
        {t.lookupsOff}{' '}
        <button type="button" class="px-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.openSettings}
        </button>
      </p>
    );
  }
  if (lookups === 'no-access') return <p class="px-hint">{t.noAccess}</p>;
  if (lookup.status === 'never' || pending) return <p class="px-hint px-lookup-pending">{t.lookup.pending}</p>;
  return <p class="px-hint">{t.lookup[lookup.status](shownTime(lookup.retryAt))}</p>;
}
