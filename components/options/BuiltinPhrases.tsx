import { useMemo, useState } from 'preact/hooks';
import type { FlagCategory } from '../../core/protocol/article';
import { builtinGroups, filterGroups, type BrowseEntry } from './lexicon-groups';
import { mutedKeys, withPhraseMuted } from './mutes';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';

/** The builtin lexicon by kind of framing, with a filter box and a mute switch per phrase. */
export function BuiltinPhrases({ settings, update, onError }: SettingsProps & { onError: (failed: boolean) => void }) {
  const t = uiText.lexicon;
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<ReadonlySet<FlagCategory>>(new Set());
  const groups = useMemo(() => filterGroups(builtinGroups(), filter), [filter]);
  const muted = settings ? mutedKeys(settings) : new Set<string>();
  const filtering = filter.trim() !== '';
  const matching = groups.reduce((n, g) => n + g.entries.length, 0);

  const setMuted = (entry: BrowseEntry, on: boolean) => void update((s) => withPhraseMuted(s, entry.phrase, on)).then((ok) => onError(!ok));

  return (
    <section class="px-card" aria-labelledby="px-builtin-heading">
      <h3 id="px-builtin-heading">{t.builtinHeading}</h3>
      <div class="px-field">
        <label for="px-lex-filter">{t.filterLabel}</label>
        <input
          id="px-lex-filter"
          type="search"
          value={filter}
          placeholder={t.filterPlaceholder}
          aria-describedby="px-lex-filter-count"
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </div>
      <p id="px-lex-filter-count" class="px-hint" aria-live="polite">
        {filtering && (matching === 0 ? t.noneMatch : t.filterCount(matching))}
      </p>
      {groups.map((group) => (
        <details
          key={group.category}
          class="px-group"
          open={filtering || open.has(group.category)}
          onToggle={(e) => {
            if (filtering) return;
            const next = new Set(open);
            if (e.currentTarget.open) next.add(group.category);
            else next.delete(group.category);
            setOpen(next);
          }}
        >
          <summary>
            <span class={`px-swatch px-cat-${group.category}`} aria-hidden="true" />
            {uiText.categories[group.category]} <span class="px-count">{t.phraseCount(group.entries.length)}</span>
            {settings?.mutedCategories.includes(group.category) && <span class="px-tag">{t.categoryOff}</span>}
          </summary>
          <ul class="px-entries">
            {group.entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} muted={muted.has(entry.key)} disabled={!settings} onMute={setMuted} />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

interface RowProps {
  entry: BrowseEntry;
  muted: boolean;
  disabled: boolean;
  onMute: (entry: BrowseEntry, muted: boolean) => void;
}

function EntryRow({ entry, muted, disabled, onMute }: RowProps) {
  const t = uiText.lexicon;
  return (
    <li class={`px-entry${muted ? ' px-muted' : ''}`}>
      <div class="px-entry-text">
        <p class="px-entry-phrase">
          <span class={`px-phrase px-cat-${entry.category}`}>{entry.phrase}</span>
          {muted && <span class="px-tag">{t.muted}</span>}
        </p>
        <p class="px-entry-explanation">{entry.explanation}</p>
        {entry.neutral.length > 0 && (
          <p class="px-neutral">
            {t.neutral} {entry.neutral.join(' / ')}
          </p>
        )}
      </div>
      <button
        type="button"
        class="px-button px-small"
        aria-label={muted ? t.unmuteLabel(entry.phrase) : t.muteLabel(entry.phrase)}
        disabled={disabled}
        onClick={() => onMute(entry, !muted)}
      >
        {muted ? t.unmute : t.mute}
      </button>
    </li>
  );
}
