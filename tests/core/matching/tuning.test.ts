import { describe, expect, test } from 'vitest';
import { EventIndex } from '../../../core/matching/event-index';
import { fingerprint } from '../../../core/matching/fingerprint';
import { reachDays, similarity, timeFactor } from '../../../core/matching/score';
import { defaultTuning, withRows } from '../../../core/matching/tuning';
import { FIXTURES, mates } from './fixtures';

const DAY = 86_400_000;

describe('withRows: the table with some rows changed', () => {
  test('changes the rows named and nothing else, leaving the shipped table as it was', () => {
    const swept = withRows(defaultTuning, { 'score.name': 1.25, 'group.groupSize': 12 });
    expect(swept.score.name).toBe(1.25);
    expect(swept.group.groupSize).toBe(12);
    expect({ ...swept, score: { ...swept.score, name: defaultTuning.score.name }, group: defaultTuning.group }).toEqual(defaultTuning);
    expect(defaultTuning.score.name).toBe(1.5);
    expect(defaultTuning.group.groupSize).toBe(30);
  });

  test.each([['score.nme'], ['score'], ['scor.name'], ['score.name.x']])('refuses the row "%s" the table does not have', (row) => {
    expect(() => withRows(defaultTuning, { [row]: 1 })).toThrow(/no tuning row/);
  });

  test('refuses a value that is not a number', () => {
    expect(() => withRows(defaultTuning, { 'score.name': Number.NaN })).toThrow(/must be a number/);
  });
});

describe('the engines read the table they are given', () => {
  const library = (tuning = defaultTuning): EventIndex => {
    const index = new EventIndex(tuning);
    for (const f of FIXTURES) index.add(f);
    return index;
  };
  const withMates = FIXTURES.find((f) => mates(f.id).length > 0)!;

  test('a threshold no pair reaches lists nothing where the shipped one lists the mates', () => {
    expect(library().query(withMates.id).length).toBeGreaterThan(0);
    expect(library(withRows(defaultTuning, { 'score.threshold': 1.01 })).query(withMates.id)).toEqual([]);
  });

  test('a smaller group lists fewer accounts', () => {
    const one = library(withRows(defaultTuning, { 'group.groupSize': 1 }));
    expect(one.query(withMates.id, { limit: 20 }).length).toBeLessThanOrEqual(1);
  });

  test('fingerprint caps come from the table', () => {
    const fp = fingerprint(FIXTURES[0]!, withRows(defaultTuning, { 'fingerprint.words': 3, 'fingerprint.nums': 1 }));
    expect(fp.words.k).toHaveLength(3);
    expect(fp.nums.k.length).toBeLessThanOrEqual(1);
  });

  test('the name weight changes the score of two accounts that share names', () => {
    const index = library();
    const [a, b] = [withMates.id, mates(withMates.id)[0]!].map((id) => index.fingerprintOf(id)!);
    const shipped = similarity(a!, b!, index);
    const plain = similarity(a!, b!, index, withRows(defaultTuning, { 'score.name': 1 }));
    expect(plain).not.toBeCloseTo(shipped, 6);
  });

  test('two short accounts gain from shortPair in the hand-made score, two long ones do not', () => {
    // Written for this test: two headline-and-lead accounts of one fictional storm, undated.
    const storm = [
      { id: 's1', title: 'Storm Edda floods Kessel harbour', text: 'Storm Edda flooded the harbour of Kessel overnight, closing the ferry.', outlet: null, url: null, date: null },
      { id: 's2', title: 'Kessel ferry halted as Edda hits', text: 'The Kessel ferry stopped running after Storm Edda reached the coast.', outlet: null, url: null, date: null },
    ];
    const score = (rows: Record<string, number>) => {
      const t = withRows(defaultTuning, { 'score.learned': 0, ...rows });
      const index = new EventIndex(t);
      for (const a of storm) index.add(a);
      return similarity(index.fingerprintOf('s1')!, index.fingerprintOf('s2')!, index, t);
    };
    // With a words cap of 3 both fill it: long for the scorer. With the shipped cap they are short.
    expect(score({ 'fingerprint.words': 3, 'score.shortPair': 0.3 })).toBeCloseTo(score({ 'fingerprint.words': 3, 'score.shortPair': 0 }), 12);
    const plain = score({ 'score.shortPair': 0 });
    expect(plain).toBeGreaterThan(0);
    expect(plain).toBeLessThan(0.7);
    expect(score({ 'score.shortPair': 0.3 })).toBeGreaterThan(plain * 1.1);
  });

  test('time rows shape the time factor and how far a query reaches', () => {
    const wide = withRows(defaultTuning, { 'score.sameEventDays': 5 });
    expect(timeFactor(0, 4 * DAY)).toBeLessThan(defaultTuning.score.closeBoost);
    expect(timeFactor(0, 4 * DAY, wide)).toBe(defaultTuning.score.closeBoost);
    expect(reachDays(undefined, wide)).toBeCloseTo(reachDays() + 3, 9);
  });
});
