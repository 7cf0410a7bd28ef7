import { describe, expect, test } from 'vitest';
import { EventIndex } from '../../../core/matching/event-index';
import { actionOf } from '../../../core/matching/event-words';
import { scoreMatch, similarity } from '../../../core/matching/score';
import { stem } from '../../../core/matching/stem';
import { defaultTuning, withRows } from '../../../core/matching/tuning';
import { actionAgreement, figureAgreement, weightedVector } from '../../../core/matching/weighted-vector';

describe('actionOf: a verb and its nominalisations are one action', () => {
  test.each([
    ['ruling', 'rule'],
    ['ruled', 'rule'],
    ['authorization', 'authorize'],
    ['authorised', 'authorize'],
    ['indictment', 'indict'],
    ['blocks', 'block'],
    ['died', 'die'],
    ['deaths', 'die'],
    ['shutdown', 'shut'],
  ])('%s → %s', (word, action) => {
    expect(actionOf(stem(word))).toBe(action);
  });

  test.each([['court'], ['vaccine'], ['senate'], ['abortion'], ['budget']])('"%s" names a topic, not an action', (word) => {
    expect(actionOf(stem(word))).toBeUndefined();
  });
});

// Two stories on one topic, written for this test: a court blocks a fictional law, then an
// appeals court lets it resume; and a third account of the first ruling.
const day = (d: number) => new Date(Date.UTC(2025, 4, d, 12)).toISOString();
const accounts = [
  { id: 'block-1', title: 'Judge blocks Marlow county water levy', text: 'A federal judge blocked the Marlow county water levy on Monday, ruling that the 12 percent charge broke the state charter.', date: day(3) },
  { id: 'block-2', title: 'Court ruling blocks Marlow water levy', text: 'The Marlow county water levy was blocked by a federal judge, whose ruling found the 12 percent charge unlawful.', date: day(3) },
  { id: 'resume-1', title: 'Appeals court lets Marlow water levy resume', text: 'The Marlow county water levy may resume, an appeals court said, lifting a federal judge’s hold on the 15 percent charge.', date: day(4) },
];
const index = new EventIndex();
for (const a of accounts) index.add({ ...a, outlet: null, url: null });
const fp = (id: string) => index.fingerprintOf(id)!;
const vector = (id: string) => weightedVector(fp(id), index, defaultTuning.score);

describe('actions and figures as evidence', () => {
  test('accounts of one ruling agree on their actions more than the ruling and its reversal', () => {
    const same = actionAgreement(vector('block-1'), vector('block-2'))!;
    const other = actionAgreement(vector('block-1'), vector('resume-1'))!;
    expect(same).toBeGreaterThan(other);
    expect(same).toBeGreaterThan(0.5);
  });

  test('headline and lead figures agree when one is shared, and differ when none is', () => {
    expect(figureAgreement(vector('block-1'), vector('block-2'))).toBe(1);
    expect(figureAgreement(vector('block-1'), vector('resume-1'))).toBe(0);
  });

  // The hand-made score's rows (the learned scorer reads their parts as features instead).
  const hand = withRows(defaultTuning, { 'score.learned': 0 });

  test('a loss for differing actions lowers the reversal more than the same ruling', () => {
    const loss = withRows(hand, { 'score.eventMiss': 0.5 });
    const ratio = (a: string, b: string) => similarity(fp(a), fp(b), index, loss) / similarity(fp(a), fp(b), index, hand);
    expect(ratio('block-1', 'resume-1')).toBeLessThan(ratio('block-1', 'block-2'));
    expect(ratio('block-1', 'resume-1')).toBeLessThan(1);
  });

  test('a loss for differing figures leaves accounts sharing one untouched', () => {
    const loss = withRows(hand, { 'score.numMiss': 0.5 });
    expect(similarity(fp('block-1'), fp('block-2'), index, loss)).toBeCloseTo(similarity(fp('block-1'), fp('block-2'), index, hand), 12);
    expect(similarity(fp('block-1'), fp('resume-1'), index, loss)).toBeLessThan(similarity(fp('block-1'), fp('resume-1'), index, hand));
  });

  test('the reasons name the actions both accounts report, and only those', () => {
    expect(scoreMatch(fp('block-1'), fp('block-2'), index).reasons.sharedActions).toEqual(expect.arrayContaining(['block', 'rule']));
    const reversal = scoreMatch(fp('block-1'), fp('resume-1'), index).reasons.sharedActions;
    expect(reversal).not.toContain('block');
    expect(reversal).not.toContain('resume');
  });

  test('a year is not a figure of the event: two stories of one year do not agree by it', () => {
    const years = new EventIndex();
    years.add({ id: 'y1', title: 'Marlow levy struck down', text: 'The 2025 levy was struck down.', outlet: null, url: null, date: null });
    years.add({ id: 'y2', title: 'Marlow budget passed', text: 'The 2025 budget was passed.', outlet: null, url: null, date: null });
    const v = (id: string) => weightedVector(years.fingerprintOf(id)!, years, defaultTuning.score);
    expect(figureAgreement(v('y1'), v('y2'))).toBeNull();
  });
});
