import { browser } from 'wxt/browser';
import { isObject } from '../../core/messages';
import { readArticleHtml } from '../../offscreen/read-html';

// Chrome's service worker has no DOMParser: the background sends article pages here to
// be read. Only messages from Parallax itself, of this one shape, are answered.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || !isObject(message) || message['type'] !== 'offscreen:read-html') return undefined;
  const { html, url } = message;
  if (typeof html !== 'string' || typeof url !== 'string') return Promise.resolve(null);
  try {
    return Promise.resolve(readArticleHtml(html, url));
  } catch {
    return Promise.resolve(null);
  }
});
