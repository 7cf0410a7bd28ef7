import { FLAG_CATEGORIES } from '../../core/protocol/article';
import { builtinGroups } from './lexicon-groups';
import { withCategoryOn } from './mutes';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';

/** One switch per kind of framing (settings.mutedCategories). */
export function CategorySwitches({ settings, update, onError }: SettingsProps & { onError: (failed: boolean) => void }) {
  const t = uiText.lexicon;
  const counts = new Map(builtinGroups().map((g) => [g.category, g.entries.length]));
  return (
    <fieldset class="px-card">
      <legend>{t.categoriesHeading}</legend>
      <p class="px-hint">{t.categoriesHint}</p>
      <ul class="px-switch-grid">
        {FLAG_CATEGORIES.map((category) => (
          <li key={category}>
            <label class="px-switch">
              <input
                type="checkbox"
                checked={settings ? !settings.mutedCategories.includes(category) : true}
                disabled={!settings}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void update((s) => withCategoryOn(s, category, on)).then((ok) => onError(!ok));
                }}
              />
              <span class={`px-swatch px-cat-${category}`} aria-hidden="true" />
              <span>
                {uiText.categories[category]} <span class="px-count">{t.phraseCount(counts.get(category) ?? 0)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
