export interface Props {
  /** The background's reason, shown small under the advice. */
  detail?: string | undefined;
}

/** While the background searches the library. */
export function LibraryLoading() {
  return (
    <p class="px-status px-loading">
      <span class="px-spinner" aria-hidden="true" />
      Looking in your library…
    </p>
  );
}

/** The library could not be read: say what to do about it first, the technical reason after. */
export function LibraryError({ detail }: Props) {
  return (
    <div class="px-problem">
      <p class="px-problem-title">Your library could not be read</p>
      <p>Reload this page and open Parallax again. If it keeps happening, restart the browser.</p>
      {detail && <p class="px-detail">Details: {detail}</p>}
    </div>
  );
}
