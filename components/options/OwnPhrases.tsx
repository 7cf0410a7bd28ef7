import { useRef, useState } from 'preact/hooks';
import type { LexiconEntry } from '../../core/framing/lexicon-entry';
import { exportOwnEntries, importOwnEntries, IMPORT_MAX_BYTES, readOwnEntries } from './own-entries';
import { OwnPhraseForm } from './OwnPhraseForm';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';
import { JsonFileInput } from './JsonFileInput';

/** The reader's own phrases: list, remove, import and export as JSON, and the form to add one. */
export function OwnPhrases({ settings, update }: SettingsProps) {
  const t = uiText.lexicon;
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const own = settings?.userEntries ?? [];
  const entries = readOwnEntries(own);
  const say = (text: string, error = false) => setStatus({ text, error });

  const remove = async (index: number, phrase: string) => {
    // Settings are read afresh from storage on update, so the entry is found by its content.
    const target = JSON.stringify(own[index]);
    const ok = await update((s) => {
      const at = s.userEntries.findIndex((entry) => JSON.stringify(entry) === target);
      return at < 0 ? s : { ...s, userEntries: s.userEntries.toSpliced(at, 1) };
    });
    say(ok ? t.removed(phrase) : uiText.settingsNotSaved, !ok);
  };

  const download = () => {
    if (entries.every((e) => e === null)) return say(t.exportNothing, true);
    const url = URL.createObjectURL(new Blob([exportOwnEntries(own)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'parallax-phrases.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  const upload = async (file: File | undefined) => {
    if (!file || !settings) return;
    const text = file.size > IMPORT_MAX_BYTES ? null : await file.text().catch(() => null);
    const result = text === null ? { error: t.importRefused(t.importTooBig) } : importOwnEntries(text, settings.userEntries);
    if ('error' in result) return say(result.error, true);
    const ok = await update((s) => ({ ...s, userEntries: result.entries }));
    say(ok ? t.imported(result.added) : uiText.settingsNotSaved, !ok);
  };

  return (
    <section class="px-card" aria-labelledby="px-own-heading">
      <div class="px-card-head">
        <h3 id="px-own-heading">{t.ownHeading}</h3>
        <div class="px-toolbar">
          <button type="button" class="px-button px-small" onClick={download}>
            {t.exportButton}
          </button>
          <button type="button" class="px-button px-small" disabled={!settings} onClick={() => fileInput.current?.click()} aria-describedby="px-import-hint">
            {t.importButton}
          </button>
          <JsonFileInput inputRef={fileInput} onFile={upload} />
        </div>
      </div>
      <p id="px-import-hint" class="px-hint">
        {t.importHint}
      </p>
      <p role="status" class={status?.error ? 'px-error' : 'px-status'}>
        {status?.text}
      </p>
      {entries.length === 0 ? (
        <p class="px-empty">{t.ownEmpty}</p>
      ) : (
        <ul class="px-entries px-own-list" aria-label={t.ownHeading}>
          {entries.map((entry, i) => (
            <OwnRow key={`${i}-${entry?.id ?? ''}`} entry={entry} onRemove={(phrase) => void remove(i, phrase)} />
          ))}
        </ul>
      )}
      <h4 class="px-subheading">{t.addHeading}</h4>
      <OwnPhraseForm settings={settings} update={update} onAdded={(phrase) => say(t.added(phrase))} />
    </section>
  );
}

function OwnRow({ entry, onRemove }: { entry: LexiconEntry | null; onRemove: (phrase: string) => void }) {
  const t = uiText.lexicon;
  const phrase = entry?.phrase ?? t.unreadable;
  return (
    <li class="px-entry">
      <div class="px-entry-text">
        <p class="px-entry-phrase">
          <span class={entry ? `px-phrase px-cat-${entry.category}` : 'px-phrase'}>{phrase}</span>
          {entry && <span class="px-count"> · {uiText.categories[entry.category]}</span>}
        </p>
        {entry && <p class="px-entry-explanation">{entry.explanation}</p>}
        {entry && entry.neutral.length > 0 && (
          <p class="px-neutral">
            {t.neutral} {entry.neutral.join(' / ')}
          </p>
        )}
      </div>
      <button type="button" class="px-button px-small" aria-label={t.removeLabel(phrase)} onClick={() => onRemove(phrase)}>
        {t.remove}
      </button>
    </li>
  );
}
