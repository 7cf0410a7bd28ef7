import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  isContentRequest,
  type NextFlagResponse,
  type PageState,
  type SaveResponse,
} from '../core/protocol/messages';
import { DEFAULT_SETTINGS, highlightsOn, type Settings } from '../core/settings/settings';
import { send } from '../platform/send-message';
import { loadSettings, watchSettings } from '../platform/settings-store';
import type { PageMetadata } from '../dom/metadata/read-metadata';
import { detectPage } from '../dom/pipeline/detect-page';
import type { FlagCard } from './flag-card';
import type { Highlighting } from './highlight-flags';
import { loadReader } from './load-reader';
import type { ReaderModule } from './reader-module';
import { StepTimings } from './step-timings';
import { yieldToPage } from './yield-to-page';

/** After a single-page navigation, give the new article a moment to render. */
const SETTLE_MS = 600;

/**
 * Everything the content script does, tied to WXT's context so that all of it stops
 * when the extension is reloaded or the page goes away: the message listener, the
 * navigation and settings watchers, the highlights and the flag card.
 *
 * The content script is the detector: it reads the head and decides whether the page is
 * an article, and only then loads the reader (see reader-module.ts), once per page and
 * kept across single-page navigations, which does the extraction, flagging and drawing.
 */
export function runParallax(ctx: ContentScriptContext): void {
  let state: PageState = { status: 'working' };
  let highlighting: Highlighting | null = null;
  let settingsNow: Settings = DEFAULT_SETTINGS;
  let generation = 0;
  /** The reading under way (or the last one), for requests that need its outcome. */
  let reading: Promise<void> = Promise.resolve();
  /** The head as last read, and where: after a single-page navigation, fields still the same are stale. */
  let lastHead: { url: string; head: PageMetadata } | null = null;
  /** The reader, asked for the first time the page is an article; asked again after a failure. */
  let reader: Promise<ReaderModule | string> | null = null;
  /** Made with the reader: a page that is not news gets no card, not even its listeners. */
  let card: FlagCard | null = null;

  const answer = (message: unknown): Promise<PageState | SaveResponse | NextFlagResponse> | undefined => {
    if (!isContentRequest(message)) return undefined;
    if (message.type === 'page:next-flag') return Promise.resolve({ ok: card?.showNext() ?? false });
    // A save can come the moment the script was injected for it (the context menu on a
    // site not read automatically): it waits for the reading to end.
    return message.type === 'page:get-state' ? Promise.resolve(state) : reading.then(saveByHand);
  };
  browser.runtime.onMessage.addListener(answer);
  const stopWatching = watchSettings((settings) => read('settings', settings));
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(answer);
    stopWatching();
    clearHighlights();
  });

  function clearHighlights(): void {
    highlighting?.remove();
    highlighting = null;
    card?.setFlags([]);
  }

  /**
   * Reads the page anew. Only a visit stores the article: a re-read because a setting
   * changed must not bring back an article the reader just deleted or cleared.
   */
  async function analyse(reason: 'visit' | 'settings', settings?: Settings): Promise<void> {
    const mine = ++generation;
    const isStale = () => mine !== generation || ctx.isInvalid;
    clearHighlights();
    state = { status: 'working' };
    try {
      const current = settings ?? (await loadSettings());
      settingsNow = current;
      const timings = new StepTimings();
      const url = location.href;
      const previousHead = lastHead && lastHead.url !== url ? lastHead.head : null;
      const detection = timings.time('detect', () => detectPage(document, url, previousHead));
      lastHead = { url, head: detection.head };
      if (detection.settled) {
        state = detection.settled.status === 'not-news' ? { ...detection.settled, timings: timings.steps } : detection.settled;
        return;
      }
      reader ??= loadReader();
      const loaded = await reader;
      if (isStale()) return;
      if (typeof loaded === 'string') {
        reader = null;
        state = { status: 'error', message: loaded };
        return;
      }
      card ??= loaded.createFlagCard(ctx, document, () => settingsNow);
      const reading = await loaded.readArticle(document, url, detection, current, isStale, timings);
      if (!reading || isStale()) return;
      const highlights = highlightsOn(current, reading.state.site);
      let article = { ...reading.state, highlights };
      if (highlights) {
        await yieldToPage();
        if (isStale()) return;
        highlighting = timings.time('highlight', () => loaded.highlightFlags(document, article.flags, reading.runs));
        card.setFlags(highlighting.flags, article.report.pieceType?.kind);
      }
      // The background restarts now and then; the popup asks again later.
      const response = await send('article:seen', { report: article.report, save: reason === 'visit' && current.autoSave }).catch(() => undefined);
      if (isStale()) return;
      // The library may file it under another key (see report-policy.ts). The state is told
      // only now, so the popup never asks by a key the library does not use.
      if (response?.ok && response.url) article = { ...article, report: { ...article.report, url: response.url } };
      state = article;
    } catch (error) {
      // Never throw into the page: the reader sees the reason in the popup instead.
      if (!isStale()) state = { status: 'error', message: error instanceof Error ? error.message : 'Parallax could not read this page' };
    }
  }

  // Saved through the content script so the background sees which tab, and so which site, it comes from.
  async function saveByHand(): Promise<SaveResponse> {
    if (state.status !== 'article') return { ok: false, error: 'there is no article on this page' };
    const response = await send('article:save', { report: state.report }).catch(() => undefined);
    return response?.ok ? { ok: true } : { ok: false, error: response?.error ?? 'the library did not answer' };
  }

  const read = (reason: 'visit' | 'settings', settings?: Settings): void => {
    reading = analyse(reason, settings);
  };
  read('visit');
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => read('visit'), SETTLE_MS);
  });
}
