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

  test('two accounts that both give names and share almost none: names and people differ; one ruling: little', () => {
    // The other star's rehab (event-group.test.ts): the same kind of event, none of its names.
    const rehab = new EventIndex();
    rehab.add({ id: 'halden', title: 'Actress Mira Halden checks into Solace Clinic', text: 'Actress Mira Halden has checked into the Solace Clinic in Brevik, her agent Tomas Ek said.', outlet: null, url: null, date: null });
    rehab.add({ id: 'oster', title: 'Actor Lev Oster checks into rehab clinic', text: 'Actor Lev Oster has checked into a clinic in Dunmore, his manager said.', outlet: null, url: null, date: null });
    const other = pairFeaturesOf(rehab.fingerprintOf('halden')!, rehab.fingerprintOf('oster')!, rehab).features;
    // Only "clinic" is shared, a name in "Solace Clinic" and a word on the other side.
    expect(value(other, 'namesDiffer')).toBeGreaterThan(0.8);
    expect(value(other, 'peopleDiffer')).toBe(1);
    expect(value(features('block-1', 'block-2'), 'namesDiffer')).toBeLessThan(0.5);
    expect(value(features('block-1', 'block-2'), 'peopleDiffer')).toBe(0);
    expect(value(features('block-1', 'ferry-1'), 'namesDiffer')).toBe(1);
  });

  test('a date unknown on one side: days apart count nothing, as the same day would', () => {
    expect(value(features('block-1', 'ferry-1'), 'daysApart')).toBe(0);
  });
});

/** The learned score alone: for every pair, without the time factor, not blended. */
const pure = { 'score.learnedShort': 0, 'score.learnedTime': 0, 'score.learnedBlend': 1 };

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
    const on = withRows(defaultTuning, { ...pure, 'score.learned': 1 });
    const hand = pairFeaturesOf(fp('block-1'), fp('block-2'), index).hand;
    expect(similarity(fp('block-1'), fp('block-2'), index, off)).toBeCloseTo(hand, 12);
    expect(similarity(fp('block-1'), fp('block-2'), index, on)).toBeCloseTo(pairScore(features('block-1', 'block-2'), on.model), 12);
    expect(scoreMatch(fp('block-1'), fp('block-2'), index, off).reasons.carriedBy).toEqual([]);
    expect(scoreMatch(fp('block-1'), fp('block-2'), index, on).reasons.carriedBy.length).toBeGreaterThan(0);
  });

  test('it is used only where one account is short enough (`learnedShort`): two full texts keep the hand-made score', () => {
    // Two long accounts written for this test: 90 made-up words each, 60 of them shared.
    const words = (from: number) => Array.from({ length: 90 }, (_, i) => `v${String.fromCharCode(97 + ((from + i) % 26))}${String.fromCharCode(97 + Math.floor((from + i) / 26))}lo`).join(' ');
    const long = new EventIndex();
    long.add({ id: 'long-1', title: 'Vantor harbour plan', text: `${words(0)}.`, outlet: null, url: null, date: null });
    long.add({ id: 'long-2', title: 'Vantor harbour plan', text: `${words(30)}.`, outlet: null, url: null, date: null });
    const [a, b] = [long.fingerprintOf('long-1')!, long.fingerprintOf('long-2')!];
    const { hand, features: x } = pairFeaturesOf(a, b, long);
    expect(value(x, 'short')).toBe(0);
    const gated = withRows(defaultTuning, { ...pure, 'score.learned': 1, 'score.learnedShort': 0.3 });
    const always = withRows(defaultTuning, { ...pure, 'score.learned': 1 });
    expect(similarity(a, b, long, gated)).toBeCloseTo(hand, 12);
    expect(similarity(a, b, long, always)).toBeCloseTo(pairScore(x, always.model), 12);
    // The ruling's two accounts are headlines and leads: the learned score is theirs.
    expect(value(features('block-1', 'block-2'), 'short')).toBeGreaterThan(0.3);
    expect(similarity(fp('block-1'), fp('block-2'), index, gated)).toBeCloseTo(pairScore(features('block-1', 'block-2'), gated.model), 12);
  });

  test('blended, the score lies between the hand-made and the learned one, by the row’s share', () => {
    const { hand, features: x } = pairFeaturesOf(fp('block-1'), fp('resume-1'), index);
    const half = withRows(defaultTuning, { ...pure, 'score.learned': 1, 'score.learnedBlend': 0.5 });
    expect(similarity(fp('block-1'), fp('resume-1'), index, half)).toBeCloseTo((hand + pairScore(x, half.model)) / 2, 12);
  });

  test('with the time factor, accounts more than two days apart lose as the hand-made score makes them lose', () => {
    // block-1 and resume-1 are six days apart: the factor is 1.5 / (1 + (4 / 2.5)²) of closeBoost 1.5.
    const x = features('block-1', 'resume-1');
    const timed = withRows(defaultTuning, { ...pure, 'score.learned': 1, 'score.learnedTime': 1 });
    expect(similarity(fp('block-1'), fp('resume-1'), index, timed)).toBeCloseTo(pairScore(x, timed.model) / (1 + (4 / 2.5) ** 2), 12);
    // Within two days, nothing changes.
    expect(similarity(fp('block-1'), fp('block-2'), index, timed)).toBeCloseTo(pairScore(features('block-1', 'block-2'), timed.model), 12);
  });

  test('with the shipped weights, the second account of the ruling scores above its reversal', () => {
    const on = withRows(defaultTuning, { 'score.learned': 1 });
    expect(similarity(fp('block-1'), fp('block-2'), index, on)).toBeGreaterThan(similarity(fp('block-1'), fp('resume-1'), index, on));
  });
});
