import { useCallback, useMemo, useState } from 'preact/hooks';
import { originPatternsFor } from '../../core/feeds/outlet';
import { balancedDozen } from '../../core/starter/balanced-dozen';
import { STARTER_REGIONS, type StarterOutlet } from '../../core/starter/starter-outlet';
import { starterSet } from '../../core/starter/starter-set';
import { requestHostAccess } from '../../platform/host-access';
import { followMany } from '../options/feeds-client';
import { patternHosts } from '../options/outlet-address';
import { StarterProgress } from './StarterProgress';
import { StarterRegionGroup } from './StarterRegionGroup';
import { starterText as t } from './starter-text';
import { useFollowProgress } from './use-follow-progress';

export interface Props {
  /** The popup's narrow version: the regions folded away behind one disclosure. @default false */
  compact?: boolean;
}

/**
 * The starter set: tick outlets (or take a balanced dozen), see exactly which sites
 * Parallax would fetch, and allow them all in one browser prompt; the background then
 * follows and checks them, and the rows say how each went. Nothing is fetched before the
 * reader allows it.
 */
export function StarterPicker({ compact = false }: Props) {
  const outlets = starterSet().outlets;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const { progress, watch } = useFollowProgress();
  const picked = outlets.filter((outlet) => chosen.has(outlet.id));
  const origins = useMemo(() => originPatternsFor(picked.map((outlet) => outlet.site)), [picked.map((o) => o.id).join()]);
  const running = progress !== null && progress.finishedAt === null;

  const rows = useMemo(() => new Map((progress?.rows ?? []).map((row) => [row.site, row])), [progress]);
  // One function for the page's life, so that rows whose outlet and status did not change skip their render.
  const toggle = useCallback((outlet: StarterOutlet, on: boolean) => {
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(outlet.id);
      else next.delete(outlet.id);
      return next;
    });
  }, []);

  const follow = async () => {
    if (picked.length === 0 || running) return;
    // The prompt comes first, in the click itself: Firefox refuses it after an await.
    if (!(await requestHostAccess(origins))) return setProblem(t.denied);
    setProblem(null);
    const answer = await followMany(picked.map((outlet) => ({ url: outlet.site, name: outlet.name })));
    if (!answer.ok) return setProblem(t.sendFailed(answer.error));
    watch();
  };

  const regions = STARTER_REGIONS.map((region) => (
    <StarterRegionGroup key={region} region={region} outlets={outlets.filter((o) => o.region === region)} chosen={chosen} rows={rows} onToggle={toggle} />
  ));
  return (
    <section class="px-starter" aria-labelledby="px-starter-heading">
      <h2 id="px-starter-heading" class="px-starter-heading">
        {t.heading}
      </h2>
      <p class="px-starter-intro">{t.intro}</p>
      <div class="px-starter-actions">
        <button type="button" class="px-button" onClick={() => setChosen(new Set(balancedDozen(outlets).map((o) => o.id)))}>
          {t.balanced}
        </button>
        <button type="button" class="px-button px-button-quiet" onClick={() => setChosen(new Set())} disabled={chosen.size === 0}>
          {t.clear}
        </button>
        <span class="px-starter-count">{t.chosen(chosen.size)}</span>
      </div>
      <div role="group" aria-label={t.regionsLabel} class="px-starter-regions">
        {compact ? (
          <details class="px-starter-more">
            <summary>{t.popupMore(outlets.length)}</summary>
            {regions}
          </details>
        ) : (
          regions
        )}
      </div>
      <div class="px-starter-sites">
        {origins.length === 0 ? (
          <p class="px-note">{t.sitesNone}</p>
        ) : (
          <>
            <p class="px-starter-sites-heading" id="px-starter-sites-heading">
              {t.sitesHeading}
            </p>
            <ul class="px-starter-site-list" aria-labelledby="px-starter-sites-heading">
              {origins.map((origin) => (
                <li key={origin}>{patternHosts([origin])}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" class="px-button px-button-primary" onClick={() => void follow()} aria-disabled={picked.length === 0 || running ? true : undefined}>
        {t.follow(picked.length)}
      </button>
      <p class="px-note">{t.followHint}</p>
      <p class={problem ? 'px-starter-problem px-error' : 'px-starter-problem'} aria-live="polite">
        {problem ?? ''}
      </p>
      <StarterProgress progress={progress} />
    </section>
  );
}
