import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FollowProgress } from '../../core/feeds/follow-progress';
import { followProgress } from '../options/feeds-client';

/** How often a page asks how the first check goes, while it runs. */
const POLL_MS = 400;

/**
 * The background's "follow these outlets" run as it stands: read once on opening (a run
 * started elsewhere, or finished with rows that say what went wrong), then every
 * POLL_MS while it runs. Nothing here fetches a site; the background does.
 */
export function useFollowProgress(): { progress: FollowProgress | null; watch: () => void } {
  const [progress, setProgress] = useState<FollowProgress | null>(null);
  const [polling, setPolling] = useState(true);

  useEffect(() => {
    if (!polling) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const answer = await followProgress();
      if (!live) return;
      // An answer like the last one changes nothing on the page: no render at all.
      setProgress((before) => (sameProgress(before, answer) ? before : answer));
      if (answer && answer.finishedAt === null) timer = setTimeout(() => void ask(), POLL_MS);
      else setPolling(false);
    };
    void ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [polling]);

  // A run just started: ask until it is over.
  const watch = useCallback(() => setPolling(true), []);
  return { progress, watch };
}

function sameProgress(a: FollowProgress | null, b: FollowProgress | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.finishedAt !== b.finishedAt || a.startedAt !== b.startedAt || a.rows.length !== b.rows.length) return false;
  return a.rows.every((row, i) => {
    const other = b.rows[i]!;
    return row.site === other.site && row.status === other.status && row.stories === other.stories && row.error === other.error && row.outletId === other.outletId;
  });
}
