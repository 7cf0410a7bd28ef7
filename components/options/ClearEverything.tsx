import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { clearLibrary, searchLibrary } from './library-client';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';

type Step = { step: 'idle' } | { step: 'confirm'; count: number | null } | { step: 'busy' };

/** Deletes the library and resets the settings, after a confirmation step in the page. */
export function ClearEverything({ update }: Pick<SettingsProps, 'update'>) {
  const t = uiText.privacy;
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (state.step === 'confirm') confirmButton.current?.focus();
    if (state.step === 'idle' && returnFocus.current) startButton.current?.focus();
    returnFocus.current = false;
  }, [state.step]);

  const ask = async () => {
    setStatus(null);
    setState({ step: 'confirm', count: null });
    const answer = await searchLibrary({ query: '', outlet: null, from: null, to: null, offset: 0, limit: 1 });
    setState((s) => (s.step === 'confirm' ? { step: 'confirm', count: answer.ok ? answer.libraryCount : null } : s));
  };
  const cancel = () => {
    returnFocus.current = true;
    setState({ step: 'idle' });
  };
  const clear = async () => {
    setState({ step: 'busy' });
    const answer = await clearLibrary();
    const reset = answer.ok && (await update(() => DEFAULT_SETTINGS));
    returnFocus.current = true;
    setState({ step: 'idle' });
    if (!answer.ok) setStatus({ text: t.clearFailed(answer.error), error: true });
    else setStatus(reset ? { text: t.cleared, error: false } : { text: t.clearFailed(uiText.settingsNotSaved), error: true });
  };

  return (
    <section class="px-card px-danger-zone" aria-labelledby="px-clear-heading">
      <h3 id="px-clear-heading">{t.clearHeading}</h3>
      <p>{t.clearIntro}</p>
      {state.step === 'idle' ? (
        <button type="button" class="px-button px-danger" ref={startButton} onClick={() => void ask()}>
          {t.clearButton}
        </button>
      ) : (
        <div
          class="px-confirm"
          role="group"
          aria-labelledby="px-confirm-heading"
          aria-describedby="px-confirm-text"
          onKeyDown={(e) => e.key === 'Escape' && state.step === 'confirm' && cancel()}
        >
          <h4 id="px-confirm-heading">{t.confirmHeading}</h4>
          <p id="px-confirm-text">
            {t.confirmText(state.step === 'confirm' && state.count !== null ? uiText.library.count(state.count) : t.confirmUnknownCount)}
          </p>
          <div class="px-toolbar">
            <button type="button" class="px-button px-danger-solid" ref={confirmButton} disabled={state.step === 'busy'} onClick={() => void clear()}>
              {t.confirmButton}
            </button>
            <button type="button" class="px-button" disabled={state.step === 'busy'} onClick={cancel}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      <p role="status" class={status?.error ? 'px-error' : 'px-status'}>
        {status?.text}
      </p>
    </section>
  );
}
