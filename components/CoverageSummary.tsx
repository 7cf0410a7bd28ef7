import { eventCoverage } from '../core/outlet/outlet-facts';
import type { OutletsResponse } from '../core/protocol/outlet-messages';
import type { OutletProfile } from '../core/outlet/outlet-profile';
import { starterSet } from '../core/starter/starter-set';
import { ownerKindText } from './owner-kind-text';
import { outletText } from './outlet-text';

export interface Props {
  /** The profiles of the event's outlets, the article's own among them (an empty one for an outlet with none yet). */
  profiles: OutletProfile[];
  /** How many outlets the event has, profiles or not. */
  outlets: number;
  library: OutletsResponse['library'];
}

/**
 * Which countries and kinds of outlet covered the event, and which of those the library
 * knows of did not. Modest by design: it counts only what the profiles say, and says so.
 */
export function CoverageSummary({ profiles, outlets, library }: Props) {
  const t = outletText.coverage;
  const coverage = eventCoverage(profiles, library, starterSet().outlets);
  const owners = ownerKindText.names;
  const unknown = coverage.unknown + Math.max(0, outlets - profiles.length);
  const counted = (items: Array<{ text: string; outlets: number }>) => items.map((i) => `${i.text} (${i.outlets})`).join(', ');
  return (
    <section class="px-covered-by" aria-labelledby="px-covered-by-heading">
      <h3 id="px-covered-by-heading">{t.heading}</h3>
      {coverage.countries.length === 0 && coverage.kinds.length === 0 && coverage.ownerKinds.every((o) => o.kind === 'unknown') ? (
        <p>{t.none}</p>
      ) : (
        <ul class="px-plain-list">
          {coverage.countries.length > 0 && <li>{t.countries(counted(coverage.countries))}</li>}
          {coverage.kinds.length > 0 && <li>{t.kinds(counted(coverage.kinds))}</li>}
          <li class="px-covered-owners">{ownerKindText.coverage(counted(coverage.ownerKinds.map((o) => ({ text: owners[o.kind], outlets: o.outlets }))))}</li>
          {coverage.missingCountries.length > 0 && <li>{t.missingCountries(coverage.missingCountries.join(', '))}</li>}
          {coverage.missingKinds.length > 0 && <li>{t.missingKinds(coverage.missingKinds.join(', '))}</li>}
          {coverage.missingOwnerKinds.length > 0 && <li>{ownerKindText.missing(coverage.missingOwnerKinds.map((k) => owners[k]).join(', '))}</li>}
        </ul>
      )}
      {unknown > 0 && <p>{t.unknown(unknown)}</p>}
      <p class="px-hint">{t.basis}</p>
    </section>
  );
}
