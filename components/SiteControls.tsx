import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SaveResponse } from '../core/messages';
import { withSiteHighlights } from '../core/settings';
import { updateSettings } from '../platform/settings-store';
import { FollowOutlet } from './FollowOutlet';

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
    await updateSettings((s) => withSiteHighlights(s, site, next)).catch(() => setError('The setting could not be saved.'));
  };
  const save = async () => {
    const response: SaveResponse | null = await browser.tabs.sendMessage(tabId, { type: 'page:save' }).catch(() => null);
    setSaved(Boolean(response?.ok));
    setError(response?.ok ? null : `Saving failed: ${response?.error ?? 'reload the page and try again'}.`);
  };

  return (
    <div class="px-controls">
      <label class="px-switch">
        <input type="checkbox" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} /> Highlights on {site}
      </label>
      {saved ? (
        <span class="px-saved">In your library</span>
      ) : (
        <button type="button" class="px-button" onClick={() => void save()}>
          Save to library
        </button>
      )}
      {error && <p class="px-error">{error}</p>}
      <FollowOutlet site={site} articleUrl={report?.url ?? null} siteName={report?.siteName ?? null} />
    </div>
  );
}
