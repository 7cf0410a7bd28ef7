import type { Ref } from 'preact';

export interface Props {
  /** The button that opens the file chooser clicks this input through the ref. */
  inputRef: Ref<HTMLInputElement>;
  /** Called with the chosen file (or undefined when the chooser was cancelled). */
  onFile: (file: File | undefined) => Promise<unknown>;
}

/**
 * The hidden file input behind an "Import…" button: JSON files only, out of the tab
 * order and the accessibility tree (the visible button is the control), and emptied
 * after each choice so choosing the same file again still reports it.
 */
export function JsonFileInput({ inputRef, onFile }: Props) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept="application/json,.json"
      class="px-file"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(e) => {
        const input = e.currentTarget;
        void onFile(input.files?.[0]).finally(() => (input.value = ''));
      }}
    />
  );
}
