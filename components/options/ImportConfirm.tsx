import { useEffect, useRef } from 'preact/hooks';
import type { LibraryFile } from '../../core/library-file/library-file-format';
import type { ImportMode } from '../../core/protocol/library-messages';
import { formatDay, uiText } from './ui-text';

export interface Props {
  mode: ImportMode;
  /** The file's name, as the reader chose it. */
  name: string;
  file: LibraryFile;
  /** Articles in the library now; null until known. */
  count: number | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a checked file holds and what importing it will do, before anything is written. */
export function ImportConfirm({ mode, name, file, count, onConfirm, onCancel }: Props) {
  const t = uiText.transfer;
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), []);
  const replace = mode === 'replace';
  return (
    <div
      class={replace ? 'px-confirm' : 'px-confirm px-confirm-calm'}
      role="group"
      aria-labelledby="px-import-confirm-heading"
      aria-describedby="px-import-confirm-text"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h4 id="px-import-confirm-heading">{t.confirmHeading(mode)}</h4>
      <p id="px-import-confirm-text">
        {t.confirmText(name, file.articles.length, formatDay(file.exportedAt) ?? file.exportedAt)}{' '}
        {replace && (count === 0 ? t.confirmReplaceEmpty : t.confirmReplace(count !== null ? uiText.library.count(count) : t.confirmUnknownCount))}
      </p>
      <div class="px-toolbar">
        <button type="button" class={replace ? 'px-button px-danger-solid' : 'px-button px-primary'} ref={confirmButton} onClick={onConfirm}>
          {replace ? t.confirmReplaceButton : t.confirmMerge}
        </button>
        <button type="button" class="px-button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
