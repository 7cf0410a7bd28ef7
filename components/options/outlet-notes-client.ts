import type { OutletProfile } from '../../core/outlet/outlet-profile';
import { send } from '../../platform/send-message';

/** The options page's questions about outlet profiles, answered by the background (core/outlet/outlet-messages.ts). */

export async function listOutletProfiles(): Promise<{ ok: true; list: OutletProfile[] } | { ok: false; error: string }> {
  const answer = (await send('outlets:list', {}).catch((error: unknown) => ({ ok: false as const, error: String(error) }))) ?? { ok: false as const, error: 'the background did not answer' };
  if (!answer.ok) return answer;
  return 'list' in answer ? answer : { ok: false, error: 'unexpected answer' };
}

/** Clearing is saving no words: every field empty, the kind of owner unset. */
export async function clearOutletNotes(site: string): Promise<{ ok: boolean; error?: string }> {
  const answer = (await send('outlets:note', { site, notes: {} }).catch((error: unknown) => ({ ok: false as const, error: String(error) }))) ?? { ok: false as const, error: 'the background did not answer' };
  return answer.ok ? { ok: true } : answer;
}

