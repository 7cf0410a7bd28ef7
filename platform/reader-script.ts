import { browser } from 'wxt/browser';
import type { AutoReadApi } from '../background/auto-read';
import { grantedOrigins } from './host-access';
import { loadSettings } from './settings-store';

/**
 * The content script as the `scripting` API sees it. It is not in the manifest: it is
 * registered at run time for the sites the reader granted (automatic reading), or injected
 * once into the current tab when the reader clicks the toolbar button (`activeTab`).
 */

export const READER_SCRIPT_ID = 'parallax-reader';

/** The files WXT builds entrypoints/content to. */
const READER_JS: ['/content-scripts/content.js'] = ['/content-scripts/content.js'];
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
