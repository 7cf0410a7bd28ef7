import { useEffect, useState } from 'preact/hooks';
import { outletName } from '../core/identity/outlet-name';
import { originPatternsFor } from '../core/feeds/outlet';
import { requestHostAccess } from '../platform/host-access';
import { followOutlet, listFeeds } from './options/feeds-client';
import { followedOutlet, followTarget, patternHosts } from './options/outlet-address';
import { popupText } from './popup-text';

const t = popupText.follow;

export interface Props {
  /** The page's host. */
  site: string;
  /** The article's address (canonical, so it may name another host), and the outlet's name. */
  articleUrl: string | null;
  siteName: string | null;
}

type Step =
  | { step: 'loading' }
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'followed'; name: string; now: boolean }
  /** `needs`: origins the background asks for before it can follow (the feed lives elsewhere). */
  | { step: 'failed'; message: string; needs: string[] | null };

/**
 * "Follow <outlet>": one click asks the browser for the site's origin (in the click itself,
 * as Firefox wants) and has the background follow its feeds. Already followed, it says so.
 * The note is a plain live region, not role=status: the popup keeps one status, its own.
 */
export function FollowOutlet({ site, articleUrl, siteName }: Props) {
  const [state, setState] = useState<Step>({ step: 'loading' });
  const url = followTarget(site, articleUrl);
  const name = outletName(siteName, url);

  useEffect(() => {
    let live = true;
    void listFeeds().then((answer) => {
      if (!live) return;
      const outlet = answer.ok ? followedOutlet(answer.outlets, site) : null;
      // A list that cannot be read leaves the button: following says what went wrong, if anything.
      setState(outlet ? { step: 'followed', name: outlet.name, now: false } : { step: 'idle' });
    });
    return () => {
      live = false;
    };
  }, [site]);

  const follow = async (origins: string[]) => {
    if (state.step === 'busy') return;
    if (!(await requestHostAccess(origins))) {
      return setState({ step: 'failed', message: t.denied(patternHosts(origins)), needs: null });
    }
    setState({ step: 'busy' });
    const answer = await followOutlet(url, siteName);
    if (answer.ok) return setState({ step: 'followed', name: 'outlet' in answer ? answer.outlet.name : name, now: true });
    const needs = answer.needsOrigins?.length ? answer.needsOrigins : null;
    setState({ step: 'failed', message: needs ? answer.error : t.failed(answer.error.replace(/\.$/, '')), needs });
  };

  if (state.step === 'loading') return null;
  const needs = state.step === 'failed' ? state.needs : null;
  return (
    <div class="px-follow">
      {state.step === 'followed' ? (
        !state.now && <span class="px-saved">{t.youFollow(state.name)}</span>
      ) : needs ? (
        <button type="button" class="px-button" onClick={() => void follow(needs)}>
          {t.allow(patternHosts(needs))}
        </button>
      ) : (
        <button type="button" class="px-button" aria-disabled={state.step === 'busy' ? true : undefined} onClick={() => void follow(originPatternsFor([url]))}>
          {state.step === 'busy' ? t.busy : t.follow(name)}
        </button>
      )}
      <p class={state.step === 'failed' ? 'px-follow-note px-error' : 'px-follow-note'} aria-live="polite">
        {state.step === 'followed' && state.now ? t.followed(state.name) : state.step === 'failed' ? state.message : ''}
      </p>
    </div>
  );
}
