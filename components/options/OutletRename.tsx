import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { OutletView } from '../../core/protocol/feed-messages';
import { OUTLET_LIMITS } from '../../core/feeds/outlet';
import { updateOutlet, type RunFeedAction } from './feeds-client';
import { uiText } from './ui-text';

export interface Props {
  outlet: OutletView;
  run: RunFeedAction;
}

/** An outlet's name as a heading with a "Rename" button, which turns into a field with Save and Cancel. */
export function OutletName({ outlet, run }: Props) {
  const t = uiText.outlets;
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(outlet.name);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const id = useId();

  // Into the field when it opens; back to "Rename" when it closes (not on first render).
  useEffect(() => {
    if (editing) field.current?.select();
    else if (returnFocus.current) renameButton.current?.focus();
    returnFocus.current = false;
  }, [editing]);

  const open = () => {
    setValue(outlet.name);
    setError(null);
    setEditing(true);
  };
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const name = value.replace(/\s+/g, ' ').trim();
    if (!name) return setError(t.nameEmpty);
    if (name === outlet.name) return close();
    if (await run(() => updateOutlet(outlet.id, { name }), t.renamed(name))) close();
  };

  if (!editing) {
    return (
      <div class="px-outlet-title">
        <h4 class="px-outlet-name">{outlet.name}</h4>
        <button type="button" class="px-link-button" ref={renameButton} aria-label={t.renameLabel(outlet.name)} onClick={open}>
          {t.rename}
        </button>
      </div>
    );
  }
  return (
    <form class="px-outlet-rename" onSubmit={(e) => void save(e)} noValidate>
      <label for={`${id}-name`} class="px-visually-hidden">
        {t.nameLabel(outlet.name)}
      </label>
      <input
        id={`${id}-name`}
        ref={field}
        type="text"
        autoComplete="off"
        maxLength={OUTLET_LIMITS.nameChars}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && close()}
      />
      <button type="submit" class="px-button px-small px-primary">
        {t.save}
      </button>
      <button type="button" class="px-button px-small" onClick={close}>
        {t.cancel}
      </button>
      {error && (
        <p id={`${id}-error`} role="alert" class="px-error">
          {error}
        </p>
      )}
    </form>
  );
}
