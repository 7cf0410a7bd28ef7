import { useEffect, useRef, useState } from 'preact/hooks';
import { libraryFileName, mergeSettings, replaceSettings, type LibraryFile } from '../../core/library-file/library-file-format';
import type { ImportMode } from '../../core/protocol/library-messages';
import { ImportConfirm } from './ImportConfirm';
import { searchLibrary } from './library-client';
import { download, exportLibraryFile, importLibraryFile, readLibraryFile } from './library-file-client';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';
import { JsonFileInput } from './JsonFileInput';

export interface Props extends SettingsProps {
  /** Called after an import wrote to the library. */
  onImported?: () => void;
}

type Step = { step: 'idle' } | { step: 'busy' } | { step: 'confirm'; file: LibraryFile; name: string; count: number | null };
type Status = { text: string; error: boolean } | null;

/** Export the library and settings to one file; import one back, merged or replacing, after a look at what it holds. */
export function DataTransfer({ settings, update, onImported }: Props) {
  const t = uiText.transfer;
  const [mode, setMode] = useState<ImportMode>('merge');
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [exporting, setExporting] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (state.step === 'idle' && returnFocus.current) importButton.current?.focus();
    returnFocus.current = false;
  }, [state.step]);
  const finish = (next: Status) => {
    returnFocus.current = true;
    setState({ step: 'idle' });
    setStatus(next);
  };

  const exportFile = async () => {
    if (!settings) return;
    setExporting(true);
    const now = new Date();
    const result = await exportLibraryFile(settings, now, (done, total) => setStatus({ text: t.exporting(done, total), error: false }));
    setExporting(false);
    if (!result.ok) return setStatus({ text: t.exportFailed(result.error), error: true });
    const name = libraryFileName(now);
    download(result.blob, name);
    setStatus({ text: t.exported(result.count, name), error: false });
  };

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setState({ step: 'busy' });
    setStatus({ text: t.reading, error: false });
    const read = await readLibraryFile(chosen);
    if (!read.ok) return finish({ text: t.importRefused(read.error), error: true });
    setStatus(null);
    setState({ step: 'confirm', file: read.file, name: chosen.name, count: null });
    const answer = await searchLibrary({ query: '', outlet: null, from: null, to: null, offset: 0, limit: 1 });
    setState((s) => (s.step === 'confirm' && s.file === read.file ? { ...s, count: answer.ok ? answer.libraryCount : null } : s));
  };

  const apply = async (file: LibraryFile) => {
    setState({ step: 'busy' });
    const say = (text: string) => setStatus({ text, error: false });
    const result = await importLibraryFile(file, mode, {
      onSent: (done, total) => say(t.sending(done, total)),
      onWritten: (done, total) => say(t.writing(done, total)),
    });
    if (!result.ok) return finish({ text: t.importFailed(result.error), error: true });
    onImported?.();
    const saved = await update((current) => (mode === 'replace' ? replaceSettings(current, file.settings) : mergeSettings(current, file.settings)));
    finish(saved ? { text: t.imported(result.added, result.updated, result.libraryCount), error: false } : { text: t.settingsFailed, error: true });
  };

  const busy = state.step !== 'idle' || exporting;
  return (
    <section class="px-card" aria-labelledby="px-transfer-heading">
      <h3 id="px-transfer-heading">{t.heading}</h3>
      <p>{t.intro}</p>
      <div class="px-toolbar px-transfer-export">
        <button type="button" class="px-button" disabled={!settings || busy} onClick={() => void exportFile()}>
          {t.exportButton}
        </button>
      </div>
      <fieldset class="px-transfer-mode" disabled={busy}>
        <legend>{t.modeLegend}</legend>
        {(['merge', 'replace'] as const).map((value) => (
          <label key={value} class="px-radio">
            <input type="radio" name="px-import-mode" value={value} checked={mode === value} onChange={() => setMode(value)} aria-describedby={`px-mode-${value}-hint`} />
            <span>
              {value === 'merge' ? t.merge : t.replace}
              <span id={`px-mode-${value}-hint`} class="px-hint">
                {value === 'merge' ? t.mergeHint : t.replaceHint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {state.step === 'confirm' ? (
        <ImportConfirm
          mode={mode}
          name={state.name}
          file={state.file}
          count={state.count}
          onConfirm={() => void apply(state.file)}
          onCancel={() => finish(null)}
        />
      ) : (
        <div class="px-toolbar">
          <button type="button" class="px-button" ref={importButton} disabled={!settings || busy} onClick={() => fileInput.current?.click()}>
            {t.importButton}
          </button>
          <JsonFileInput inputRef={fileInput} onFile={choose} />
        </div>
      )}
      <p role="status" class={status?.error ? 'px-error' : 'px-status'}>
        {status?.text}
      </p>
    </section>
  );
}
