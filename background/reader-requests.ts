import type { ReaderLoadResponse } from '../core/protocol/messages';
import type { RequestSender } from '../core/protocol/senders';
import { httpUrl } from '../core/protocol/validate';
import type { ReportBudget } from './report-policy';

/**
 * The detector's request for the reader. The reader is injected into the tab and frame the
 * browser says the request came from, never one the message names: a page cannot steer
 * Parallax's code into another tab. Only a content script in a web page's top frame may
 * ask (the only frame that reads articles, see article-requests.ts); the router has
 * checked that Parallax's content script sent it, within a per-tab
 * budget, so a compromised page cannot make the background inject in a loop.
 */

export interface ReaderLoader {
  /** Injects the reader into that frame; false where the browser refused (access withdrawn, the page gone). */
  load(tabId: number, frameId: number): Promise<boolean>;
  /** How many loads each tab may still ask for. */
  budget: ReportBudget;
}

export async function handleReaderLoad(sender: RequestSender, loader: ReaderLoader, now: number): Promise<ReaderLoadResponse> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !Number.isInteger(tabId) || !httpUrl(sender.url)) return { ok: false, error: 'the reader is loaded into web pages only' };
  if (sender.frameId !== 0) return { ok: false, error: 'the reader is loaded into a tab’s top frame only' };
  if (!loader.budget.take(tabId, now)) return { ok: false, error: 'too many reader loads from this tab; try again in a minute' };
  const loaded = await loader.load(tabId, sender.frameId).catch(() => false);
  return loaded ? { ok: true } : { ok: false, error: 'the browser did not let Parallax read this page' };
}
