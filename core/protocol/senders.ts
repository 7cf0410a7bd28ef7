/**
 * Who sent a message, in the browser's word (runtime.MessageSender), never the message's:
 * a content script runs inside hostile pages and may claim anything in what it sends.
 */

export interface RequestSender {
  id?: string;
  url?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * The parts of Parallax a message can come from. The offscreen document sends nothing
 * today; it is named so that a message it may send one day has a sender to allow.
 */
export type SenderKind = 'content' | 'extension-page' | 'offscreen' | 'background';

export interface ExtensionIdentity {
  extensionId: string;
  /**
   * The extension's own origin with a trailing slash (`browser.runtime.getURL('/')`).
   * Firefox names extension pages by a per-install UUID, not the extension id, so without
   * it a moz-extension page is trusted on its scheme alone.
   * @default derived from `extensionId` for chrome-extension pages
   */
  extensionOrigin?: string;
}

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/**
 * Whether a message comes from one of the extension's own pages (options, popup), not a
 * content script: a content script's sender URL is the web page it runs in, which can
 * never be on the extension's origin.
 */
export function fromExtensionPage(sender: RequestSender, self: ExtensionIdentity): boolean {
  if (sender.id !== self.extensionId || typeof sender.url !== 'string') return false;
  if (self.extensionOrigin) return sender.url.startsWith(self.extensionOrigin);
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (!EXTENSION_SCHEMES.has(url.protocol)) return false;
  return url.protocol !== 'chrome-extension:' || url.hostname === self.extensionId;
}

/** Whether the sender is the offscreen document (an extension page of its own). */
function isOffscreenDocument(sender: RequestSender): boolean {
  return sender.tab === undefined && typeof sender.url === 'string' && new URL(sender.url).pathname === '/offscreen.html';
}

/**
 * What part of Parallax the browser says sent a message to the background; null for a
 * sender outside Parallax. A content script is Parallax's code in a tab whose address
 * is not Parallax's own; which frame and tab it may speak for is each handler's check.
 * Nothing but the background itself could be the background, and it does not message
 * itself, so the background never names it here.
 */
export function senderKind(sender: RequestSender, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.extensionId) return null;
  if (fromExtensionPage(sender, self)) return isOffscreenDocument(sender) ? 'offscreen' : 'extension-page';
  return sender.tab?.id !== undefined ? 'content' : null;
}
