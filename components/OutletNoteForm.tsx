import { useState } from 'preact/hooks';
import type { OutletResponse } from '../core/protocol/outlet-messages';
import { READER_FIELDS, PROFILE_LIMITS, type OutletProfile, type ReaderField } from '../core/outlet/outlet-profile';
import { OWNER_KINDS, type KnownOwnerKind } from '../core/outlet/owner-kind';
import { ownerKindText } from './owner-kind-text';
import { send } from '../platform/send-message';
import { outletText } from './outlet-text';

/** The kinds a reader may choose; none chosen leaves it to the sources. */
const CHOSEN_KINDS = OWNER_KINDS.filter((k): k is KnownOwnerKind => k !== 'unknown');

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
  const [ownerKind, setOwnerKind] = useState<KnownOwnerKind | ''>(profile?.reader?.ownerKind ?? '');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `px-note-${site.replace(/[^a-z0-9]/gi, '-')}-${field}`;
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const answer: OutletResponse = (await send('outlets:note', { site, notes: { ...values, ownerKind: ownerKind || null } }).catch((error: unknown) => ({ ok: false as const, error: String(error) }))) ?? {
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
          <label for={id('owner-kind')}>{ownerKindText.field}</label>
          <select id={id('owner-kind')} value={ownerKind} onChange={(e) => setOwnerKind(e.currentTarget.value as KnownOwnerKind | '')}>
            <option value="">{ownerKindText.fieldNone}</option>
            {CHOSEN_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ownerKindText.names[kind]}
              </option>
            ))}
          </select>
        </p>
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
