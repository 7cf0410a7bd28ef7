import { starterSet } from '../starter/starter-set';
import type { StarterOutlet } from '../starter/starter-outlet';
import type { OutletProfile } from './outlet-profile';
import { OWNER_KINDS, ownerKind, type OwnerKind } from './owner-kind';

/**
 * What the popup shows of a profile, field by field: the reader's words where they wrote
 * some ("your note"), else Wikidata's, each saying which it is. One place decides this,
 * so the outlet's card and the coverage summary never disagree.
 */

export interface ShownFact {
  text: string;
  from: 'reader' | 'wikidata';
}

export interface ShownFacts {
  kinds: ShownFact[];
  countries: ShownFact[];
  owners: ShownFact[];
  founded: ShownFact | null;
}

export function shownFacts(profile: OutletProfile): ShownFacts {
  const reader = profile.reader;
  const wikidata = profile.wikidata;
  const fromReader = (text: string | null | undefined): ShownFact[] | null => (text ? [{ text, from: 'reader' }] : null);
  const fromWikidata = (list: ReadonlyArray<{ label: string }> | undefined): ShownFact[] => (list ?? []).map((f) => ({ text: f.label, from: 'wikidata' }));
  return {
    kinds: fromReader(reader?.kind) ?? fromWikidata(wikidata?.kinds),
    countries: fromReader(reader?.country) ?? fromWikidata(wikidata?.countries),
    owners: fromReader(reader?.owner) ?? fromWikidata(wikidata?.owners),
    founded: reader?.founded ? { text: reader.founded, from: 'reader' } : wikidata?.founded ? { text: wikidata.founded, from: 'wikidata' } : null,
  };
}

export interface Coverage {
  /** Countries and kinds of the event's outlets, with how many outlets each. */
  countries: Array<{ text: string; outlets: number }>;
  kinds: Array<{ text: string; outlets: number }>;
  /** Those among the library's outlets that no outlet of this event has. */
  missingCountries: string[];
  missingKinds: string[];
  /** Kinds of owner of the event's outlets (core/outlet/owner-kind.ts), "unknown" among them when some are. */
  ownerKinds: Array<{ kind: OwnerKind; outlets: number }>;
  /** Kinds of owner among the library's outlets that no outlet of this event has. */
  missingOwnerKinds: OwnerKind[];
  /** Outlets of the event with no country or kind known. */
  unknown: number;
}

/** Which countries and kinds of outlet covered the event, and which of those the library knows did not. */
export function eventCoverage(
  profiles: readonly OutletProfile[],
  library: { countries: readonly string[]; kinds: readonly string[]; ownerKinds?: readonly OwnerKind[] },
  starter: readonly StarterOutlet[] = starterSet().outlets,
): Coverage {
  const countries = new Map<string, number>();
  const kinds = new Map<string, number>();
  const owners = new Map<OwnerKind, number>();
  let unknown = 0;
  for (const profile of profiles) {
    const facts = shownFacts(profile);
    const owner = ownerKind(profile, starter).kind;
    owners.set(owner, (owners.get(owner) ?? 0) + 1);
    if (facts.countries.length === 0 && facts.kinds.length === 0) unknown++;
    for (const text of new Set(facts.countries.map((f) => f.text))) countries.set(text, (countries.get(text) ?? 0) + 1);
    for (const text of new Set(facts.kinds.map((f) => f.text))) kinds.set(text, (kinds.get(text) ?? 0) + 1);
  }
  const ranked = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text, outlets]) => ({ text, outlets }));
  return {
    countries: ranked(countries),
    kinds: ranked(kinds),
    missingCountries: [...new Set(library.countries)].filter((c) => !countries.has(c)).sort(),
    missingKinds: [...new Set(library.kinds)].filter((k) => !kinds.has(k)).sort(),
    // "unknown" last: what is known comes first, and what is not is still said.
    ownerKinds: ranked(owners)
      .map(({ text, outlets }) => ({ kind: text as OwnerKind, outlets }))
      .sort((a, b) => Number(a.kind === 'unknown') - Number(b.kind === 'unknown')),
    missingOwnerKinds: OWNER_KINDS.filter((k) => k !== 'unknown' && library.ownerKinds?.includes(k) && !owners.has(k)),
    unknown,
  };
}

/** Every country, kind and kind of owner the library's profiles show, bounded, for `eventCoverage`. */
export function librarySummary(
  profiles: readonly OutletProfile[],
  limit = 200,
  starter: readonly StarterOutlet[] = starterSet().outlets,
): { countries: string[]; kinds: string[]; ownerKinds: OwnerKind[]; outlets: number } {
  const countries = new Set<string>();
  const kinds = new Set<string>();
  const ownerKinds = new Set<OwnerKind>();
  for (const profile of profiles) {
    const facts = shownFacts(profile);
    for (const f of facts.countries) if (countries.size < limit) countries.add(f.text);
    for (const f of facts.kinds) if (kinds.size < limit) kinds.add(f.text);
    ownerKinds.add(ownerKind(profile, starter).kind);
  }
  return { countries: [...countries], kinds: [...kinds], ownerKinds: [...ownerKinds], outlets: profiles.length };
}
