import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { OutletView } from '../../core/protocol/feed-messages';
import { uiText } from './ui-text';

export interface Props {
  outlet: OutletView;
  /** Resolves to whether the outlet was removed (this confirmation is gone then). */
  onConfirm: (deleteArticles: boolean) => Promise<boolean>;
  onCancel: () => void;
}

/** "Stop following X?", in the page, with the choice to delete its articles too. Escape cancels. */
export function OutletRemoveConfirm({ outlet, onConfirm, onCancel }: Props) {
  const t = uiText.outlets;
  const [deleteArticles, setDeleteArticles] = useState(false);
  const [busy, setBusy] = useState(false);
  const checkbox = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    (checkbox.current ?? confirmButton.current)?.focus();
  }, []);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    if (!(await onConfirm(deleteArticles))) setBusy(false);
  };

  return (
    <div
      class="px-confirm px-outlet-confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(e) => e.key === 'Escape' && !busy && onCancel()}
    >
      <p id={`${id}-title`} class="px-outlet-confirm-title">
        {t.confirmHeading(outlet.name)}
      </p>
      <p id={`${id}-text`}>{t.confirmText}</p>
      {outlet.articleCount > 0 && (
        <label class="px-switch">
          <input type="checkbox" ref={checkbox} checked={deleteArticles} onChange={(e) => setDeleteArticles(e.currentTarget.checked)} />
          {t.deleteArticles(outlet.articleCount)}
        </label>
      )}
      <div class="px-toolbar">
        <button
          type="button"
          class={`px-button px-small ${deleteArticles ? 'px-danger-solid' : 'px-danger'}`}
          ref={confirmButton}
          aria-disabled={busy ? true : undefined}
          onClick={() => void confirm()}
        >
          {t.confirm}
        </button>
        <button type="button" class="px-button px-small" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
