import { hasReaderWords, type OutletProfile } from '../../core/outlet/outlet-profile';
import { OutletNoteForm } from '../OutletNoteForm';
import { ownerKindText } from '../owner-kind-text';
import { outletText } from '../outlet-text';
import { outletNotesText as t } from './outlet-notes-text';

export interface Props {
  profile: OutletProfile;
  onSaved: (site: string) => void;
  onClear: (site: string) => void;
}

/** One outlet: what the reader wrote about it, the popup's own form to change it, and a button to clear it all. */
export function OutletNotesRow({ profile, onSaved, onClear }: Props) {
  const reader = profile.reader;
  const written = hasReaderWords(reader);
  const id = `px-outlet-notes-${profile.site.replace(/[^a-z0-9]/gi, '-')}`;
  const fields = reader
    ? ([
        [outletText.note.kind, reader.kind],
        [outletText.note.country, reader.country],
        [outletText.note.owner, reader.owner],
        [outletText.note.founded, reader.founded],
        [ownerKindText.field, reader.ownerKind ? ownerKindText.names[reader.ownerKind] : null],
        [outletText.note.note, reader.note],
      ] as const)
    : [];
  return (
    <li class="px-outlet-notes-row">
      <h4 id={id}>{profile.site}</h4>
      {written ? (
        <dl class="px-outlet-notes-fields">
          {fields.map(([term, value]) =>
            value ? (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ) : null,
          )}
        </dl>
      ) : (
        <p class="px-hint">{t.none}</p>
      )}
      {/* Remounted when what is stored changes, so the form starts from it. */}
      <OutletNoteForm key={`${reader?.at ?? 0}`} site={profile.site} profile={profile} onSaved={() => onSaved(profile.site)} />
      {written && (
        <button type="button" class="px-button px-small" onClick={() => onClear(profile.site)}>
          {t.clear(profile.site)}
        </button>
      )}
    </li>
  );
}
