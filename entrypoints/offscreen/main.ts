import { browser } from 'wxt/browser';
import { isObject } from '../../core/protocol/messages';
import { readArticleHtml } from '../../offscreen/read-html';

// Chrome's service worker has no DOMParser: the background sends article pages here to
// be read. Only the background's messages, of this one shape, are answered: a content
// script is Parallax too, but runs inside pages and has a tab.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const fromBackground = sender.id === browser.runtime.id && sender.tab === undefined && sender.url?.startsWith(browser.runtime.getURL('/'));
  if (!fromBackground || !isObject(message) || message['type'] !== 'offscreen:read-html') return undefined;
  const { html, url } = message;
  if (typeof html !== 'string' || typeof url !== 'string') return Promise.resolve(null);
  try {
    return Promise.resolve(readArticleHtml(html, url));
  } catch {
    return Promise.resolve(null);
  }
});
