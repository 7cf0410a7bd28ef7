import { Component } from 'preact';
import type { FollowRow } from '../../core/feeds/follow-progress';
import type { StarterOutlet } from '../../core/starter/starter-outlet';
import { displayName, starterText as t } from './starter-text';

export interface Props {
  outlet: StarterOutlet;
  checked: boolean;
  /** How following this outlet went; null before the reader follows it. */
  row: FollowRow | null;
  onToggle(outlet: StarterOutlet, on: boolean): void;
}

/**
 * One outlet of the starter set: its checkbox, country, language and kind, the kind's
 * source, and how following it went. The page asks how the first check goes every 400 ms
 * and each answer is a new object: a row re-renders only when its own status, count or
 * error changed, not forty rows on every answer (a 73 ms task on a busy machine).
 */
export class StarterOutletRow extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const { outlet, checked, row, onToggle } = this.props;
    return next.outlet !== outlet || next.checked !== checked || next.onToggle !== onToggle || !sameRow(next.row, row);
  }

  override render({ outlet, checked, row, onToggle }: Props) {
    const id = `px-starter-${outlet.id}`;
    return (
      <li class="px-starter-outlet" data-outlet={outlet.id}>
        <input type="checkbox" id={id} checked={checked} onChange={(event) => onToggle(outlet, event.currentTarget.checked)} aria-describedby={`${id}-meta${row ? ` ${id}-status` : ''}`} />
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
  }
}

function sameRow(a: FollowRow | null, b: FollowRow | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.status === b.status && a.stories === b.stories && a.error === b.error;
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
