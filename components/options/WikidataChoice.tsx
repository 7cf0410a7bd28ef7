import { useState } from 'preact/hooks';
import { WIKIDATA_ORIGINS } from '../../background/outlets/wikidata-client';
import { message } from '../../platform/i18n';
import { releaseHostAccess, requestHostAccess } from '../../platform/host-access';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';

/**
 * "Look up outlets on Wikidata", off by default. Turning it on asks the browser for
 * access to Wikidata's two hosts only, as the very first thing the click does (Firefox
 * refuses a request after an await); refused, the setting stays off. Turning it off
 * gives the access back, unless Parallax reads every site anyway.
 */
export function WikidataChoice({ settings, update }: SettingsProps) {
  const [problem, setProblem] = useState('');
  const onChange = (event: Event) => {
    const on = (event.currentTarget as HTMLInputElement).checked;
    if (on) {
      const asked = requestHostAccess(WIKIDATA_ORIGINS);
      void asked.then(async (granted) => {
        if (!granted) {
          setProblem(message('options_wikidata_denied'));
          // The box was ticked by the click; the setting was never on.
          await update((s) => ({ ...s, wikidataLookups: false }));
          return;
        }
        setProblem((await update((s) => ({ ...s, wikidataLookups: true }))) ? '' : uiText.settingsNotSaved);
      });
      return;
    }
    void update((s) => ({ ...s, wikidataLookups: false })).then((ok) => {
      setProblem(ok ? '' : uiText.settingsNotSaved);
      if (ok && settings?.autoRead !== 'everywhere') void releaseHostAccess(WIKIDATA_ORIGINS);
    });
  };
  return (
    <section class="px-card" aria-labelledby="px-wikidata-heading">
      <h3 id="px-wikidata-heading">{message('options_wikidata_heading')}</h3>
      <label class="px-switch">
        <input type="checkbox" checked={settings?.wikidataLookups ?? false} disabled={!settings} aria-describedby="px-wikidata-hint" onChange={onChange} />{' '}
        {message('options_wikidata_switch')}
      </label>
      <p id="px-wikidata-hint" class="px-hint">
        {message('options_wikidata_hint')}
      </p>
      <p role="alert" class="px-error">
        {problem}
      </p>
    </section>
  );
}
