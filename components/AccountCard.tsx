import type { MatchView } from '../core/protocol/messages';
import { relativeTime, shortDate, strengthLabel } from './format';
import { MatchReasons } from './MatchReasons';
import { PieceKindTag } from './PieceKindTag';
import { popupText as t } from './popup-text';

export interface Props {
  match: MatchView;
  /** Publication time of the article being read, to say "3 hours later". */
  reference: string | null;
}

/** One other account: its title (opens in a new tab), when, how strong a match and why. */
export function AccountCard({ match, reference }: Props) {
  const when = relativeTime(match.publishedTime, reference);
  const strength = strengthLabel(match.score);
  return (
    <li class="px-account">
      <a class="px-account-title" href={match.url} target="_blank" rel="noreferrer noopener">
        {match.title ?? match.url}
        <span class="px-sr"> {t.opensInNewTab}</span>
      </a>
      <p class="px-account-meta">
        {match.pieceKind && match.pieceKind !== 'unknown' && <PieceKindTag kind={match.pieceKind} />}
        {when && match.publishedTime && (
          <time class="px-when" dateTime={match.publishedTime} title={shortDate(match.publishedTime) ?? undefined}>
            {when}
          </time>
        )}
        <span class="px-strength">
          <meter min={0} max={1} low={0.45} high={0.7} optimum={1} value={match.score} aria-label={t.accounts.matchStrength(strength)} />
          {strength}
        </span>
      </p>
      <MatchReasons match={match} />
    </li>
  );
}
