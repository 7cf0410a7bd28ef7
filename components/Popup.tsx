import type { ComponentChildren } from 'preact';
import type { PopupState } from './load-popup-state';
import { ArticleView } from './ArticleView';
import { count } from './format';
import { WhyNews } from './WhyNews';

export interface Props {
  /** Null while the first answer is on its way. */
  state: PopupState | null;
}

export function Popup({ state }: Props) {
  return (
    <>
      <header class="px-brand">Parallax</header>
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
        Reading this page…
      </p>
    );
  }
  const { page, matches } = state;
  if (!page) {
    return (
      <Problem title="Parallax can’t read this tab" status="px-status" tone="px-notice">
        It works on web pages, not on the browser’s own pages, the extension store or PDFs. If this is a web page,
        reload it and open Parallax again: pages opened before Parallax was installed or updated need a reload.
      </Problem>
    );
  }
  if (page.status === 'error') {
    return (
      <Problem title="Parallax could not read this page" status="px-status px-error" tone="px-problem">
        Reload the page and open Parallax again. ({page.message})
      </Problem>
    );
  }
  if (page.status === 'not-news') {
    return (
      <>
        <p class="px-status px-lead">This page doesn’t look like a news article, so Parallax leaves it alone.</p>
        <p class="px-hint">Open a news article to see its framing and other outlets’ accounts of the same event.</p>
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
  if (!state || state.page?.status === 'working') return 'Reading this page…';
  const { page, matches } = state;
  if (!page) return 'Parallax can’t read this tab.';
  if (page.status === 'error') return 'Parallax could not read this page.';
  if (page.status === 'not-news') return 'Not a news article.';
  if (!matches) return 'Looking in your library…';
  if (!matches.ok) return 'Your library could not be read.';
  return `Loaded: ${count(matches.matches.length, 'other account')} of this event; ${count(page.flags.length, 'framing phrase')} in this article.`;
}
