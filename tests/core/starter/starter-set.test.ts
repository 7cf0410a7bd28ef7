import { describe, expect, test } from 'vitest';
import { balancedDozen } from '../../../core/starter/balanced-dozen';
import { parseStarterOutlet, parseStarterSet, STARTER_KINDS, STARTER_REGIONS, type StarterOutlet } from '../../../core/starter/starter-outlet';
import { starterSet } from '../../../core/starter/starter-set';

const good: StarterOutlet = {
  id: 'harbour-wire',
  name: 'Harbour Wire',
  site: 'https://harbour.example/',
  country: 'GB',
  language: 'en',
  region: 'europe',
  kind: 'wire',
  kindSource: { name: 'wikipedia', url: 'https://en.wikipedia.org/wiki/Example' },
};

describe('the shipped starter set', () => {
  const { outlets, problems } = starterSet();

  test('every entry is valid, and there are about forty', () => {
    expect(problems).toEqual([]);
    expect(outlets.length).toBeGreaterThanOrEqual(36);
    expect(outlets.length).toBeLessThanOrEqual(50);
  });

  test('it spans every region and kind, and at least six languages', () => {
    expect(new Set(outlets.map((o) => o.region))).toEqual(new Set(STARTER_REGIONS));
    expect(new Set(outlets.map((o) => o.kind))).toEqual(new Set(STARTER_KINDS));
    expect(new Set(outlets.map((o) => o.language)).size).toBeGreaterThanOrEqual(6);
  });

  test('real sites only: https, no feed addresses, no local or test hosts', () => {
    for (const outlet of outlets) {
      expect(outlet.site).toMatch(/^https:\/\//);
      expect(outlet.site).not.toMatch(/\/(feed|rss)|\.xml|127\.0\.0\.1|localhost|\.test\//i);
    }
  });

  test('the balanced dozen spreads over regions, kinds and languages', () => {
    const dozen = balancedDozen(outlets);
    expect(dozen).toHaveLength(12);
    expect(new Set(dozen.map((o) => o.id)).size).toBe(12);
    const regions = new Set(dozen.map((o) => o.region));
    expect(regions).toEqual(new Set(STARTER_REGIONS));
    for (const region of regions) expect(dozen.filter((o) => o.region === region).length).toBeLessThanOrEqual(2);
    expect(new Set(dozen.map((o) => o.kind))).toEqual(new Set(STARTER_KINDS));
    expect(dozen.filter((o) => o.kind === 'state-controlled')).toHaveLength(1);
    expect(new Set(dozen.map((o) => o.language)).size).toBeGreaterThanOrEqual(6);
    for (const kind of STARTER_KINDS) expect(dozen.filter((o) => o.kind === kind).length).toBeLessThanOrEqual(4);
  });

  test('the dozen is the same every time, and does not depend on being asked twice', () => {
    expect(balancedDozen(outlets).map((o) => o.id)).toEqual(balancedDozen([...outlets]).map((o) => o.id));
  });
});

describe('balancedDozen', () => {
  const make = (id: string, region: StarterOutlet['region'], kind: StarterOutlet['kind'], language: string): StarterOutlet => ({
    ...good,
    id,
    site: `https://${id}.example/`,
    region,
    kind,
    language,
  });

  test('takes one of each region before a second of any', () => {
    const set = [make('a1', 'europe', 'wire', 'en'), make('a2', 'europe', 'private', 'fr'), make('b1', 'africa', 'wire', 'en'), make('c1', 'east-asia', 'wire', 'en')];
    expect(balancedDozen(set, 3).map((o) => o.id)).toEqual(['a1', 'b1', 'c1']);
  });

  test('within a region, prefers a kind and a language not yet taken', () => {
    const set = [make('a1', 'europe', 'wire', 'en'), make('b1', 'africa', 'wire', 'en'), make('b2', 'africa', 'independent', 'en'), make('b3', 'africa', 'independent', 'sw')];
    expect(balancedDozen(set, 2).map((o) => o.id)).toEqual(['a1', 'b3']);
  });

  test('a second state-controlled outlet only when nothing else is left', () => {
    const set = [make('s1', 'europe', 'state-controlled', 'ru'), make('s2', 'africa', 'state-controlled', 'ar'), make('p1', 'europe', 'private', 'en')];
    expect(balancedDozen(set, 2).map((o) => o.id)).toEqual(['s1', 'p1']);
    expect(balancedDozen(set, 3).map((o) => o.id)).toEqual(['s1', 'p1', 's2']);
  });

  test('a set smaller than the dozen is taken whole', () => {
    expect(balancedDozen([good])).toEqual([good]);
    expect(balancedDozen([])).toEqual([]);
  });
});

describe('parseStarterSet', () => {
  test.each([
    ['a bad id', { id: 'Has Space' }, /id must be/],
    ['no name', { name: ' ' }, /name must be/],
    ['a site that is not http(s)', { site: 'ftp://x.example/' }, /site must be/],
    ['a lower-case country', { country: 'gb' }, /country must be/],
    ['a language with a region', { language: 'en-GB' }, /language must be/],
    ['an unknown region', { region: 'oceania' }, /region must be/],
    ['an unknown kind', { kind: 'tabloid' }, /kind must be/],
    ['an unnamed source of the kind', { kindSource: { name: 'blog', url: 'https://x.example/' } }, /kindSource.name/],
    ['a source of the kind over http', { kindSource: { name: 'wikipedia', url: 'http://en.wikipedia.org/wiki/X' } }, /kindSource.url/],
  ])('refuses %s', (_what, change, reason) => {
    expect(parseStarterOutlet({ ...good, ...change })).toMatch(reason);
  });

  test('keeps the good entries and names the bad and the repeated', () => {
    const set = parseStarterSet({ version: 1, outlets: [good, { ...good, kind: 'x' }, { ...good, site: 'https://other.example/' }, { ...good, id: 'other' }] });
    expect(set.outlets).toEqual([good]);
    expect(set.problems).toEqual([expect.stringMatching(/^entry 1: kind/), 'entry 2: the id "harbour-wire" is used twice', 'entry 3: the site https://harbour.example/ is listed twice']);
  });

  test.each([
    ['"www." and a trailing slash apart', 'https://www.harbour.example', true],
    ['the other scheme', 'http://harbour.example/', true],
    ['a section of the same site, an outlet of its own', 'https://harbour.example/mundo/', false],
  ])('a second entry at %s is refused: %s', (_what, site, refused) => {
    const set = parseStarterSet({ version: 1, outlets: [good, { ...good, id: 'other', site }] });
    expect(set.problems).toHaveLength(refused ? 1 : 0);
  });

  test.each([null, [], { version: 2, outlets: [] }, { version: 1 }])('refuses a set that is not one: %j', (value) => {
    expect(parseStarterSet(value)).toEqual({ outlets: [], problems: [expect.stringContaining('version')] });
  });
});
