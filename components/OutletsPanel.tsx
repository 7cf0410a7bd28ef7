import { useState } from 'preact/hooks';
import { outletName } from '../core/identity/outlet-name';
import { emptyProfile } from '../core/outlet/outlet-profile';
import { CoverageSummary } from './CoverageSummary';
import { OutletProfileCard } from './OutletProfileCard';
import { outletText as t } from './outlet-text';
import { useOutletProfiles } from './use-outlet-profiles';

export interface Props {
  /** The article's own page first, then one page of each other account. */
  pages: Array<{ url: string; siteName: string | null }>;
}

/** The Outlets tab: the article's outlet, then the event's other outlets, then who covered the event. */
export function OutletsPanel({ pages }: Props) {
  const [refresh, setRefresh] = useState(0);
  const state = useOutletProfiles(
    pages.map((p) => p.url),
    refresh,
  );
  if (state.status === 'loading') return <p class="px-status">{t.loading}</p>;
  if (state.status === 'error') return <p class="px-status px-error">{t.error(state.error)}</p>;
  const { answer } = state;
  // One card per site, named as the first page of it names the outlet.
  const outlets: Array<{ site: string; name: string }> = [];
  answer.sites.forEach((site, i) => {
    if (site && !outlets.some((o) => o.site === site)) outlets.push({ site, name: outletName(pages[i]!.siteName, pages[i]!.url) });
  });
  const [own, ...others] = outlets;
  const card = (outlet: { site: string; name: string }) => (
    <OutletProfileCard
      key={outlet.site}
      site={outlet.site}
      name={outlet.name}
      profile={answer.profiles[outlet.site]}
      lookups={answer.lookups}
      pending={answer.pending.includes(outlet.site)}
      onSaved={() => setRefresh((n) => n + 1)}
    />
  );
  // An outlet with no profile yet still has a kind of owner (the starter set may know it, else "not known").
  const profiles = outlets.map((o) => answer.profiles[o.site] ?? emptyProfile(o.site, 0));
  return (
    <div class="px-outlets-panel">
      <h2 class="px-sr">{t.tab}</h2>
      {own && (
        <section aria-labelledby="px-outlets-this">
          <h3 id="px-outlets-this" class="px-section-title">
            {t.thisOutlet}
          </h3>
          {card(own)}
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="px-outlets-event">
          <h3 id="px-outlets-event" class="px-section-title">
            {t.eventOutlets}
          </h3>
          {others.map((o) => card(o))}
        </section>
      )}
      {outlets.length > 1 && <CoverageSummary profiles={profiles} outlets={outlets.length} library={answer.library} />}
    </div>
  );
}
