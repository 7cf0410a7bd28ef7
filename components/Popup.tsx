import type { PopupState } from './load-popup-state';
import { AccountList } from './AccountList';
import { ArticleSummary } from './ArticleSummary';
import { FlagList } from './FlagList';
import { SiteControls } from './SiteControls';
import { WhyNews } from './WhyNews';

export interface Props {
  /** Null while the first answer is on its way. */
  state: PopupState | null;
}

export function Popup({ state }: Props) {
  return (
    <main class="px-popup" aria-live="polite">
      <header class="px-brand">Parallax</header>
      <PopupBody state={state} />
    </main>
  );
}

function PopupBody({ state }: Props) {
  if (!state || state.page?.status === 'working') {
    return <p class="px-status">Reading this page…</p>;
  }
  const { page, matches } = state;
  if (!page) {
    return (
      <p class="px-status">
        Parallax can’t read this tab. It works on web pages; reload the page if you opened it before installing
        Parallax.
      </p>
    );
  }
  if (page.status === 'error') {
    return <p class="px-status px-error">Parallax could not read this page: {page.message}</p>;
  }
  if (page.status === 'not-news') {
    return (
      <>
        <p class="px-status">This page doesn’t look like a news article, so Parallax leaves it alone.</p>
        <WhyNews verdict={page.verdict} />
      </>
    );
  }
  return (
    <>
      <ArticleSummary report={page.report} />
      {state.tabId !== null && (
        <SiteControls tabId={state.tabId} site={page.site} highlights={page.highlights} stored={matches?.stored ?? false} />
      )}
      <AccountList matches={matches} reference={page.report.publishedTime} />
      <FlagList flags={page.flags} />
      <WhyNews verdict={page.verdict} />
    </>
  );
}
