import type { FollowRow } from '../../core/feeds/follow-progress';
import type { StarterOutlet, StarterRegion } from '../../core/starter/starter-outlet';
import { StarterOutletRow } from './StarterOutletRow';
import { starterText as t } from './starter-text';

export interface Props {
  region: StarterRegion;
  outlets: StarterOutlet[];
  chosen: ReadonlySet<string>;
  /** How following each site went, by the site's address. */
  rows: ReadonlyMap<string, FollowRow>;
  onToggle(outlet: StarterOutlet, on: boolean): void;
}

/** One region's outlets as checkboxes: each with its country, language and kind, the kind's source, and how following it went. */
export function StarterRegionGroup({ region, outlets, chosen, rows, onToggle }: Props) {
  if (outlets.length === 0) return null;
  return (
    <fieldset class="px-starter-region">
      <legend>{t.regions[region]}</legend>
      <ul class="px-starter-list">
        {outlets.map((outlet) => (
          <StarterOutletRow key={outlet.id} outlet={outlet} checked={chosen.has(outlet.id)} row={rows.get(outlet.site) ?? null} onToggle={onToggle} />
        ))}
      </ul>
    </fieldset>
  );
}
