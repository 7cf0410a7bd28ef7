import type { LibraryItem } from '../../core/protocol/library-messages';
import { formatDay, uiText } from './ui-text';

export interface Props {
  items: LibraryItem[];
  selected: ReadonlySet<string>;
  onToggle: (url: string, on: boolean) => void;
}

/** The articles found; page text is rendered as text only. */
export function LibraryList({ items, selected, onToggle }: Props) {
  return (
    <ul class="px-lib-list" aria-label={uiText.library.resultsLabel}>
      {items.map((item) => (
        <LibraryRow key={item.url} item={item} checked={selected.has(item.url)} onToggle={onToggle} />
      ))}
    </ul>
  );
}

function LibraryRow({ item, checked, onToggle }: { item: LibraryItem; checked: boolean; onToggle: Props['onToggle'] }) {
  const t = uiText.library;
  const title = item.title ?? t.untitled;
  const published = formatDay(item.publishedTime);
  const day = published ? t.published(published) : t.opened(formatDay(item.lastSeen) ?? '');
  return (
    <li class={`px-lib-item${checked ? ' px-selected' : ''}`}>
      <input type="checkbox" checked={checked} aria-label={t.selectOne(title)} onChange={(e) => onToggle(item.url, e.currentTarget.checked)} />
      <div class="px-lib-body">
        <a class="px-lib-title" href={item.url} target="_blank" rel="noreferrer noopener">
          {title}
          <span class="px-visually-hidden"> {uiText.opensInNewTab}</span>
        </a>
        <p class="px-lib-meta">
          <span class="px-lib-outlet">{item.outlet}</span>
          <span aria-hidden="true"> · </span>
          <span>{day}</span>
          {item.savedByHand && <span class="px-tag">{t.savedByHand}</span>}
        </p>
      </div>
    </li>
  );
}

