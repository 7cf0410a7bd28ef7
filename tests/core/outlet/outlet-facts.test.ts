import { describe, expect, test } from 'vitest';
import { eventCoverage, librarySummary, shownFacts } from '../../../core/outlet/outlet-facts';
import { emptyProfile, lookupDue, parseReaderNotes, type OutletProfile, type WikidataProfile } from '../../../core/outlet/outlet-profile';

const wikidata = (country: string, kind: string): WikidataProfile => ({
  item: 'Q1',
  label: null,
  readAt: 0,
  kinds: [{ id: 'Q2', label: kind }],
  countries: [{ id: 'Q3', label: country }],
  owners: [{ id: 'Q4', label: 'Group', relation: 'owner', depth: 1, statedBy: 'Q1' }],
  founded: '1900',
  languages: [],
  wikipedia: null,
});
const profile = (site: string, facts: WikidataProfile | null, reader: Partial<OutletProfile['reader']> = null): OutletProfile => ({
  ...emptyProfile(site, 0),
  wikidata: facts,
  reader: reader && { kind: null, country: null, owner: null, founded: null, note: null, at: 0, ...reader },
});

describe('shown facts', () => {
  test('the reader’s words replace Wikidata’s, field by field, and say so', () => {
    const facts = shownFacts(profile('a.test', wikidata('Norway', 'newspaper'), { owner: 'The staff, since 2025' }));
    expect(facts.owners).toEqual([{ text: 'The staff, since 2025', from: 'reader' }]);
    expect(facts.countries).toEqual([{ text: 'Norway', from: 'wikidata' }]);
    expect(facts.founded).toEqual({ text: '1900', from: 'wikidata' });
  });
});

describe('event coverage', () => {
  test('countries and kinds that covered it, those of the library that did not, and the outlets nothing is known of', () => {
    const event = [profile('a.test', wikidata('Norway', 'newspaper')), profile('b.test', wikidata('Norway', 'public broadcaster')), profile('c.test', null)];
    const library = librarySummary([...event, profile('d.test', wikidata('Sweden', 'news agency'))]);
    expect(eventCoverage(event, library)).toEqual({
      countries: [{ text: 'Norway', outlets: 2 }],
      kinds: [
        { text: 'newspaper', outlets: 1 },
        { text: 'public broadcaster', outlets: 1 },
      ],
      missingCountries: ['Sweden'],
      missingKinds: ['news agency'],
      // "Group" ends the owner's name: a company; the public broadcaster is public; nothing is known of c.test.
      ownerKinds: [
        { kind: 'private', outlets: 1 },
        { kind: 'public', outlets: 1 },
        { kind: 'unknown', outlets: 1 },
      ],
      missingOwnerKinds: [],
      unknown: 1,
    });
  });

  test('kinds of owner the library holds and the event does not are named; unknown is never among them', () => {
    const stateOwned: WikidataProfile = { ...wikidata('Norway', 'state-owned enterprise'), kinds: [{ id: 'Q270791', label: 'state-owned enterprise' }] };
    const event = [profile('a.test', wikidata('Norway', 'public broadcaster'))];
    const library = librarySummary([...event, profile('s.test', stateOwned), profile('u.test', null)], 200, []);
    expect(library.ownerKinds.sort()).toEqual(['public', 'state-controlled', 'unknown']);
    const coverage = eventCoverage(event, library, []);
    expect(coverage.ownerKinds).toEqual([{ kind: 'public', outlets: 1 }]);
    expect(coverage.missingOwnerKinds).toEqual(['state-controlled']);
  });
});

describe('reader notes', () => {
  test.each([
    ['not an object', 'text', 'the note must be an object'],
    ['a number', { kind: 5 }, 'kind must be text'],
    ['too long', { owner: 'x'.repeat(201) }, 'owner takes at most 200 characters'],
  ])('%s is refused', (_name, value, error) => {
    expect(parseReaderNotes(value, 0)).toBe(error);
  });

  test('text is kept as text: markup stays characters, control characters go, one line but the note', () => {
    expect(parseReaderNotes({ kind: '<b>tabloid</b>\u0000', note: 'Line one\nline\ttwo', country: '   ' }, 7)).toEqual({
      kind: '<b>tabloid</b>',
      country: null,
      owner: null,
      founded: null,
      note: 'Line one\nline two',
      at: 7,
    });
  });
});

describe('when a lookup is due', () => {
  const DAY = 86_400_000;
  test.each([
    [{ status: 'never' as const }, 0, true],
    [{ status: 'found' as const, at: 0 }, 29 * DAY, false],
    [{ status: 'found' as const, at: 0 }, 30 * DAY, true],
    [{ status: 'unknown' as const, at: 0 }, 30 * DAY, true],
    [{ status: 'rate-limited' as const, at: 0, retryAt: 600_000, failures: 1 }, 599_999, false],
    [{ status: 'offline' as const, at: 0, retryAt: 600_000, failures: 1 }, 600_000, true],
  ])('%j at %i: %s', (lookup, now, due) => {
    expect(lookupDue(lookup, now)).toBe(due);
  });
});
