import type { ArticleReport } from '../core/protocol/messages';
import { parseReadHtmlResponse } from '../core/protocol/offscreen-messages';
import { readArticleHtml } from '../offscreen/read-html';
import { send } from './send-message';

/**
 * Reads a fetched article page in the background. Firefox's background page has a DOM;
 * Chrome's service worker has none, so there the page goes to an offscreen document,
 * created on first use and closed when the browser sees fit.
 */

const OFFSCREEN_URL = '/offscreen.html';
let creating: Promise<void> | null = null;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export async function readArticlePage(html: string, url: string): Promise<ArticleReport | null> {
  if (typeof DOMParser !== 'undefined') return readArticleHtml(html, url);
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) return null;
  await ensureOffscreen(offscreen);
  // Checked as a content script's report is: the offscreen document read a page from the web.
  return parseReadHtmlResponse(await send('offscreen:read-html', { html, url }));
}

async function ensureOffscreen(offscreen: OffscreenApi): Promise<void> {
  if (offscreen.hasDocument && (await offscreen.hasDocument())) return;
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: ['DOM_PARSER'], justification: 'Read the full text of stories from the feeds the reader follows.' })
    .catch((error: unknown) => {
      // Two callers racing: the document exists already, which is what we wanted.
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
