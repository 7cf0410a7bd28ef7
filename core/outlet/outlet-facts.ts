import type { OutletProfile } from './outlet-profile';

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
  /** Outlets of the event with no country or kind known. */
  unknown: number;
}

/** Which countries and kinds of outlet covered the event, and which of those the library knows did not. */
export function eventCoverage(profiles: readonly OutletProfile[], library: { countries: readonly string[]; kinds: readonly string[] }): Coverage {
  const countries = new Map<string, number>();
  const kinds = new Map<string, number>();
  let unknown = 0;
  for (const profile of profiles) {
    const facts = shownFacts(profile);
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
    unknown,
  };
}

/** Every country and kind the library's profiles show, bounded, for `eventCoverage`. */
export function librarySummary(profiles: readonly OutletProfile[], limit = 200): { countries: string[]; kinds: string[]; outlets: number } {
  const countries = new Set<string>();
  const kinds = new Set<string>();
  for (const profile of profiles) {
    const facts = shownFacts(profile);
    for (const f of facts.countries) if (countries.size < limit) countries.add(f.text);
    for (const f of facts.kinds) if (kinds.size < limit) kinds.add(f.text);
  }
  return { countries: [...countries], kinds: [...kinds], outlets: profiles.length };
}
