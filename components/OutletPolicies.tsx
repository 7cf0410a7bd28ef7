import type { OutletProfile } from '../core/outlet/outlet-profile';
import { outletText as t, shownDate } from './outlet-text';
import { popupText } from './popup-text';

export interface Props {
  profile: OutletProfile | undefined;
}

/**
 * The policies the outlet declares on its own pages, as links. Each address was checked
 * in the background to be http(s) on the outlet's site or the publisher site it names;
 * it opens in a new tab with no opener and no referrer, so the outlet learns nothing of
 * where the reader came from.
 */
export function OutletPolicies({ profile }: Props) {
  const links = profile?.policies ?? [];
  return (
    <section class="px-outlet-policies">
      <h5>{t.policies}</h5>
      {links.length === 0 ? (
        <p class="px-hint">{t.noPolicies}</p>
      ) : (
        <>
          <ul class="px-policy-links">
            {links.map((link) => (
              <li key={link.kind}>
                <a href={link.url} target="_blank" rel="noopener noreferrer" title={link.url}>
                  {t.policy[link.kind]}
                  <span class="px-sr"> {popupText.opensInNewTab}</span>
                </a>
              </li>
            ))}
          </ul>
          {profile?.policiesAt != null && <p class="px-hint">{t.policiesRead(shownDate(profile.policiesAt))}</p>}
        </>
      )}
    </section>
  );
}
