import { useState } from 'preact/hooks';
import { autoReadStatus, EVERY_SITE_PATTERNS, registrationMatches, sitePatterns, wantedPatterns } from '../../core/settings/auto-read-patterns';
import type { AutoReadMode, Settings } from '../../core/settings/settings';
import { releaseHostAccess, requestHostAccess } from '../../platform/host-access';
import type { SettingsProps } from './settings-props';
import { siteFromInput } from './site-input';
import { uiText } from './ui-text';
import { useHostAccess } from './use-host-access';

/**
 * Where Parallax reads pages by itself: nowhere (toolbar button only), every site, or
 * chosen sites. Choosing asks the browser for exactly that host access, in the click
 * itself; stepping back releases what is no longer needed. Shown on the onboarding page
 * and in the options' Sites section.
 */
export function AutoReadChoice({ settings, update }: SettingsProps) {
  const t = uiText.autoRead;
  const granted = useHostAccess();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const mode = settings?.autoRead ?? 'off';
  const sites = settings?.autoReadSites ?? [];

  const choose = async (next: AutoReadMode) => {
    if (!settings || next === mode) return;
    const before = wantedPatterns(settings);
    const after = wantedPatterns({ ...settings, autoRead: next });
    // The request comes first: the browser grants it only in answer to the click.
    if (!(await requestHostAccess(after))) return setStatus(t.denied);
    if (!(await update((s) => ({ ...s, autoRead: next })))) return setStatus(uiText.settingsNotSaved);
    await releaseHostAccess(before.filter((p) => !after.includes(p)));
    setStatus(null);
  };

  const addSite = async (e: Event) => {
    e.preventDefault();
    const site = siteFromInput(input);
    if (!site) return setError(uiText.sites.invalid);
    if (sites.includes(site)) return setError(t.duplicateSite(site));
    if (!(await requestHostAccess(sitePatterns(site)))) return setError(t.denied);
    const ok = await update((s) => ({ ...s, autoRead: 'chosen', autoReadSites: [...s.autoReadSites.filter((x) => x !== site), site] }));
    if (!ok) return setError(uiText.settingsNotSaved);
    if (mode === 'everywhere') await releaseHostAccess([...EVERY_SITE_PATTERNS]);
    setError(null);
    setInput('');
    setStatus(t.siteAdded(site));
  };

  const removeSite = async (site: string) => {
    const ok = await update((s) => ({ ...s, autoReadSites: s.autoReadSites.filter((x) => x !== site) }));
    if (!ok) return setStatus(uiText.settingsNotSaved);
    await releaseHostAccess(sitePatterns(site));
    setStatus(t.siteRemoved(site));
  };

  const summary = settings && granted ? statusLine(settings, granted) : null;
  return (
    <fieldset class="px-card px-auto-read">
      <legend>{t.heading}</legend>
      <p class="px-hint">{t.intro}</p>
      <p class="px-auto-read-status" data-status={settings && granted ? autoReadStatus(settings, granted) : 'loading'}>
        {summary}
      </p>
      <div role="radiogroup" aria-label={t.modeLabel}>
        {(['off', 'everywhere', 'chosen'] as const).map((option) => (
          <label class="px-radio" key={option}>
            <input
              type="radio"
              name="px-auto-read"
              value={option}
              checked={mode === option}
              disabled={!settings}
              onChange={() => void choose(option)}
            />
            <span>
              {t[option]}
              <span class="px-hint">{t[`${option}Hint`]}</span>
            </span>
          </label>
        ))}
      </div>
      {mode === 'chosen' && (
        <>
          <form class="px-inline-form" onSubmit={(e) => void addSite(e)} noValidate>
            <div class="px-field px-field-wide">
              <label for="px-auto-site-input">{t.siteLabel}</label>
              <div class="px-inline">
                <input
                  id="px-auto-site-input"
                  type="text"
                  inputMode="url"
                  autoComplete="off"
                  spellcheck={false}
                  value={input}
                  placeholder={t.sitePlaceholder}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'px-auto-site-error' : undefined}
                  onInput={(e) => setInput(e.currentTarget.value)}
                />
                <button type="submit" class="px-button px-primary">
                  {t.addSite}
                </button>
              </div>
            </div>
            <p id="px-auto-site-error" role="alert" class="px-error px-field-wide">
              {error}
            </p>
          </form>
          {sites.length === 0 ? (
            <p class="px-empty">{t.noSites}</p>
          ) : (
            <ul class="px-site-list" aria-label={t.sitesLabel}>
              {sites.map((site) => (
                <li key={site}>
                  <span class="px-site">{granted && !siteGranted(site, granted) ? t.waiting(site) : site}</span>
                  <button type="button" class="px-button px-small" aria-label={t.removeSiteLabel(site)} onClick={() => void removeSite(site)}>
                    {t.removeSite}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p role="status" class="px-status">
        {status}
      </p>
    </fieldset>
  );
}

function statusLine(settings: Settings, granted: string[]): string {
  const t = uiText.autoRead;
  const status = autoReadStatus(settings, granted);
  if (status === 'on' && settings.autoRead === 'chosen') return t.statusChosen(settings.autoReadSites);
  return t.status[status];
}

function siteGranted(site: string, granted: string[]): boolean {
  return registrationMatches({ autoRead: 'chosen', autoReadSites: [site] }, granted).length > 0;
}
