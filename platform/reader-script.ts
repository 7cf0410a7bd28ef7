import { browser } from 'wxt/browser';
import type { AutoReadApi } from '../background/content-script-registration';
import { grantedOrigins } from './host-access';
import { loadSettings } from './settings-store';

/**
 * The content script as the `scripting` API sees it. It is not in the manifest: it is
 * registered at run time for the sites the reader granted (automatic reading), or injected
 * once into the current tab when the reader clicks the toolbar button (`activeTab`).
 * It is the detector only; the reader (Readability, the lexicon, highlighting, the card)
 * is injected after it, into the frame whose detector found an article.
 */

export const READER_SCRIPT_ID = 'parallax-reader';

/** The files WXT builds entrypoints/content (the detector) to. */
const READER_JS: ['/content-scripts/content.js'] = ['/content-scripts/content.js'];
/** WXT's build of entrypoints/reader.ts, an unlisted script: not web-accessible, so no page can load it or probe for it. */
const READER_MODULE_JS: ['/reader.js'] = ['/reader.js'];
const READER_CSS = ['/content-scripts/content.css'];

export const browserAutoReadApi: AutoReadApi = {
  settings: loadSettings,
  grantedOrigins,
  registered: () => browser.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] }),
  register: (matches) =>
    browser.scripting.registerContentScripts([
      { id: READER_SCRIPT_ID, js: READER_JS, css: READER_CSS, matches, runAt: 'document_idle', persistAcrossSessions: true },
    ]),
  update: (matches) => browser.scripting.updateContentScripts([{ id: READER_SCRIPT_ID, js: READER_JS, css: READER_CSS, matches }]),
  unregister: () => browser.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] }),
};

/**
 * Reads the tab once, with the access the toolbar click gave (`activeTab`). False where
 * the browser allows no script: its own pages, the extension store, a PDF viewer.
 */
export async function injectReader(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: READER_CSS });
    await browser.scripting.executeScript({ target: { tabId }, files: READER_JS });
    return true;
  } catch {
    return false;
  }
}

/**
 * Injects the reader into the one frame whose detector asked. The access is the
 * detector's own: the site's grant, or the tab lent by the reader's click.
 */
export async function loadReaderInto(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: READER_MODULE_JS });
    return true;
  } catch {
    return false;
  }
}
