import { browser } from 'wxt/browser';
import type { RequestBody, ResponseOf, TypesTo } from '../core/protocol/protocol';

/**
 * The one way a part of Parallax sends a message: by its type in the protocol map
 * (core/protocol/protocol.ts), with the request that type takes, answered with the
 * response that type gives. Undefined when nothing answered (a background restarting,
 * a page with no content script); a failure to deliver rejects, as the browser's does.
 */

/** Types carried by `runtime.sendMessage`: to the background, or from it to the offscreen document. */
export type RuntimeMessageType = TypesTo<'background'> | TypesTo<'offscreen'>;

export function send<K extends RuntimeMessageType>(type: K, request: RequestBody<K>): Promise<ResponseOf<K> | undefined> {
  // The receiver answers this type from a table typed by the same map (background/message-router.ts);
  // what crosses the browser is untyped, so this is the one place the answer is named.
  return browser.runtime.sendMessage({ ...request, type }) as Promise<ResponseOf<K> | undefined>;
}

/** To the content script of a tab (its top frame). */
export function sendToTab<K extends TypesTo<'content'>>(tabId: number, type: K, request: RequestBody<K>): Promise<ResponseOf<K> | undefined> {
  return browser.tabs.sendMessage(tabId, { ...request, type }) as Promise<ResponseOf<K> | undefined>;
}
