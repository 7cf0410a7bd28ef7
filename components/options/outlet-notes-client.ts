import { browser } from 'wxt/browser';
import type { OutletResponse } from '../../core/outlet/outlet-messages';
import type { OutletProfile } from '../../core/outlet/outlet-profile';

/** The options page's questions about outlet profiles, answered by the background (core/outlet/outlet-messages.ts). */

export async function listOutletProfiles(): Promise<{ ok: true; list: OutletProfile[] } | { ok: false; error: string }> {
  const answer = await ask({ type: 'outlets:list' });
  if (!answer.ok) return answer;
  return 'list' in answer ? answer : { ok: false, error: 'unexpected answer' };
}

/** Clearing is saving no words: every field empty, the kind of owner unset. */
export async function clearOutletNotes(site: string): Promise<{ ok: boolean; error?: string }> {
  return ask({ type: 'outlets:note', site, notes: {} });
}

function ask(request: object): Promise<OutletResponse> {
  return browser.runtime.sendMessage(request).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
}
