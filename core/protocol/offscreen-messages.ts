import { parseArticleReport, type ArticleReport } from './messages';
import { isObject } from './validate';

/**
 * The offscreen document reads a fetched story's page for Chrome's service worker, which
 * has no DOM (platform/read-article-page.ts). Both ways are checked: the page it is sent,
 * and the report it sends back, as the background checks a content script's.
 */

export interface ReadHtmlRequest {
  type: 'offscreen:read-html';
  html: string;
  url: string;
}

export function parseReadHtmlRequest(message: unknown): ReadHtmlRequest | string {
  if (!isObject(message) || message['type'] !== 'offscreen:read-html') return 'not an offscreen:read-html message';
  const { html, url } = message;
  if (typeof html !== 'string' || typeof url !== 'string') return 'offscreen:read-html needs the page’s html and url';
  return { type: 'offscreen:read-html', html, url };
}

/**
 * The report in the offscreen document's answer; null when it read no article or answered
 * something else. An answer `{ error }` is the reason it could not read the page (too large,
 * say), raised here so the feed checker keeps the story's summary and says why.
 */
export function parseReadHtmlResponse(value: unknown): ArticleReport | null {
  if (value === null || value === undefined) return null;
  if (isObject(value) && typeof value['error'] === 'string') throw new Error(value['error'].slice(0, 300));
  const report = parseArticleReport(value);
  return typeof report === 'string' ? null : report;
}
