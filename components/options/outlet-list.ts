import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { INTERVAL_MINUTES, type OutletView } from '../../core/protocol/feed-messages';
import { listFeeds } from './feeds-client';

/** How often the list is asked again while a check is under way. */
export const POLL_MS = 2_000;

export interface OutletList {
  /** Null until the first answer. */
  outlets: OutletView[] | null;
  intervalMinutes: number;
  /** Why the last listing failed; null when it went well. */
  error: string | null;
  /** Asks the background again; resolves once the answer is shown. */
  refresh: () => Promise<void>;
}

/**
 * The followed outlets, asked of the background on mount, after every action (`refresh`)
 * and every two seconds while any outlet is being checked, so a check's progress shows
 * without the reader reloading. Only the newest answer is shown: a slow one never
 * overwrites a later one.
 */
export function useOutletList(): OutletList {
  const [state, setState] = useState<Omit<OutletList, 'refresh'>>({ outlets: null, intervalMinutes: INTERVAL_MINUTES.default, error: null });
  const asked = useRef(0);
  const live = useRef(true);

  const refresh = useCallback(async () => {
    const ask = ++asked.current;
    const answer = await listFeeds();
    if (!live.current || ask !== asked.current) return;
    if (answer.ok) setState({ outlets: answer.outlets, intervalMinutes: answer.intervalMinutes, error: null });
    else setState((s) => ({ ...s, error: answer.error }));
  }, []);

  useEffect(() => {
    live.current = true;
    void refresh();
    return () => {
      live.current = false;
    };
  }, [refresh]);

  const checking = state.outlets?.some((outlet) => outlet.checking) ?? false;
  useEffect(() => {
    if (!checking) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [checking, refresh]);

  return { ...state, refresh };
}
