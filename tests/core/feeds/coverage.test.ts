import { describe, expect, test } from 'vitest';
import { accountOf, addStoryDays, coverageOf, type CoverageOutlet } from '../../../core/feeds/coverage';

const DAY = 86_400_000;
const EVENT = Date.parse('2025-03-14T10:00:00Z');
const day = (offset: number) => String(Math.floor(EVENT / DAY) + offset);

const outlet = (name: string, host: string, storyDays: Record<string, number>): CoverageOutlet => ({
  id: host,
  name,
  siteUrl: `https://www.${host}/`,
  feedUrls: [`https://feeds.${host}/rss`],
  storyDays,
});

const WIRE = outlet('Wire', 'wire.example', { [day(0)]: 12 });
const DAILY = outlet('Daily', 'daily.example', { [day(-2)]: 3 });
const QUIET = outlet('Quiet', 'quiet.example', { [day(-9)]: 4 });
const WEEKLY = outlet('Weekly', 'weekly.example', { [day(3)]: 1 });
const READER = outlet('Reader', 'reader.example', { [day(1)]: 5 });

describe('coverageOf', () => {
  const article = { url: 'https://reader.example/story', siteName: 'The Reader', publishedTime: '2025-03-14T10:00:00Z' };

  test('outlets that published in the window but have no account are named; quiet ones are not', () => {
    const coverage = coverageOf([WIRE, DAILY, QUIET, WEEKLY, READER], article, [{ url: 'https://wire.example/a', siteName: null }], EVENT + 30 * DAY);
    expect(coverage).toEqual({ followed: 5, published: ['Wire', 'Daily', 'Reader'], covered: ['Wire', 'Reader'], notCovered: ['Daily'], windowDays: 2 });
  });

  test('an undated article is placed on the day it is read', () => {
    const coverage = coverageOf([WIRE, QUIET], { ...article, publishedTime: null }, [], EVENT - 9 * DAY);
    expect(coverage.published).toEqual(['Quiet']);
  });

  test('nothing followed, nothing said', () => {
    expect(coverageOf([], article, [], EVENT)).toEqual({ followed: 0, published: [], covered: [], notCovered: [], windowDays: 2 });
  });
});

describe('accountOf', () => {
  test.each([
    ['its site host', 'https://wire.example/x', null, true],
    ['its feed host', 'https://feeds.wire.example/x', null, true],
    ['its name, as feed stories carry it', 'https://cdn.other.example/x', 'wire ', true],
    ['its name however spelt, as the popup groups it', 'https://cdn.other.example/x', 'The  WIRE', true],
    ['an empty name', 'https://cdn.other.example/x', ' ', false],
    ['another host and name', 'https://daily.example/x', 'Daily', false],
    ['a subdomain it does not use', 'https://shop.wire.example/x', null, false],
  ])('%s', (_what, url, siteName, expected) => {
    expect(accountOf(WIRE, { url, siteName })).toBe(expected);
  });

  test('two outlets on one machine are told apart by port', () => {
    const a = { ...WIRE, siteUrl: 'http://127.0.0.1:8001/', feedUrls: [] };
    expect(accountOf(a, { url: 'http://127.0.0.1:8001/s', siteName: null })).toBe(true);
    expect(accountOf(a, { url: 'http://127.0.0.1:8002/s', siteName: null })).toBe(false);
  });
});

describe('addStoryDays', () => {
  test('adds to the day counts and forgets days past the keep', () => {
    const now = EVENT;
    expect(addStoryDays({ [day(-200)]: 5, [day(-1)]: 2 }, [Number(day(-1)), Number(day(0)), Number(day(0))], now)).toEqual({ [day(-1)]: 3, [day(0)]: 2 });
  });
});
