import { describe, expect, test } from 'vitest';
import { EventIndex } from '../../../core/matching/event-index';
import type { Fingerprint } from '../../../core/matching/fingerprint';
import { EventRanking, MAX_CANDIDATES, ROUND, shortlist, type Held } from '../../../core/matching/rank-event';
import { FIXTURES, mates } from './fixtures';

const stats = { docCount: 100, df: (key: string) => (key === 'w:common' ? 50 : 2) };

describe('shortlist', () => {
  test('ranks by the idf weight of shared keys, never lists the query, breaks ties by key', () => {
    const keys = ['w:rare', 'w:common'];
    const lists = [
      ['b', 'self', 'a'],
      ['c', 'a', 'self', 'd'],
    ];
    expect(shortlist(keys, lists, stats, 'self')).toEqual(['a', 'b', 'c', 'd']);
  });

  test('keeps at most the cap', () => {
    const many = Array.from({ length: MAX_CANDIDATES + 40 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    expect(shortlist(['w:rare'], [many], stats, null)).toHaveLength(MAX_CANDIDATES);
  });
});

describe('a ranking read in rounds', () => {
  const index = new EventIndex();
  for (const f of FIXTURES) index.add(f);
  const held = (id: string): Held<string> => ({ key: id, fp: index.fingerprintOf(id)!, record: id });
  const query = index.fingerprintOf(FIXTURES[0]!.id)!;

  test('skips missing and damaged records without throwing, and lists the event', () => {
    const others = FIXTURES.map((f) => f.id).filter((id) => id !== FIXTURES[0]!.id);
    const ranking = new EventRanking<string>(query, index, others);
    const round = ranking.next();
    expect(round.length).toBe(Math.min(ROUND, others.length));
    const damaged = { key: 'broken', fp: {} as Fingerprint, record: 'broken' };
    ranking.take([undefined, damaged, ...round.map(held)]);
    expect(
      ranking
        .result()
        .map((m) => m.held.key)
        .sort(),
    ).toEqual([...mates(FIXTURES[0]!.id)].sort());
  });

  test('stops after a round that found no account at the threshold', () => {
    const strangers = Array.from({ length: ROUND * 3 }, (_, i) => `stranger-${i}`);
    const ranking = new EventRanking<string>(query, index, strangers);
    let rounds = 0;
    for (let round = ranking.next(); round.length > 0; round = ranking.next()) {
      rounds++;
      ranking.take(round.map(() => undefined));
    }
    expect(rounds).toBe(1);
    expect(ranking.result()).toEqual([]);
  });
});
