import { FLAG_AMOUNTS } from '../../core/settings/settings';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';

/** Fewer, surer flags or more of them (settings.flagAmount: the learned scorer's threshold). */
export function FlagAmountChoice({ settings, update, onError }: SettingsProps & { onError: (failed: boolean) => void }) {
  const t = uiText.lexicon;
  return (
    <fieldset class="px-card" aria-describedby="px-flag-amount-hint">
      <legend>{t.flagAmountLabel}</legend>
      <p class="px-hint" id="px-flag-amount-hint">
        {t.flagAmountHint}
      </p>
      {FLAG_AMOUNTS.map((amount) => (
        <label key={amount} class="px-radio">
          <input
            type="radio"
            name="px-flag-amount"
            value={amount}
            checked={(settings?.flagAmount ?? 'standard') === amount}
            disabled={!settings}
            onChange={() => void update((s) => ({ ...s, flagAmount: amount })).then((ok) => onError(!ok))}
          />
          <span>{t.flagAmounts[amount]}</span>
        </label>
      ))}
    </fieldset>
  );
}
