import { useState } from 'preact/hooks';
import { FLAG_CATEGORIES } from '../../core/protocol/article';
import { checkNewPhrase, type NewPhrase } from './own-entries';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';

const EMPTY: NewPhrase = { phrase: '', category: 'label', explanation: '', neutral: '' };

/** Adds one phrase of the reader's own; the framing engine's validation says what is wrong with a bad one. */
export function OwnPhraseForm({ settings, update, onAdded }: SettingsProps & { onAdded: (phrase: string) => void }) {
  const t = uiText.lexicon;
  const [input, setInput] = useState<NewPhrase>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<NewPhrase>) => setInput({ ...input, ...change });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!settings) return;
    const checked = checkNewPhrase(input, settings.userEntries, t.newPhraseLabel);
    if ('error' in checked) return setError(checked.error);
    const { entry } = checked;
    if (!(await update((s) => ({ ...s, userEntries: [...s.userEntries, entry] })))) return setError(uiText.settingsNotSaved);
    setError(null);
    setInput({ ...EMPTY, category: input.category });
    onAdded(entry.phrase);
  };

  return (
    <form class="px-own-form" onSubmit={(e) => void submit(e)} noValidate>
      <div class="px-field px-field-wide">
        <label for="px-own-phrase">{t.phraseLabel}</label>
        <input
          id="px-own-phrase"
          type="text"
          value={input.phrase}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'px-own-error' : undefined}
          onInput={(e) => set({ phrase: e.currentTarget.value })}
        />
      </div>
      <div class="px-field">
        <label for="px-own-category">{t.categoryLabel}</label>
        <select id="px-own-category" value={input.category} onChange={(e) => set({ category: e.currentTarget.value })}>
          {FLAG_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {uiText.categories[category]}
            </option>
          ))}
        </select>
      </div>
      <div class="px-field px-field-wide">
        <label for="px-own-explanation">{t.explanationLabel}</label>
        <input
          id="px-own-explanation"
          type="text"
          value={input.explanation}
          aria-describedby="px-own-explanation-hint"
          onInput={(e) => set({ explanation: e.currentTarget.value })}
        />
        <p id="px-own-explanation-hint" class="px-hint">
          {t.explanationHint}
        </p>
      </div>
      <div class="px-field px-field-wide">
        <label for="px-own-neutral">{t.neutralLabel}</label>
        <textarea
          id="px-own-neutral"
          rows={2}
          value={input.neutral}
          aria-describedby="px-own-neutral-hint"
          onInput={(e) => set({ neutral: e.currentTarget.value })}
        />
        <p id="px-own-neutral-hint" class="px-hint">
          {t.neutralHint}
        </p>
      </div>
      <p id="px-own-error" role="alert" class="px-error px-field-wide">
        {error}
      </p>
      <div class="px-field-wide">
        <button type="submit" class="px-button px-primary" disabled={!settings}>
          {t.add}
        </button>
      </div>
    </form>
  );
}
