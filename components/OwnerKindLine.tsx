import { ownerKind } from '../core/outlet/owner-kind';
import type { OutletProfile } from '../core/outlet/outlet-profile';
import { starterSet } from '../core/starter/starter-set';
import { ownerKindText as t, reasonText } from './owner-kind-text';
import { outletText } from './outlet-text';
import { popupText } from './popup-text';

export interface Props {
  profile: OutletProfile;
}

/**
 * Who owns the outlet, in one of five words, and behind a disclosure the facts that say
 * so, each linked to where the reader can check it; "not known" says why.
 */
export function OwnerKindLine({ profile }: Props) {
  const answer = ownerKind(profile, starterSet().outlets);
  const fromReader = answer.reasons.some((r) => r.source === 'reader');
  return (
    <div class="px-owner-kind">
      <p>
        {t.term}: <strong class={answer.kind === 'unknown' ? 'px-owner-unknown' : undefined}>{t.names[answer.kind]}</strong>
        {fromReader && <span class="px-your-mark"> ({outletText.yourNoteMark})</span>}
      </p>
      <details class="px-owner-why">
        <summary>{t.why}</summary>
        {answer.reasons.length === 0 ? (
          <p class="px-hint">{t.none}</p>
        ) : (
          <ul class="px-plain-list">
            {answer.reasons.map((reason, i) => {
              const { text, href } = reasonText(reason);
              return (
                <li key={i}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {text}
                      <span class="px-sr"> {popupText.opensInNewTab}</span>
                    </a>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </div>
  );
}
