import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isContentRequest, type ArticleSeenResponse, type PageState, type SaveResponse } from '../core/messages';
import { highlightsOn, type Settings } from '../core/settings';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { flagOptionsFrom } from './flag-options';
import { highlightFlags, type Highlighting } from './highlight-flags';
import { readPage } from './read-page';

/** After a single-page navigation, give the new article a moment to render. */
const SETTLE_MS = 600;

/**
 * Everything the content script does, tied to WXT's context so that all of it stops
 * when the extension is reloaded or the page goes away: the message listener, the
 * navigation and settings watchers, and the highlights.
 */
export function runParallax(ctx: ContentScriptContext): void {
  let state: PageState = { status: 'working' };
  let highlighting: Highlighting | null = null;
  let generation = 0;

  const answerPopup = (message: unknown): Promise<PageState | SaveResponse> | undefined => {
    if (!isContentRequest(message)) return undefined;
    return message.type === 'page:get-state' ? Promise.resolve(state) : saveByHand();
  };
  browser.runtime.onMessage.addListener(answerPopup);
  const stopWatching = watchSettings((settings) => void analyse(settings));
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(answerPopup);
    stopWatching();
    highlighting?.remove();
  });

  async function analyse(settings?: Settings): Promise<void> {
    const mine = ++generation;
    const isStale = () => mine !== generation || ctx.isInvalid;
    highlighting?.remove();
    highlighting = null;
    state = { status: 'working' };
    try {
      const current = settings ?? (await loadSettings());
      const reading = await readPage(document, location.href, flagOptionsFrom(current), isStale);
      if (!reading || isStale()) return;
      state = reading.state;
      if (state.status !== 'article') return;
      const highlights = highlightsOn(current, state.site);
      state = { ...state, highlights };
      if (highlights) highlighting = highlightFlags(document, state.flags, reading.runs);
      const response: ArticleSeenResponse | undefined = await browser.runtime
        .sendMessage({ type: 'article:seen', report: state.report, save: current.autoSave })
        .catch(() => undefined); // the background restarts now and then; the popup asks again later
      // The library may file it under another key (see ownSiteOnly); the popup asks by that key.
      if (response?.url && !isStale() && state.status === 'article') {
        state = { ...state, report: { ...state.report, url: response.url } };
      }
    } catch (error) {
      // Never throw into the page: the reader sees the reason in the popup instead.
      if (!isStale()) state = { status: 'error', message: error instanceof Error ? error.message : 'Parallax could not read this page' };
    }
  }

  // Saved through the content script so the background sees which tab, and so which site, it comes from.
  async function saveByHand(): Promise<SaveResponse> {
    if (state.status !== 'article') return { ok: false, error: 'there is no article on this page' };
    const response: ArticleSeenResponse | undefined = await browser.runtime
      .sendMessage({ type: 'article:save', report: state.report })
      .catch(() => undefined);
    return response?.ok ? { ok: true } : { ok: false, error: response?.error ?? 'the library did not answer' };
  }

  void analyse();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => void analyse(), SETTLE_MS);
  });
}
