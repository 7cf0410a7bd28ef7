import { useState } from 'preact/hooks';
import { AutoReadChoice } from './AutoReadChoice';
import { OutletNotesCard } from './OutletNotesCard';
import { OutletsCard } from './OutletsCard';
import { withSiteHighlights } from '../../core/settings/settings';
import type { SettingsProps } from './settings-props';
import { siteFromInput } from './site-input';
import { uiText } from './ui-text';

/** Where Parallax reads by itself, sites where highlights are switched off (settings.highlightsOffSites), and outlets followed. */
export function SitesSection({ settings, update }: SettingsProps) {
  const t = uiText.sites;
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const sites = settings?.highlightsOffSites ?? [];

  const add = async (e: Event) => {
    e.preventDefault();
    const site = siteFromInput(input);
    if (!site) return setError(t.invalid);
    if (sites.includes(site)) return setError(t.duplicate(site));
    if (!(await update((s) => withSiteHighlights(s, site, false)))) return setError(uiText.settingsNotSaved);
    setError(null);
    setInput('');
    setStatus(t.added(site));
  };
  const remove = async (site: string) => {
    const ok = await update((s) => withSiteHighlights(s, site, true));
    setStatus(ok ? t.removed(site) : uiText.settingsNotSaved);
  };

  return (
    <>
      <AutoReadChoice settings={settings} update={update} />
      <p class="px-intro">{t.intro}</p>
      <div class="px-card">
        <form class="px-inline-form" onSubmit={(e) => void add(e)} noValidate>
          <div class="px-field px-field-wide">
            <label for="px-site-input">{t.addLabel}</label>
            <div class="px-inline">
              <input
                id="px-site-input"
                type="text"
                inputMode="url"
                autoComplete="off"
                spellcheck={false}
                value={input}
                placeholder={t.addPlaceholder}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'px-site-error' : undefined}
                onInput={(e) => setInput(e.currentTarget.value)}
              />
              <button type="submit" class="px-button px-primary" disabled={!settings}>
                {t.add}
              </button>
            </div>
          </div>
          <p id="px-site-error" role="alert" class="px-error px-field-wide">
            {error}
          </p>
        </form>
        <p role="status" class="px-status">
          {status}
        </p>
        {sites.length === 0 ? (
          <p class="px-empty">{t.empty}</p>
        ) : (
          <ul class="px-site-list" aria-label={t.listLabel}>
            {sites.map((site) => (
              <li key={site}>
                <span class="px-site">{site}</span>
                <button type="button" class="px-button px-small" aria-label={t.removeLabel(site)} onClick={() => void remove(site)}>
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <OutletsCard />
      <OutletNotesCard />
    </>
  );
}
