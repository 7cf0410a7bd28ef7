import { describe, expect, test } from 'vitest';
import type { Fingerprint } from '../../core/matching/fingerprint';
import { countedKeys } from '../../core/matching/index-keys';
import { DfDelta, DfTable, keyHash } from '../../db/df-table';
import v2File from './upgrade-fixtures/library-v2.json';

describe('keyHash', () => {
  // The hashes are stored (snapshot and log rows): another function needs a schema version.
  test.each([
    ['w:putin', 6083846496699055],
    ['e:xi jinping', 3414924047465719],
  ])('%j hashes to its frozen 53-bit value', (key, h) => {
    expect(keyHash(key)).toBe(h);
  });

  test('the frozen schema 2 fixture holds, in its log row, the hashes of the article it added', () => {
    const added = v2File.articles.find((a) => a.url === 'https://northport.example/news/strike-calder')!;
    const hashes = countedKeys(added.fingerprint as unknown as Fingerprint).map(keyHash).sort();
    expect([...v2File.dfLog[0]!.h].sort()).toEqual(hashes);
  });

  test('distinct keys, distinct positive safe integers (200,000 keys)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) {
      const h = keyHash(`w:key${i}`);
      if (!Number.isSafeInteger(h) || h <= 0) throw new Error(`bad hash ${h}`);
      seen.add(h);
    }
    expect(seen.size).toBe(200_000);
  });
});

describe('DfTable', () => {
  test('counts keys, grows past its first capacity, never below 0', () => {
    const table = new DfTable();
    for (let i = 0; i < 5_000; i++) table.add(`w:${i}`, 1 + (i % 3));
    for (let i = 0; i < 5_000; i += 2) table.add(`w:${i}`, -1);
    expect(table.df('w:0')).toBe(0);
    expect(table.df('w:1')).toBe(2);
    expect(table.df('w:4')).toBe(1);
    expect(table.df('w:never')).toBe(0);
    table.add('w:1', -10);
    expect(table.df('w:1')).toBe(0);
    table.add('w:absent', -1);
    expect(table.df('w:absent')).toBe(0);
  });

  test('entries and from() round-trip the non-zero counts', () => {
    const table = new DfTable();
    for (const [key, n] of [['a', 3], ['b', 1], ['c', 2]] as const) table.add(key, n);
    table.add('b', -1);
    table.docCount = 7;
    const entries = table.entries();
    expect(entries.h.length).toBe(2);
    const copy = DfTable.from(entries, table.docCount);
    expect([copy.df('a'), copy.df('b'), copy.df('c'), copy.docCount]).toEqual([3, 0, 2, 7]);
  });

  test('every change bumps the version', () => {
    const table = new DfTable();
    const v0 = table.version;
    table.add('a', 1);
    expect(table.version).toBeGreaterThan(v0);
  });
});

describe('DfDelta', () => {
  test('sums signed changes per key and keeps only non-zero ones, hashed', () => {
    const delta = new DfDelta();
    delta.add(['a', 'b'], 1);
    delta.add(['b', 'c'], -1);
    const { h, c } = delta.entries();
    expect(new Map([...h].map((x, i) => [x, c[i]]))).toEqual(new Map([[keyHash('a'), 1], [keyHash('c'), -1]]));
    expect(delta.empty).toBe(false);
  });

  test('is empty when everything cancels and no article came or went', () => {
    const delta = new DfDelta();
    delta.add(['a'], 1);
    delta.add(['a'], -1);
    expect(delta.empty).toBe(true);
    delta.docs = 1;
    expect(delta.empty).toBe(false);
  });
});
