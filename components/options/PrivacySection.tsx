import { useState } from 'preact/hooks';
import { ClearEverything } from './ClearEverything';
import { DataTransfer } from './DataTransfer';
import type { SettingsProps } from './settings-props';
import { StorageUsage } from './StorageUsage';
import { uiText } from './ui-text';
import { WikidataChoice } from './WikidataChoice';

/** Automatic saving, what is stored and where, how much room it takes, export and import, and clearing it all. */
export function PrivacySection({ settings, update }: SettingsProps) {
  const t = uiText.privacy;
  const [failed, setFailed] = useState(false);
  const [imports, setImports] = useState(0);
  return (
    <>
      <p class="px-intro">{t.intro}</p>
      <section class="px-card" aria-labelledby="px-autosave-heading">
        <h3 id="px-autosave-heading">{t.autoSaveHeading}</h3>
        <label class="px-switch">
          <input
            type="checkbox"
            checked={settings?.autoSave ?? true}
            disabled={!settings}
            aria-describedby="px-autosave-hint"
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void update((s) => ({ ...s, autoSave: on })).then((ok) => setFailed(!ok));
            }}
          />{' '}
          {t.autoSave}
        </label>
        <p id="px-autosave-hint" class="px-hint">
          {t.autoSaveHint}
        </p>
        <p role="alert" class="px-error">
          {failed && uiText.settingsNotSaved}
        </p>
      </section>
      <section class="px-card" aria-labelledby="px-stored-heading">
        <h3 id="px-stored-heading">{t.storedHeading}</h3>
        <ul class="px-plain-list">
          {t.stored.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>{t.localHeading}</h3>
        <p>{t.local}</p>
      </section>
      <WikidataChoice settings={settings} update={update} />
      <StorageUsage refresh={imports} />
      <DataTransfer settings={settings} update={update} onImported={() => setImports((n) => n + 1)} />
      <ClearEverything update={update} />
    </>
  );
}
