import { useEffect, useState } from 'preact/hooks';
import { hasReaderWords, type OutletProfile } from '../../core/outlet/outlet-profile';
import { clearOutletNotes, listOutletProfiles } from './outlet-notes-client';
import { outletNotesText as t } from './outlet-notes-text';
import { OutletNotesRow } from './OutletNotesRow';

/**
 * Every outlet with a profile and what the reader wrote about it, editable here as in the
 * popup (the same message, the same storage). Outlets with notes come first; a change is
 * followed by a fresh list, its outcome said in one status line, a failure in an alert.
 */
export function OutletNotesCard() {
  const [profiles, setProfiles] = useState<OutletProfile[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    const answer = await listOutletProfiles();
    if (!answer.ok) return setError(t.listFailed(answer.error));
    // Stable order: the reader's outlets first, then by site (the background sorts by site).
    setProfiles([...answer.list].sort((a, b) => Number(hasReaderWords(b.reader)) - Number(hasReaderWords(a.reader))));
  };
  useEffect(() => void refresh(), []);

  const saved = async (site: string) => {
    setError(null);
    setStatus(t.saved(site));
    await refresh();
  };
  const clear = async (site: string) => {
    const answer = await clearOutletNotes(site);
    setStatus(answer.ok ? t.cleared(site) : null);
    setError(answer.ok ? null : t.failed(answer.error ?? ''));
    await refresh();
  };

  return (
    <section class="px-card px-outlet-notes" aria-labelledby="px-outlet-notes-heading">
      <h3 id="px-outlet-notes-heading">{t.heading}</h3>
      <p>{t.intro}</p>
      <p role="status" class="px-status">
        {status}
      </p>
      <p role="alert" class="px-error">
        {error}
      </p>
      {profiles === null ? (
        !error && <p class="px-empty">{t.loading}</p>
      ) : profiles.length === 0 ? (
        <p class="px-empty">{t.empty}</p>
      ) : (
        <ul class="px-outlet-notes-list" aria-label={t.listLabel}>
          {profiles.map((profile) => (
            <OutletNotesRow key={profile.site} profile={profile} onSaved={(site) => void saved(site)} onClear={(site) => void clear(site)} />
          ))}
        </ul>
      )}
    </section>
  );
}
