import { describe, expect, test } from 'vitest';
import { emptyProfile, parseReaderNotes, type OutletProfile, type OwnerLink, type WikidataFact, type WikidataProfile } from '../../../core/outlet/outlet-profile';
import { ownerKind, starterOutletFor, type KnownOwnerKind } from '../../../core/outlet/owner-kind';
import type { StarterOutlet } from '../../../core/starter/starter-outlet';

const starter = (site: string, kind: StarterOutlet['kind']): StarterOutlet => ({
  id: 'one',
  name: 'One Outlet',
  site,
  country: 'NO',
  language: 'nb',
  region: 'europe',
  kind,
  kindSource: { name: 'wikipedia', url: 'https://en.wikipedia.org/wiki/One' },
});
const owner = (id: string, label: string, depth = 1): OwnerLink => ({ id, label, relation: 'owner', depth, statedBy: 'Q1' });
const wikidata = (kinds: WikidataFact[], owners: OwnerLink[] = [], countries: WikidataFact[] = [{ id: 'Q20', label: 'Norway' }]): WikidataProfile => ({
  item: 'Q1',
  label: 'One',
  readAt: 0,
  kinds,
  countries,
  owners,
  founded: null,
  languages: [],
  wikipedia: null,
});
const profile = (facts: WikidataProfile | null, ownerKindNote: KnownOwnerKind | null = null): OutletProfile => ({
  ...emptyProfile('one.example', 0),
  wikidata: facts,
  reader: ownerKindNote ? { kind: null, country: null, owner: null, founded: null, note: null, ownerKind: ownerKindNote, at: 0 } : null,
});
const NEWSPAPER = { id: 'Q11032', label: 'newspaper' };

describe('the kind of owner: what must be found', () => {
  test.each([
    ['a public broadcaster, by its item', [{ id: 'Q1126006', label: 'allmennkringkaster' }], 'public'],
    ['a public broadcaster, by its English label', [{ id: 'Q999', label: 'Public broadcaster' }], 'public'],
    ['a state-owned enterprise', [{ id: 'Q270791', label: 'state-owned enterprise' }], 'state-controlled'],
    ['state media, by label', [NEWSPAPER, { id: 'Q998', label: 'state media' }], 'state-controlled'],
    ['a non-profit', [NEWSPAPER, { id: 'Q163740', label: 'nonprofit organization' }], 'independent'],
    ['a cooperative', [{ id: 'Q4539', label: 'cooperative' }], 'independent'],
    ['a company', [NEWSPAPER, { id: 'Q783794', label: 'company' }], 'private'],
    ['a public broadcaster that is also a company: the class that says most about control', [{ id: 'Q783794', label: 'company' }, { id: 'Q1126006', label: 'public broadcaster' }], 'public'],
  ])('Wikidata says it is %s', (_, kinds, expected) => {
    const answer = ownerKind(profile(wikidata(kinds)), []);
    expect(answer.kind).toBe(expected);
    expect(answer.reasons.length).toBeGreaterThan(0);
    expect(answer.reasons.every((r) => r.source === 'wikidata-kind')).toBe(true);
  });

  test.each([
    ['a company by its legal form', [owner('Q5', 'Ledger Media Group')], 'private', 'company'],
    ['a company, S.A.', [owner('Q5', 'Prisa S.A.')], 'private', 'company'],
    ['a foundation', [owner('Q5', 'Stiftung Mediapress')], 'independent', 'non-profit'],
    ['a ministry, in Russian', [owner('Q5', 'Министерство цифрового развития')], 'state-controlled', 'government'],
    ['the country itself', [owner('Q20', 'Norway')], 'state-controlled', 'government'],
    ['a company, owned further up by a government', [owner('Q5', 'Ledger Media Group'), owner('Q6', 'Government of Nowhere', 2)], 'state-controlled', 'government'],
    ['a foundation, nearer than a company', [owner('Q6', 'Ledger Holdings', 2), owner('Q5', 'Ledger Foundation')], 'independent', 'non-profit'],
  ])('the owner chain names %s', (_, owners, expected, form) => {
    const answer = ownerKind(profile(wikidata([NEWSPAPER], owners)), []);
    expect(answer.kind).toBe(expected);
    expect(answer.reasons[0]).toMatchObject({ source: 'wikidata-owner', form });
  });

  test('the starter set’s kind, with its cited source, for the outlet on that site', () => {
    const answer = ownerKind(profile(null), [starter('https://www.one.example/news', 'public-broadcaster')]);
    expect(answer).toEqual({ kind: 'public', reasons: [{ source: 'starter-set', outlet: 'One Outlet', starterKind: 'public-broadcaster', cited: { name: 'wikipedia', url: 'https://en.wikipedia.org/wiki/One' } }] });
  });

  test('the starter set wins over Wikidata, and the reader over both, saying so', () => {
    const facts = wikidata([{ id: 'Q783794', label: 'company' }]);
    const set = [starter('https://one.example/', 'state-controlled')];
    expect(ownerKind(profile(facts), set).kind).toBe('state-controlled');
    expect(ownerKind(profile(facts, 'independent'), set)).toEqual({ kind: 'independent', reasons: [{ source: 'reader' }] });
  });
});

describe('the kind of owner: what must not be guessed', () => {
  test.each([
    ['no Wikidata facts', null],
    ['only a kind of outlet', wikidata([NEWSPAPER, { id: 'Q1153191', label: 'online newspaper' }])],
    ['an owner whose name tells nothing', wikidata([NEWSPAPER], [owner('Q5', 'Hallvard Family Trust'), owner('Q7', 'Olsen')])],
    ['a public company only by a substring of a label', wikidata([{ id: 'Q997', label: 'company town newspaper' }])],
    ['a name ending in a word that merely contains a legal form', wikidata([NEWSPAPER], [owner('Q5', 'Tag'), owner('Q6', 'Atlas')])],
  ])('%s: unknown, with no reason', (_, facts) => {
    expect(ownerKind(profile(facts), [])).toEqual({ kind: 'unknown', reasons: [] });
  });

  test('a wire service in the starter set says nothing of its owner: Wikidata is asked next', () => {
    const set = [starter('https://one.example/', 'wire')];
    expect(ownerKind(profile(null), set).kind).toBe('unknown');
    expect(ownerKind(profile(wikidata([{ id: 'Q163740', label: 'nonprofit organization' }])), set).kind).toBe('independent');
  });

  test.each([
    ['another site', 'https://other.example/'],
    ['a site that only ends with the same letters', 'https://notone.example/'],
  ])('the starter set’s entry for %s is not this outlet’s', (_, site) => {
    expect(starterOutletFor('one.example', [starter(site, 'private')])).toBeUndefined();
  });
});

describe('the reader’s kind of owner', () => {
  test('one of the four known kinds is kept; an empty one clears it', () => {
    expect(parseReaderNotes({ ownerKind: 'state-controlled' }, 1)).toMatchObject({ ownerKind: 'state-controlled' });
    expect(parseReaderNotes({ ownerKind: '' }, 1)).not.toHaveProperty('ownerKind');
  });

  test.each(['unknown', 'government', 42, '<b>private</b>'])('%j is refused', (value) => {
    expect(parseReaderNotes({ ownerKind: value }, 1)).toMatch(/^ownerKind must be one of public, state-controlled, private, independent$/);
  });
});
