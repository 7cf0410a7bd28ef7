import { describe, expect, test } from 'vitest';
import { EventIndex } from '../../../core/matching/event-index';
import { FEATURE_IDS, type FeatureId } from '../../../core/matching/pair-features';
import { carriedBy, pairScore, type PairWeights } from '../../../core/matching/pair-model';
import { pairFeaturesOf, scoreMatch, similarity } from '../../../core/matching/score';
import { defaultTuning, withRows } from '../../../core/matching/tuning';
import { weightedVector, overlap } from '../../../core/matching/weighted-vector';

// Two stories on one topic, written for this test (as in event-words.test.ts): a court
// blocks a fictional levy, an appeals court lets it resume; a second account of the first
// ruling; and an unrelated story without a date.
const day = (d: number) => new Date(Date.UTC(2025, 4, d, 12)).toISOString();
const accounts = [
  { id: 'block-1', title: 'Judge blocks Marlow county water levy', text: 'A federal judge blocked the Marlow county water levy on Monday, ruling that the 12 percent charge broke the state charter. "The charter is plain," Judge Ada Quist wrote.', date: day(3) },
  { id: 'block-2', title: 'Court ruling blocks Marlow water levy', text: 'The Marlow county water levy was blocked by a federal judge, whose ruling found the 12 percent charge unlawful. "The charter is plain," wrote Judge Ada Quist.', date: day(3) },
  { id: 'resume-1', title: 'Appeals court lets Marlow water levy resume', text: 'The Marlow county water levy may resume, an appeals court said, lifting a federal judge’s hold on the 15 percent charge.', date: day(9) },
  { id: 'ferry-1', title: 'Osterkai ferry adds night crossings', text: 'Fjordline will run two night crossings from the Osterkai pier from June.', date: null },
];
const index = new EventIndex();
for (const a of accounts) index.add({ ...a, outlet: null, url: null });
const fp = (id: string) => index.fingerprintOf(id)!;
const features = (a: string, b: string) => pairFeaturesOf(fp(a), fp(b), index).features;
const value = (x: Float64Array, id: FeatureId) => x[FEATURE_IDS.indexOf(id)]!;

describe('pairFeatures: the hand-made score taken apart', () => {
  test('the shares of names, figures, actions and topic words add up to the cosine', () => {
    const x = features('block-1', 'block-2');
    const qv = weightedVector(fp('block-1'), index, defaultTuning.score);
    const cv = weightedVector(fp('block-2'), index, defaultTuning.score);
    const cosine = overlap(qv, cv).dot / (qv.norm * cv.norm);
    const sum = (['names', 'figures', 'actions', 'topic'] as const).reduce((s, id) => s + value(x, id), 0);
    expect(sum).toBeCloseTo(cosine, 10);
    expect(value(x, 'names')).toBeGreaterThan(0);
    expect(value(x, 'actions')).toBeGreaterThan(0);
  });

  test('one ruling: same actions, same figure, a shared quotation, close in time', () => {
    const x = features('block-1', 'block-2');
    expect(value(x, 'figuresAgree')).toBe(1);
    expect(value(x, 'figuresDiffer')).toBe(0);
    expect(value(x, 'quotes')).toBeGreaterThan(0.5);
    expect(value(x, 'daysApart')).toBe(0);
  });

  test('the ruling and its reversal: figures differ, actions agree less, six days apart', () => {
    const same = features('block-1', 'block-2');
    const other = features('block-1', 'resume-1');
    expect(value(other, 'figuresDiffer')).toBe(1);
    expect(value(other, 'actionsDiffer')).toBeGreaterThan(value(same, 'actionsDiffer'));
    expect(value(other, 'daysApart')).toBeCloseTo(6 / 7, 10);
    expect(value(other, 'quotes')).toBe(0);
  });

  test('a date unknown on one side: days apart count nothing, as the same day would', () => {
    expect(value(features('block-1', 'ferry-1'), 'daysApart')).toBe(0);
  });
});

const zero = (): PairWeights => Object.fromEntries([['bias', 0], ...FEATURE_IDS.map((id) => [id, 0])]) as PairWeights;

describe('the learned score', () => {
  test('is the logistic of the bias and the weighted features', () => {
    const x = features('block-1', 'block-2');
    const w = { ...zero(), bias: -1, names: 2 };
    expect(pairScore(x, w)).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 * value(x, 'names')))), 12);
    expect(pairScore(x, zero())).toBe(0.5);
  });

  test('the reasons name what carried a pair, most first, and not what weighs against it', () => {
    const x = features('block-1', 'block-2');
    const w = { ...zero(), names: 4, quotes: 3, figuresAgree: 1, actionsDiffer: -5 };
    const told = carriedBy(x, w);
    expect(told[0]).toBe(value(x, 'names') * 4 > value(x, 'quotes') * 3 ? 'names' : 'quotes');
    expect(told).toEqual(expect.arrayContaining(['names', 'quotes', 'figuresAgree']));
    expect(told).not.toContain('actionsDiffer');
    expect(carriedBy(x, zero())).toEqual([]);
  });

  test('the tuning switches it: on, the score and reasons are the learned ones; off, the hand-made score', () => {
    const off = withRows(defaultTuning, { 'score.learned': 0 });
    const on = withRows(defaultTuning, { 'score.learned': 1 });
    const hand = pairFeaturesOf(fp('block-1'), fp('block-2'), index).hand;
    expect(similarity(fp('block-1'), fp('block-2'), index, off)).toBeCloseTo(hand, 12);
    expect(similarity(fp('block-1'), fp('block-2'), index, on)).toBeCloseTo(pairScore(features('block-1', 'block-2'), on.model), 12);
    expect(scoreMatch(fp('block-1'), fp('block-2'), index, off).reasons.carriedBy).toEqual([]);
    expect(scoreMatch(fp('block-1'), fp('block-2'), index, on).reasons.carriedBy.length).toBeGreaterThan(0);
  });

  test('with the shipped weights, the second account of the ruling scores above its reversal', () => {
    const on = withRows(defaultTuning, { 'score.learned': 1 });
    expect(similarity(fp('block-1'), fp('block-2'), index, on)).toBeGreaterThan(similarity(fp('block-1'), fp('resume-1'), index, on));
  });
});
