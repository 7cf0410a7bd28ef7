import type { MatchView } from '../core/protocol/messages';
import { listWords, timeApart } from './format';
import { popupText } from './popup-text';

export interface Props {
  match: MatchView;
}

/** The linking account by its headline and outlet, falling back on its address where either is unknown. */
function viaText(via: NonNullable<MatchView['via']>): string {
  const title = via.title ?? via.url;
  return via.siteName ? popupText.reasons.viaAccount(title, via.siteName) : title;
}

/** Why this account is of the same event, as a short list: who, where, what was said, when. */
export function MatchReasons({ match }: Props) {
  const t = popupText.reasons;
  const kinds = new Set([...match.people, ...match.places, ...match.orgs]);
  // Names of no known kind ("Qiran") still tell; words inside a listed name do not repeat it.
  const other = match.sharedNames.filter((n) => !kinds.has(n) && ![...kinds].some((k) => k.includes(n)));
  const rows: Array<[string, string]> = [];
  if (match.people.length > 0) rows.push([t.people, listWords(match.people.slice(0, 4))]);
  if (match.places.length > 0) rows.push([t.places(match.places.length), listWords(match.places.slice(0, 4))]);
  if (match.orgs.length > 0) rows.push([t.orgs(match.orgs.length), listWords(match.orgs.slice(0, 3))]);
  if (other.length > 0) rows.push([t.otherNames, listWords(other.slice(0, 4))]);
  if (match.sharedNumbers.length > 0) rows.push([t.figures, listWords(match.sharedNumbers.slice(0, 4))]);
  // What happened, beside who and where: two stories of one topic rarely report the same action.
  if (match.sharedActions.length > 0) rows.push([t.actions, listWords(match.sharedActions.slice(0, 4))]);
  // The shortest version reads best: a headline's clipped quote rather than the whole paragraph.
  const [quote] = [...match.sharedQuotes].sort((a, b) => a.length - b.length);
  if (quote) rows.push([t.sameQuote, popupText.quote(quote)]);
  const when = timeApart(match.daysApart);
  if (when) rows.push([t.when, when]);
  if (match.via) rows.push([t.via, viaText(match.via)]);
  if (rows.length === 0) return null;
  return (
    <dl class="px-reasons" aria-label={t.label}>
      {rows.map(([term, value]) => (
        <div key={term} class="px-reason">
          <dt>{term}</dt>
          <dd class={term === t.sameQuote ? 'px-quote' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
