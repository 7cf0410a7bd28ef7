import { summariseFollow, type FollowProgress } from '../../core/feeds/follow-progress';
import { starterText as t } from './starter-text';

export interface Props {
  progress: FollowProgress | null;
}

/**
 * "12 outlets, 9 read, 340 stories" while the first check runs, then what to do next.
 * A polite live region: a screen reader hears the line change, not every row.
 */
export function StarterProgress({ progress }: Props) {
  const summary = progress ? summariseFollow(progress) : null;
  const finished = progress?.finishedAt != null;
  return (
    <div class="px-starter-progress" aria-live="polite" data-finished={progress ? String(finished) : undefined}>
      {summary && (
        <>
          <p class="px-starter-progress-line">
            {!finished && <span class="px-spinner" aria-hidden="true" />}
            {t.progress(summary.outlets, summary.read, summary.stories)}
          </p>
          {finished && <p>{t.done}</p>}
          {finished && summary.failed > 0 && <p class="px-note">{t.failedCount(summary.failed)}</p>}
        </>
      )}
    </div>
  );
}
