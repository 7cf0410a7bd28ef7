import { browser } from 'wxt/browser';
import { parseReadHtmlRequest } from '../../core/protocol/offscreen-messages';
import { fromExtensionPage } from '../../core/protocol/senders';
import { isObject } from '../../core/protocol/validate';
import { readArticleHtml } from '../../offscreen/read-html';

// Chrome's service worker has no DOMParser: the background sends article pages here to
// be read. Only the background's messages (Parallax's own code with no tab), of this one
// shape, are answered: a content script is Parallax too, but runs inside pages and has a tab.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const fromBackground = sender.tab === undefined && fromExtensionPage(sender, self);
  if (!fromBackground || !isObject(message) || message['type'] !== 'offscreen:read-html') return undefined;
  const request = parseReadHtmlRequest(message);
  if (typeof request === 'string') return Promise.resolve(null);
  try {
    return Promise.resolve(readArticleHtml(request.html, request.url));
  } catch (error) {
    // The reason goes back to the background, which keeps the feed's summary (a page too large to read, say).
    return Promise.resolve({ error: error instanceof Error ? error.message.slice(0, 300) : 'the page could not be read' });
  }
});
