import type { MatchesResponse, MatchView } from '../core/messages';
import { relativeDay, strengthLabel } from './format';

export interface Props {
  matches: MatchesResponse | null;
  /** Publication time of the article being read, to say "1 day later". */
  reference: string | null;
}

export function AccountList({ matches, reference }: Props) {
  return (
    <section class="px-section" aria-labelledby="px-accounts-heading">
      <h2 id="px-accounts-heading">Other accounts of this event</h2>
      <AccountListBody matches={matches} reference={reference} />
    </section>
  );
}

function AccountListBody({ matches, reference }: Props) {
  if (!matches) return <p class="px-status">Looking in your library…</p>;
  if (!matches.ok) return <p class="px-error">The library could not be searched: {matches.error}</p>;
  if (matches.matches.length === 0) {
    return (
      <p class="px-empty">
        None in your library yet ({matches.libraryCount} article{matches.libraryCount === 1 ? '' : 's'} kept). Open
        other outlets’ coverage of this story and Parallax will connect them.
      </p>
    );
  }
  return (
    <ul class="px-accounts">
      {matches.matches.map((match) => (
        <Account key={match.url} match={match} reference={reference} />
      ))}
    </ul>
  );
}

function Account({ match, reference }: { match: MatchView; reference: string | null }) {
  const when = relativeDay(match.publishedTime, reference);
  const shared = [...match.sharedNames.slice(0, 5)];
  return (
    <li class="px-account">
      <p class="px-account-outlet">
        {match.siteName ?? new URL(match.url).hostname}
        {when && <span class="px-when"> · {when}</span>}
      </p>
      <a class="px-account-title" href={match.url} target="_blank" rel="noreferrer noopener">
        {match.title ?? match.url}
      </a>
      <p class="px-reasons">
        <meter min={0} max={1} value={match.score} aria-label={strengthLabel(match.score)} />{' '}
        {strengthLabel(match.score)}
        {shared.length > 0 && <> · shared: {shared.join(', ')}</>}
        {match.sharedQuotes.length > 0 && <> · same quote “{match.sharedQuotes[0]}”</>}
      </p>
    </li>
  );
}
