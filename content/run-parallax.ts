import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isContentRequest, type ArticleSeenResponse, type PageState } from '../core/messages';
import { highlightFlags, type Highlighting } from './highlight-flags';
import { readPage } from './read-page';

/** After a single-page navigation, give the new article a moment to render. */
const SETTLE_MS = 600;

/**
 * Everything the content script does, tied to WXT's context so that all of it stops
 * when the extension is reloaded or the page goes away: the message listener, the
 * navigation watcher and the highlights.
 */
export function runParallax(ctx: ContentScriptContext): void {
  let state: PageState = { status: 'working' };
  let highlighting: Highlighting | null = null;
  let generation = 0;

  const answerPopup = (message: unknown) => (isContentRequest(message) ? Promise.resolve(state) : undefined);
  browser.runtime.onMessage.addListener(answerPopup);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(answerPopup);
    highlighting?.remove();
  });

  const analyse = async () => {
    const mine = ++generation;
    highlighting?.remove();
    highlighting = null;
    state = { status: 'working' };
    try {
      const reading = await readPage(document, location.href, () => mine !== generation || ctx.isInvalid);
      if (!reading) return;
      state = reading.state;
      if (state.status !== 'article') return;
      highlighting = highlightFlags(document, state.flags, reading.runs);
      const response: ArticleSeenResponse | undefined = await browser.runtime
        .sendMessage({ type: 'article:seen', report: state.report })
        .catch(() => undefined); // the background restarts now and then; the popup asks again later
      // The library may have filed it under another key (see ownSiteOnly); the popup asks by that key.
      if (response?.url && mine === generation) state = { ...state, report: { ...state.report, url: response.url } };
    } catch (error) {
      // Never throw into the page: the reader sees the reason in the popup instead.
      state = { status: 'error', message: error instanceof Error ? error.message : 'Parallax could not read this page' };
    }
  };

  void analyse();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => void analyse(), SETTLE_MS);
  });
}
