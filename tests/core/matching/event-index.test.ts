import { describe, expect, test } from 'vitest';
import { EventIndex } from '../../../core/matching/event-index';
import { fingerprint, fingerprintKeys } from '../../../core/matching/fingerprint';
import { MATCH_THRESHOLD } from '../../../core/matching/score';
import { FIXTURES, mates } from './fixtures';

function library(): EventIndex {
  const index = new EventIndex();
  for (const f of FIXTURES) index.add(f);
  return index;
}

describe('query lists the other accounts of the same event', () => {
  const index = library();

  test.each(FIXTURES.map((f) => [f.id, mates(f.id)] as const))('%s → %j', (id, expected) => {
    const found = index.query(id);
    expect(found.map((m) => m.id).sort()).toEqual([...expected].sort());
    expect(found.every((m) => m.score >= MATCH_THRESHOLD && m.reasons.score === m.score)).toBe(true);
    expect(found.map((m) => m.score)).toEqual([...found.map((m) => m.score)].sort((a, b) => b - a));
  });

  test('a fingerprint not in the library can be queried too', () => {
    const probe = fingerprint({ ...FIXTURES[0]!, id: 'probe', url: null });
    expect(index.query(probe).map((m) => m.id)).toEqual(expect.arrayContaining(['norvik-1', 'norvik-2']));
  });

  test.each([
    ['unknown id', 'nope', {}],
    ['limit 0', 'norvik-1', { limit: 0 }],
  ])('%s gives nothing', (_, id, options) => {
    expect(index.query(id, options)).toEqual([]);
  });

  test('limit caps the list', () => {
    expect(index.query('norvik-1', { limit: 1 })).toHaveLength(1);
  });
});

describe('one article is held once', () => {
  test('the same id added twice replaces, never duplicates', () => {
    const index = library();
    const keysBefore = fingerprintKeys(index.fingerprintOf('norvik-1')!).map((k) => index.df(k));
    index.add(FIXTURES[0]!);
    expect(index.docCount).toBe(FIXTURES.length);
    expect(fingerprintKeys(index.fingerprintOf('norvik-1')!).map((k) => index.df(k))).toEqual(keysBefore);
    expect(index.query('norvik-2').filter((m) => m.id === 'norvik-1')).toHaveLength(1);
  });

  test.each([
    ['tracking parameters', 'https://harbour-gazette.example/2025/03/norvik-bridge-collapse?utm_source=x&fbclid=1'],
    ['www and trailing slash', 'https://www.harbour-gazette.example/2025/03/norvik-bridge-collapse/'],
    ['http and a fragment', 'http://harbour-gazette.example/2025/03/norvik-bridge-collapse#comments'],
  ])('the same canonical URL under a new id (%s) is one article', (_, url) => {
    const index = library();
    const held = index.add({ ...FIXTURES[0]!, id: 'norvik-1-again', url });
    expect(held).toBe('norvik-1');
    expect(index.docCount).toBe(FIXTURES.length);
    expect(index.has('norvik-1-again')).toBe(true);
    expect(index.query('norvik-1-again').map((m) => m.id)).not.toContain('norvik-1');
    expect(index.query('norvik-2').map((m) => m.id).filter((id) => id.startsWith('norvik-1'))).toEqual(['norvik-1']);
  });

  test('remove takes the account and its postings out', () => {
    const index = library();
    const keys = fingerprintKeys(index.fingerprintOf('castelmar-1')!);
    const before = keys.map((k) => index.df(k));
    expect(index.remove('castelmar-1')).toBe(true);
    expect(index.remove('castelmar-1')).toBe(false);
    expect(keys.map((k) => index.df(k))).toEqual(before.map((d) => d - 1));
    expect(index.query('castelmar-2')).toEqual([]);
    index.add(FIXTURES.find((f) => f.id === 'castelmar-1')!);
    expect(index.query('castelmar-2').map((m) => m.id)).toEqual(['castelmar-1']);
  });
});

describe('bad input', () => {
  test.each([
    ['no title, no date, no url', { id: 'a', title: null, text: 'Bridge collapse in Norvik.', outlet: null, url: null, date: null }],
    ['one word', { id: 'b', title: null, text: 'Norvik', outlet: null, url: null, date: null }],
    ['empty', { id: 'c', title: '', text: '', outlet: '', url: '', date: '' }],
    ['not a URL', { id: 'd', title: 'x', text: 'y', outlet: null, url: 'javascript:alert(1)', date: 'not a date' }],
  ])('%s: add and query do not throw', (_, account) => {
    const index = library();
    expect(() => index.add(account)).not.toThrow();
    expect(() => index.query(account.id)).not.toThrow();
    expect(index.query(account.id).map((m) => m.id)).not.toContain(account.id);
  });

  // Query time is npm run bench's (matching); here, that a 5 MB article is taken and found.
  test('a 5 MB article is added and queried', () => {
    const index = library();
    const text = FIXTURES[0]!.text.repeat(Math.ceil(5_000_000 / FIXTURES[0]!.text.length));
    index.add({ ...FIXTURES[0]!, id: 'huge', url: null, text });
    const found = index.query('huge');
    expect(found.map((m) => m.id)).toContain('norvik-1');
  });

  test('an empty library answers with nothing', () => {
    expect(new EventIndex().query(fingerprint(FIXTURES[0]!))).toEqual([]);
  });
});
