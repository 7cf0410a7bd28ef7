import type { ComponentChildren } from 'preact';
import type { PopupState } from './load-popup-state';
import { ArticleView } from './ArticleView';
import { popupText as t } from './popup-text';
import { WhyNews } from './WhyNews';

export interface Props {
  /** Null while the first answer is on its way. */
  state: PopupState | null;
}

export function Popup({ state }: Props) {
  return (
    <>
      <header class="px-brand">{t.brand}</header>
      <main class="px-popup">
        <PopupBody state={state} />
      </main>
      {/* One polite announcement per change of state, instead of reading the whole popup out again. */}
      <p class="px-sr" role="status">
        {announcement(state)}
      </p>
    </>
  );
}

function PopupBody({ state }: Props) {
  if (!state || state.page?.status === 'working') {
    return (
      <p class="px-status px-loading">
        <span class="px-spinner" aria-hidden="true" />
        {t.reading}
      </p>
    );
  }
  const { page, matches } = state;
  if (!page) {
    return (
      <Problem title={t.problems.cantReadTitle} status="px-status" tone="px-notice">
        {t.problems.cantReadText}
      </Problem>
    );
  }
  if (page.status === 'error') {
    return (
      <Problem title={t.problems.errorTitle} status="px-status px-error" tone="px-problem">
        {t.problems.errorText(page.message)}
      </Problem>
    );
  }
  if (page.status === 'too-large') {
    const { limits } = page;
    return (
      <Problem title={t.problems.tooLargeTitle} status="px-status" tone="px-notice">
        {page.textChars > limits.textChars
          ? t.problems.tooLargeText((limits.textChars / 1_000_000).toLocaleString())
          : t.problems.tooLargeElements(limits.elements)}
      </Problem>
    );
  }
  if (page.status === 'not-news') {
    return (
      <>
        <p class="px-status px-lead">{t.problems.notNews}</p>
        <p class="px-hint">{t.problems.notNewsHint}</p>
        <WhyNews verdict={page.verdict} />
      </>
    );
  }
  return <ArticleView page={page} matches={matches} tabId={state.tabId} />;
}

function Problem({ title, status, tone, children }: { title: string; status: string; tone: string; children: ComponentChildren }) {
  return (
    <div class={tone}>
      <p class={`px-problem-title ${status}`}>{title}</p>
      <p>{children}</p>
    </div>
  );
}

function announcement(state: PopupState | null): string {
  if (!state || state.page?.status === 'working') return t.reading;
  const { page, matches } = state;
  if (!page) return t.announce.cantRead;
  if (page.status === 'error') return t.announce.error;
  if (page.status === 'not-news') return t.announce.notNews;
  if (page.status === 'too-large') return t.announce.tooLarge;
  if (!matches) return t.library.loading;
  if (!matches.ok) return t.announce.libraryError;
  return t.announce.loaded(matches.matches.length, page.flags.length);
}
