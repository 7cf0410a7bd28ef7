import { useEffect, useState } from 'preact/hooks';
import type { OutletResponse, OutletsResponse } from '../core/protocol/outlet-messages';
import { send } from '../platform/send-message';

/** How often, and how many times, the popup asks again while lookups are running in the background. */
const POLL_MS = 1_500;
const MAX_POLLS = 40;

export type ProfilesState = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; answer: OutletsResponse };

/**
 * The stored profiles of the outlets of these pages. The background answers from what it
 * holds and starts any lookup that is due; while some are pending, the popup asks again,
 * so a lookup never holds up the popup and its result appears when it is ready.
 */
export function useOutletProfiles(urls: readonly string[], refresh: number): ProfilesState {
  const [state, setState] = useState<ProfilesState>({ status: 'loading' });
  const key = urls.join('\n');
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (polls: number) => {
      const answer: OutletResponse = (await send('outlets:get', { urls: key.split('\n') }).catch((error: unknown) => ({ ok: false as const, error: String(error) }))) ?? {
        ok: false,
        error: 'the background did not answer',
      };
      if (!live) return;
      if (!answer.ok) return setState({ status: 'error', error: answer.error });
      if (!('sites' in answer)) return;
      setState({ status: 'ready', answer });
      if (answer.pending.length > 0 && polls < MAX_POLLS) timer = setTimeout(() => void ask(polls + 1), POLL_MS);
    };
    void ask(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, refresh]);
  return state;
}
