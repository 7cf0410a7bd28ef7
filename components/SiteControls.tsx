import { useState } from 'preact/hooks';
import type { SaveResponse } from '../core/protocol/messages';
import { withSiteHighlights } from '../core/settings/settings';
import { sendToTab } from '../platform/send-message';
import { updateSettings } from '../platform/settings-store';
import { FollowOutlet } from './FollowOutlet';
import { popupText } from './popup-text';

const t = popupText.controls;

export interface Props {
  tabId: number;
  site: string;
  highlights: boolean;
  /** Whether the article is in the library already. */
  stored: boolean;
  /** The article, for the Follow button's address and name; without it the button names the site. */
  report?: { url: string; siteName: string | null };
}

/** The per-site highlight switch, a Save button when the article is not in the library, and Follow for its outlet. */
export function SiteControls({ tabId, site, highlights, stored, report }: Props) {
  const [on, setOn] = useState(highlights);
  const [saved, setSaved] = useState(stored);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (next: boolean) => {
    setOn(next);
    await updateSettings((s) => withSiteHighlights(s, site, next)).catch(() => setError(t.settingNotSaved));
  };
  const save = async () => {
    const response: SaveResponse | null = (await sendToTab(tabId, 'page:save', {}).catch(() => null)) ?? null;
    setSaved(Boolean(response?.ok));
    setError(response?.ok ? null : t.saveFailed(response?.error));
  };

  return (
    <div class="px-controls">
      <label class="px-switch">
        <input type="checkbox" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} /> {t.highlightsOn(site)}
      </label>
      {saved ? (
        <span class="px-saved">{t.inLibrary}</span>
      ) : (
        <button type="button" class="px-button" onClick={() => void save()}>
          {t.save}
        </button>
      )}
      {error && <p class="px-error">{error}</p>}
      <FollowOutlet site={site} articleUrl={report?.url ?? null} siteName={report?.siteName ?? null} />
    </div>
  );
}
