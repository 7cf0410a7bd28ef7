import { useState } from 'preact/hooks';
import type { OutletResponse } from '../core/protocol/outlet-messages';
import { READER_FIELDS, PROFILE_LIMITS, type OutletProfile, type ReaderField } from '../core/outlet/outlet-profile';
import { send } from '../platform/send-message';
import { outletText } from './outlet-text';

export interface Props {
  site: string;
  profile: OutletProfile | undefined;
  /** Told when the background kept the reader's words. */
  onSaved: () => void;
}

/** The reader's corrections and note for one outlet, behind a disclosure; their words win over Wikidata's. */
export function OutletNoteForm({ site, profile, onSaved }: Props) {
  const t = outletText.note;
  const initial = Object.fromEntries(READER_FIELDS.map((f) => [f, profile?.reader?.[f] ?? ''])) as Record<ReaderField, string>;
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `px-note-${site.replace(/[^a-z0-9]/gi, '-')}-${field}`;
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const answer: OutletResponse = (await send('outlets:note', { site, notes: values }).catch((error: unknown) => ({ ok: false as const, error: String(error) }))) ?? {
      ok: false,
      error: 'the background did not answer',
    };
    setBusy(false);
    setStatus(answer.ok ? t.saved : t.failed(answer.error));
    if (answer.ok) onSaved();
  };
  const set = (field: ReaderField, value: string) => setValues((v) => ({ ...v, [field]: value }));
  return (
    <details class="px-note-form">
      <summary>{t.edit}</summary>
      <form onSubmit={(e) => void save(e)} aria-describedby={id('hint')}>
        {(['kind', 'country', 'owner', 'founded'] as const).map((field) => (
          <p key={field}>
            <label for={id(field)}>{t[field]}</label>
            <input id={id(field)} type="text" maxLength={PROFILE_LIMITS.fieldChars} value={values[field]} onInput={(e) => set(field, e.currentTarget.value)} />
          </p>
        ))}
        <p>
          <label for={id('note')}>{t.note}</label>
          <textarea id={id('note')} rows={3} maxLength={PROFILE_LIMITS.noteChars} value={values.note} onInput={(e) => set('note', e.currentTarget.value)} />
        </p>
        <p id={id('hint')} class="px-hint">
          {t.hint}
        </p>
        <button type="submit" disabled={busy}>
          {t.save}
        </button>
        <span class="px-note-status" role="status">
          {status}
        </span>
      </form>
    </details>
  );
}
