import { popupText } from './popup-text';

const t = popupText.library;

export interface Props {
  /** The background's reason, shown small under the advice. */
  detail?: string | undefined;
}

/** While the background searches the library. */
export function LibraryLoading() {
  return (
    <p class="px-status px-loading">
      <span class="px-spinner" aria-hidden="true" />
      {t.loading}
    </p>
  );
}

/** The library could not be read: say what to do about it first, the technical reason after. */
export function LibraryError({ detail }: Props) {
  return (
    <div class="px-problem">
      <p class="px-problem-title">{t.errorTitle}</p>
      <p>{t.errorText}</p>
      {detail && <p class="px-detail">{t.errorDetail(detail)}</p>}
    </div>
  );
}
