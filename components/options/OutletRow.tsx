import { useId, useRef, useState } from 'preact/hooks';
import type { OutletView } from '../../core/protocol/feed-messages';
import { requestHostAccess } from '../../platform/host-access';
import { checkNow, removeOutlet, updateOutlet, type RunFeedAction } from './feeds-client';
import { patternHosts, siteLabel } from './outlet-address';
import { OutletName } from './OutletRename';
import { OutletRemoveConfirm } from './OutletRemove';
import { outletStatusLine } from './outlet-status';
import { uiText } from './ui-text';

export interface Props {
  outlet: OutletView;
  /** For "Checked 5 minutes ago". */
  now: number;
  run: RunFeedAction;
  /** A line for the card's status region, or its alert when `failed`. */
  say: (text: string, failed?: boolean) => void;
  /** The outlet is no longer followed: its row is gone, so focus must go elsewhere. */
  onRemoved: () => void;
}

/** One followed outlet: its name (renamable), site and state, and what the reader can do to it. */
export function OutletRow({ outlet, now, run, say, onRemoved }: Props) {
  const t = uiText.outlets;
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  // One action at a time per outlet; buttons stay enabled (a disabled button drops the focus).
  const busy = useRef(false);
  const hintId = useId();
  const { id, name, missingOrigins } = outlet;

  const act: RunFeedAction = async (send, done) => {
    if (busy.current) return false;
    busy.current = true;
    try {
      return await run(send, done);
    } finally {
      busy.current = false;
    }
  };
  const allowAgain = async () => {
    // The request comes first: the browser grants it only in answer to the click.
    if (!(await requestHostAccess(missingOrigins))) return say(t.denied(patternHosts(missingOrigins)), true);
    await act(() => checkNow(id), t.allowedAgain(name));
  };
  const cancelRemove = () => {
    setConfirming(false);
    removeButton.current?.focus();
  };
  const remove = async (deleteArticles: boolean) => {
    const removed = await act(() => removeOutlet(id, deleteArticles), t.removed(name, deleteArticles));
    if (removed) onRemoved();
    return removed;
  };

  return (
    <li class="px-outlet">
      <div class="px-outlet-head">
        <OutletName outlet={outlet} run={act} />
        <span class="px-site">{siteLabel(outlet.siteUrl)}</span>
      </div>
      <p class="px-outlet-status">{outletStatusLine(outlet, now)}</p>
      {outlet.lastError && <p class="px-outlet-problem">{t.lastError(outlet.lastError)}</p>}
      {missingOrigins.length > 0 && (
        <p class="px-outlet-problem">
          {t.missing(patternHosts(missingOrigins))}{' '}
          <button type="button" class="px-button px-small" aria-label={t.allowAgainLabel(name)} onClick={() => void allowAgain()}>
            {t.allowAgain}
          </button>
        </p>
      )}
      <label class="px-switch px-outlet-full-text">
        <input
          type="checkbox"
          checked={outlet.fetchFullText}
          aria-describedby={hintId}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void act(() => updateOutlet(id, { fetchFullText: on }), on ? t.fullTextOn(name) : t.fullTextOff(name));
          }}
        />
        <span>
          {t.fullText}
          <span class="px-visually-hidden">{t.fullTextFor(name)}</span>
        </span>
      </label>
      <p id={hintId} class="px-hint">
        {t.fullTextHint}
      </p>
      <div class="px-toolbar px-outlet-actions">
        <button
          type="button"
          class="px-button px-small"
          aria-label={outlet.paused ? t.resumeLabel(name) : t.pauseLabel(name)}
          onClick={() => void act(() => updateOutlet(id, { paused: !outlet.paused }), outlet.paused ? t.resumed(name) : t.paused(name))}
        >
          {outlet.paused ? t.resume : t.pause}
        </button>
        <button type="button" class="px-button px-small" aria-label={t.checkNowLabel(name)} onClick={() => void act(() => checkNow(id), t.checking(name))}>
          {t.checkNow}
        </button>
        <button
          type="button"
          class="px-button px-small px-danger"
          ref={removeButton}
          aria-label={t.removeLabel(name)}
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          {t.remove}
        </button>
      </div>
      {confirming && <OutletRemoveConfirm outlet={outlet} onConfirm={remove} onCancel={cancelRemove} />}
    </li>
  );
}
