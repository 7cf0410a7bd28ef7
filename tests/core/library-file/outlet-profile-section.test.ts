import { describe, expect, test } from 'vitest';
import { LIBRARY_FILE_TAIL, libraryFileHead, parseLibraryFile } from '../../../core/library-file/library-file-format';
import { mergeProfile } from '../../../core/library-file/merge-profile';
import { parseProfileSection, PROFILE_SECTION_LIMITS } from '../../../core/library-file/outlet-profile-section';
import { emptyProfile, type OutletProfile } from '../../../core/outlet/outlet-profile';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';

/** A profile with every source filled in, as the outlet database keeps one. */
const ledger: OutletProfile = {
  site: 'ledger.example',
  policies: [{ kind: 'correctionsPolicy', url: 'https://ledger.example/corrections' }],
  policiesFrom: 'https://ledger.example/world/story',
  policiesAt: 5_000,
  wikidata: {
    item: 'Q424242',
    label: 'The Ledger',
    readAt: 6_000,
    kinds: [{ id: 'Q11032', label: 'newspaper' }],
    countries: [{ id: 'Q99', label: 'Valdoria' }],
    owners: [{ id: 'Q7', label: 'Ledger Holdings', relation: 'owner', depth: 1, statedBy: 'Q424242' }],
    founded: '1821',
    languages: [{ id: 'Q1860', label: 'English' }],
    wikipedia: { url: 'https://en.wikipedia.org/wiki/The_Ledger', lang: 'en', title: 'The Ledger' },
  },
  lookup: { status: 'found', at: 6_000 },
  reader: { kind: null, country: null, owner: 'Ledger Trust', founded: null, note: 'Owned by a trust since 2019.\nCheck the masthead.', at: 7_000 },
  firstSeen: 1_000,
};

const fileWith = (profiles: unknown): string => JSON.stringify({ format: 'parallax-library', version: 2, exportedAt: '2024-07-03T10:00:00.000Z', settings: DEFAULT_SETTINGS, profiles, articles: [] });
const errorOf = (text: string): string => {
  const result = parseLibraryFile(text);
  if (result.ok) throw new Error('accepted');
  return result.error;
};
const changed = (change: (p: Record<string, unknown>) => void): Record<string, unknown> => {
  const copy = structuredClone(ledger) as unknown as Record<string, unknown>;
  change(copy);
  return copy;
};

describe('outlet profiles in the library file', () => {
  test('written by the export, read back the same', () => {
    const text = libraryFileHead(DEFAULT_SETTINGS, new Date(0), [ledger, emptyProfile('harbour.example', 2_000)]) + LIBRARY_FILE_TAIL;
    const result = parseLibraryFile(text);
    expect(result.ok && result.file.profiles).toEqual([ledger, emptyProfile('harbour.example', 2_000)]);
  });

  test('a version 1 file, written before profiles, imports with none (and leaves the reader’s alone)', () => {
    const old = JSON.stringify({ format: 'parallax-library', version: 1, exportedAt: '2024-07-03T10:00:00.000Z', settings: {}, articles: [] });
    const result = parseLibraryFile(old);
    expect(result.ok && result.file.profiles).toBeNull();
  });

  test('a version 2 file must say which profiles it has', () => {
    expect(errorOf(JSON.stringify({ format: 'parallax-library', version: 2, exportedAt: '2024-07-03T10:00:00.000Z', settings: {}, articles: [] }))).toBe('"profiles" must be a list');
  });

  describe('must refuse the file, saying which profile and why', () => {
    test.each<[string, unknown, string]>([
      ['a profile that is not an object', ['ledger.example'], 'outlet profile 1: must be an object'],
      ['a site that is no host name', [changed((p) => (p['site'] = '<img src=x onerror=alert(1)>'))], '"site" must be a lower-case host name'],
      ['a site past its bound', [changed((p) => (p['site'] = `${'a'.repeat(300)}.example`))], '"site" must be a lower-case host name'],
      ['a policy link that is script', [changed((p) => (p['policies'] = [{ kind: 'correctionsPolicy', url: 'javascript:alert(1)' }]))], '"policies": [0]: "url" must be an http(s) address'],
      ['a policy Parallax does not know', [changed((p) => (p['policies'] = [{ kind: 'innerHTML', url: 'https://ledger.example/' }]))], '"kind" is not a policy'],
      ['too many policies', [changed((p) => (p['policies'] = Array.from({ length: 50 }, () => ledger.policies[0])))], '"policies": holds more than'],
      ['a note past its bound', [changed((p) => ((p['reader'] as Record<string, unknown>)['note'] = 'x'.repeat(2_001)))], '"reader": "note" must be text of at most 2000 characters'],
      ['a note that is not text', [changed((p) => ((p['reader'] as Record<string, unknown>)['owner'] = { toString: 1 }))], '"reader": "owner" must be text'],
      ['a Wikidata item that is not one', [changed((p) => ((p['wikidata'] as Record<string, unknown>)['item'] = 'https://evil.example'))], '"wikidata": "item" must be a Wikidata item'],
      ['a Wikipedia link that is not http(s)', [changed((p) => ((p['wikidata'] as Record<string, unknown>)['wikipedia'] = { url: 'data:text/html,x', lang: 'en', title: 'x' }))], '"wikipedia" needs an http(s) "url"'],
      ['an owner chain past its bound', [changed((p) => ((p['wikidata'] as Record<string, unknown>)['owners'] = Array.from({ length: 51 }, () => ledger.wikidata!.owners[0])))], '"owners": holds more than 50'],
      ['a lookup state Parallax does not know', [changed((p) => (p['lookup'] = { status: 'hacked', at: 1 }))], '"lookup": "status" is not a state'],
      ['a time that is not one', [changed((p) => (p['firstSeen'] = -5))], '"firstSeen" must be a time'],
      ['the same site twice', [ledger, ledger], 'outlet profile 2 (ledger.example): the site appears more than once'],
    ])('%s', (_name, profiles, expected) => {
      expect(errorOf(fileWith(profiles))).toContain(expected);
    });

    test('more profiles than are ever kept', () => {
      const many = Array.from({ length: PROFILE_SECTION_LIMITS.profiles + 1 }, (_, i) => emptyProfile(`site${i}.example`, 1));
      expect(errorOf(fileWith(many))).toBe('it holds 5,001 outlet profiles; at most 5,000 are read');
    });
  });

  test('the profiles at their bound are read', () => {
    const many = Array.from({ length: PROFILE_SECTION_LIMITS.profiles }, (_, i) => emptyProfile(`site${i}.example`, 1));
    const profiles = parseProfileSection(many);
    expect(Array.isArray(profiles) && profiles.length).toBe(PROFILE_SECTION_LIMITS.profiles);
  });
});

describe('mergeProfile', () => {
  const here: OutletProfile = { ...emptyProfile('ledger.example', 500), reader: { ...ledger.reader!, note: 'Written here, later.', at: 9_000 }, policiesAt: 1_000 };

  test('a profile new to this browser is taken as the file has it', () => {
    expect(mergeProfile(undefined, ledger)).toEqual(ledger);
  });

  test('each source comes from the side that read or wrote it last; the first sighting is the earlier', () => {
    const merged = mergeProfile(here, ledger);
    expect(merged.reader?.note).toBe('Written here, later.');
    expect(merged.policies).toEqual(ledger.policies);
    expect(merged.wikidata).toEqual(ledger.wikidata);
    expect(merged.lookup).toEqual(ledger.lookup);
    expect(merged.firstSeen).toBe(500);
  });

  test('a newer note in the file wins over an older one here', () => {
    expect(mergeProfile({ ...here, reader: { ...here.reader!, at: 1 } }, ledger).reader?.note).toBe(ledger.reader!.note);
  });
});
