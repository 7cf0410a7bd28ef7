import { withPhraseMuted } from './mutes';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';

/** Every muted phrase in one place, whichever page muted it. */
export function MutedPhrases({ settings, update, onError }: SettingsProps & { onError: (failed: boolean) => void }) {
  const t = uiText.lexicon;
  const phrases = settings?.mutedPhrases ?? [];
  return (
    <section class="px-card" aria-labelledby="px-muted-heading">
      <h3 id="px-muted-heading">{t.mutedHeading}</h3>
      {phrases.length === 0 ? (
        <p class="px-empty">{t.noMuted}</p>
      ) : (
        <ul class="px-chips">
          {phrases.map((phrase) => (
            <li key={phrase} class="px-chip">
              <span>{phrase}</span>
              <button
                type="button"
                class="px-chip-remove"
                aria-label={t.unmuteLabel(phrase)}
                title={t.unmute}
                onClick={() => void update((s) => withPhraseMuted(s, phrase, false)).then((ok) => onError(!ok))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
