import { describe, expect, test } from 'vitest';
import type { AccountInput } from '../../../core/matching/account';
import { EventIndex } from '../../../core/matching/event-index';
import { fingerprint } from '../../../core/matching/fingerprint';
import { MATCH_THRESHOLD, scoreMatch, timeFactor, type CorpusStats } from '../../../core/matching/score';
import { FIXTURES } from './fixtures';
import { describeWithShared } from '../../needs-shared';
import { SEED_FILES, SEEDS } from './seeds';

/** A library of every fixture (and the seeds when present), so idf is realistic-ish. */
function library(): EventIndex {
  const index = new EventIndex();
  for (const f of FIXTURES) index.add(f);
  if (SEEDS) for (const s of [SEEDS.dw, SEEDS.kyiv]) index.add(s);
  return index;
}

const DAY = 86_400_000;
const NO_STATS: CorpusStats = { docCount: 0, df: () => 0 };

describeWithShared('the seed accounts match each other', SEED_FILES, () => {
  const index = library();
  const [dw, kyiv] = [index.fingerprintOf('dw')!, index.fingerprintOf('kyiv')!];

  test.each([
    ['Kyiv Independent → DW', kyiv, dw],
    ['DW → Kyiv Independent', dw, kyiv],
  ])('%s, with reasons', (_, q, c) => {
    const { score, reasons } = scoreMatch(q, c, index);
    expect(score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    const names = reasons.sharedEntities.join(' | ');
    for (const name of ['Putin', 'Xi', 'SCO', 'Astana']) expect(names).toContain(name);
    expect(reasons.people.join(' | ')).toContain('Putin');
    expect(reasons.sharedQuotes.join(' | ')).toMatch(/best (period )?in (their )?history/);
    expect(reasons.daysApart).toBe(0);
    expect(reasons.score).toBe(score);
  });

  test('score is symmetric', () => {
    expect(scoreMatch(dw, kyiv, index).score).toBeCloseTo(scoreMatch(kyiv, dw, index).score, 10);
  });

  test('they match with no dates and without any library statistics', () => {
    const undated = (a: AccountInput) => fingerprint({ ...a, date: null });
    expect(scoreMatch(undated(SEEDS!.dw), undated(SEEDS!.kyiv), NO_STATS).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('fixtures: what must match and what must not', () => {
  const index = library();
  const pairs = FIXTURES.flatMap((a, i) => FIXTURES.slice(i + 1).map((b) => [a, b] as const));

  test.each(pairs.filter(([a, b]) => a.event === b.event).map(([a, b]) => [a.id, b.id]))('%s matches %s', (a, b) => {
    expect(scoreMatch(index.fingerprintOf(a)!, index.fingerprintOf(b)!, index).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  test.each(pairs.filter(([a, b]) => a.event !== b.event).map(([a, b]) => [a.id, b.id]))('%s does not match %s', (a, b) => {
    expect(scoreMatch(index.fingerprintOf(a)!, index.fingerprintOf(b)!, index).score).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('dates narrow, their absence does not break matching', () => {
  const base = FIXTURES.find((f) => f.id === 'valdoria-1')!;
  const other = FIXTURES.find((f) => f.id === 'valdoria-2')!;
  const t0 = Date.parse(base.date!);
  const score = (dateA: string | null, dateB: string | null): number =>
    scoreMatch(fingerprint({ ...base, date: dateA }), fingerprint({ ...other, date: dateB }), NO_STATS).score;
  const iso = (ms: number): string => new Date(ms).toISOString();

  test.each([
    ['same day', 0, true],
    ['one day apart', 1, true],
    ['three days apart', 3, true],
    ['eight days apart', 8, false],
    ['thirty days apart', 30, false],
    ['a year apart', 365, false],
  ])('%s: match %s', (_, days, matches) => {
    expect(score(iso(t0), iso(t0 + (days as number) * DAY)) >= MATCH_THRESHOLD).toBe(matches);
  });

  test.each([
    ['both undated', null, null],
    ['query undated', null, iso(t0)],
    ['candidate undated', iso(t0), null],
  ])('%s still matches', (_, a, b) => {
    expect(score(a, b)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  test('order in time does not matter', () => {
    expect(score(iso(t0), iso(t0 + 5 * DAY))).toBeCloseTo(score(iso(t0 + 5 * DAY), iso(t0)), 10);
  });

  test.each([
    [0, 1.5],
    [2, 1.5],
    [7, 0.3],
    [14, 0.062],
  ])('timeFactor at %i days is about %f', (days, factor) => {
    expect(timeFactor(0, days * DAY)).toBeCloseTo(factor, 2);
  });

  test('timeFactor is 1 when either date is unknown', () => {
    expect(timeFactor(null, 0)).toBe(1);
    expect(timeFactor(0, null)).toBe(1);
  });
});

describe('degenerate pairs', () => {
  test.each([
    ['two empty texts', '', ''],
    ['one word each', 'Astana', 'Astana'],
    ['stop words only', 'the and of it', 'it of and the'],
  ])('%s: a finite score in [0, 1]', (_, a, b) => {
    const fa = fingerprint({ id: 'a', title: null, text: a, outlet: null, url: null, date: null });
    const fb = fingerprint({ id: 'b', title: null, text: b, outlet: null, url: null, date: null });
    const { score } = scoreMatch(fa, fb, NO_STATS);
    expect(Number.isFinite(score)).toBe(true);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  });
});
