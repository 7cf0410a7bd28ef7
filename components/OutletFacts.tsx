import type { ShownFact } from '../core/outlet/outlet-facts';
import { shownFacts } from '../core/outlet/outlet-facts';
import type { OutletProfile } from '../core/outlet/outlet-profile';
import { outletText as t, shownDate } from './outlet-text';
import { popupText } from './popup-text';

export interface Props {
  profile: OutletProfile;
  /** What the outlet is called, for "owner of …" at the first level. */
  name: string;
}

/** Who the outlet is: Wikidata's facts, the reader's words in their place where they wrote some, and the source. */
export function OutletFacts({ profile, name }: Props) {
  const facts = shownFacts(profile);
  const wikidata = profile.wikidata;
  const labelOf = new Map((wikidata?.owners ?? []).map((o) => [o.id, o.label]));
  const ownersByWikidata = profile.reader?.owner ? null : (wikidata?.owners ?? []);
  return (
    <>
      <dl class="px-facts">
        <FactRow term={t.facts.kind} facts={facts.kinds} />
        <FactRow term={t.facts.country} facts={facts.countries} />
        {ownersByWikidata ? (
          ownersByWikidata.length > 0 && (
            <>
              <dt>{t.facts.owner}</dt>
              {ownersByWikidata.map((owner) => (
                <dd key={`${owner.statedBy}-${owner.id}`} class={`px-owner-depth-${Math.min(owner.depth, 3)}`}>
                  {t.relation(owner.relation, owner.label, owner.statedBy === wikidata?.item ? name : (labelOf.get(owner.statedBy) ?? owner.statedBy))}
                </dd>
              ))}
            </>
          )
        ) : (
          <FactRow term={t.facts.owner} facts={facts.owners} />
        )}
        {facts.founded && <FactRow term={t.facts.founded} facts={[facts.founded]} />}
        {wikidata && wikidata.languages.length > 0 && <FactRow term={t.facts.languages} facts={wikidata.languages.map((l) => ({ text: l.label, from: 'wikidata' }))} />}
        {wikidata?.wikipedia && (
          <>
            <dt>{t.facts.wikipedia}</dt>
            <dd>
              <a href={wikidata.wikipedia.url} target="_blank" rel="noopener noreferrer" lang={wikidata.wikipedia.lang}>
                {wikidata.wikipedia.title}
                <span class="px-sr"> {popupText.opensInNewTab}</span>
              </a>
            </dd>
          </>
        )}
      </dl>
      {profile.reader?.note && <p class="px-your-note">{t.yourNote(profile.reader.note)}</p>}
      {wikidata && (
        <p class="px-hint">
          <a href={`https://www.wikidata.org/wiki/${wikidata.item}`} target="_blank" rel="noopener noreferrer">
            {t.source(wikidata.item, shownDate(wikidata.readAt))}
            <span class="px-sr"> {popupText.opensInNewTab}</span>
          </a>
        </p>
      )}
    </>
  );
}

function FactRow({ term, facts }: { term: string; facts: ShownFact[] }) {
  if (facts.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        {facts.map((fact, i) => (
          <span key={fact.text} class={fact.from === 'reader' ? 'px-fact-yours' : undefined}>
            {i > 0 && ', '}
            {fact.text}
            {fact.from === 'reader' && <span class="px-your-mark"> ({t.yourNoteMark})</span>}
          </span>
        ))}
      </dd>
    </>
  );
}
