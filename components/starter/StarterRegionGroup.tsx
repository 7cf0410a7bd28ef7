import type { FollowProgress, FollowRow } from '../../core/feeds/follow-progress';
import type { StarterOutlet, StarterRegion } from '../../core/starter/starter-outlet';
import { displayName, starterText as t } from './starter-text';

export interface Props {
  region: StarterRegion;
  outlets: StarterOutlet[];
  chosen: ReadonlySet<string>;
  progress: FollowProgress | null;
  onToggle(outlet: StarterOutlet, on: boolean): void;
}

/** One region's outlets as checkboxes: each with its country, language and kind, the kind's source, and how following it went. */
export function StarterRegionGroup({ region, outlets, chosen, progress, onToggle }: Props) {
  if (outlets.length === 0) return null;
  return (
    <fieldset class="px-starter-region">
      <legend>{t.regions[region]}</legend>
      <ul class="px-starter-list">
        {outlets.map((outlet) => {
          const id = `px-starter-${outlet.id}`;
          const row = progress?.rows.find((r) => r.site === outlet.site) ?? null;
          return (
            <li key={outlet.id} class="px-starter-outlet" data-outlet={outlet.id}>
              <input type="checkbox" id={id} checked={chosen.has(outlet.id)} onChange={(event) => onToggle(outlet, event.currentTarget.checked)} aria-describedby={`${id}-meta${row ? ` ${id}-status` : ''}`} />
              <label for={id}>
                <span class="px-starter-name">{outlet.name}</span>
                {outlet.kind === 'state-controlled' && <span class="px-starter-state">{t.kinds['state-controlled']}</span>}
              </label>
              <span class="px-starter-meta" id={`${id}-meta`}>
                {t.meta(displayName('region', outlet.country), displayName('language', outlet.language), t.kinds[outlet.kind])}{' '}
                <a href={outlet.kindSource.url} target="_blank" rel="noreferrer">
                  {t.sourceLink(t.sources[outlet.kindSource.name])}
                </a>
              </span>
              {row && (
                <span class={`px-starter-status px-starter-status-${row.status}`} id={`${id}-status`} data-status={row.status}>
                  {rowWords(row)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function rowWords(row: FollowRow): string {
  switch (row.status) {
    case 'finding':
      return t.row.finding;
    case 'checking':
      return t.row.checking;
    case 'read':
      return t.row.read(row.stories);
    case 'no-feed':
      return t.row.noFeed(row.error ?? '');
    case 'failed':
      return t.row.failed(row.error ?? '');
  }
}
