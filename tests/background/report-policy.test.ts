import { describe, expect, test } from 'vitest';
import { isSameStory, reportBudget, storageUrl } from '../../background/report-policy';

const report = {
  url: 'https://ledger.example/story',
  title: 'Hollen meets Sorel',
  siteName: 'Ledger',
  byline: null,
  publishedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'President Arvid Hollen met Lin Sorel in Kestrel on Wednesday to sign a grain agreement.',
  flags: [],
};
const unrelated = { title: 'Harbour fire', text: 'A fire broke out in the old harbour warehouse late on Sunday night, the fire service said.' };

describe('storageUrl: a page cannot write over another site’s article', () => {
  test.each([
    ['https://ledger.example/a', 'https://www.ledger.example/a?x=1', 'https://ledger.example/a'],
    ['https://news.bbc.co.uk/a', 'https://www.bbc.co.uk/b', 'https://news.bbc.co.uk/a'],
    ['https://victim.example/story', 'https://evil.example/page', 'https://evil.example/page'],
    // Two people's pages on one hosting service are two sites.
    ['https://victim.github.io/story', 'https://evil.github.io/page', 'https://evil.github.io/page'],
  ])('claimed %s from %s → %s', (claimed, tabUrl, expected) => {
    expect(storageUrl({ ...report, url: claimed }, tabUrl, undefined)).toBe(expected);
  });
});

describe('isSameStory', () => {
  test('an article and its lead, or an updated article, are the same story', () => {
    const lead = { title: null, text: 'President Arvid Hollen met Lin Sorel in Kestrel on Wednesday.' };
    expect(isSameStory(lead, report)).toBe(true);
    expect(isSameStory(report, { ...report, text: `${report.text} Talks go on tomorrow, officials said.` })).toBe(true);
  });

  test('two different stories are not', () => {
    expect(isSameStory(unrelated, report)).toBe(false);
  });

  test('texts too short to compare are told apart by their titles', () => {
    expect(isSameStory({ title: 'Hollen', text: 'Short.' }, { title: ' hollen ', text: 'Tiny.' })).toBe(true);
    expect(isSameStory({ title: 'Hollen', text: 'Short.' }, { title: 'Sorel', text: 'Tiny.' })).toBe(false);
    expect(isSameStory({ title: null, text: '' }, { title: null, text: '' })).toBe(false);
  });
});

describe('storageUrl', () => {
  const tabUrl = 'https://www.ledger.example/amp/story?utm_source=feed';

  test('the tab’s own URL always stands', () => {
    const own = { ...report, url: 'https://www.ledger.example/amp/story' };
    expect(storageUrl(own, tabUrl, unrelated)).toBe(own.url);
  });

  test('a same-site canonical stands when the library holds nothing there, or the same story', () => {
    expect(storageUrl(report, tabUrl, undefined)).toBe(report.url);
    expect(storageUrl(report, tabUrl, { title: report.title, text: report.text })).toBe(report.url);
  });

  test('a canonical that would replace a different story is stored under the tab’s URL', () => {
    expect(storageUrl(report, tabUrl, unrelated)).toBe('https://www.ledger.example/amp/story');
  });

  test('another site’s canonical never stands', () => {
    expect(storageUrl({ ...report, url: 'https://harbour.example/story' }, tabUrl, undefined)).toBe('https://www.ledger.example/amp/story');
  });
});

describe('reportBudget', () => {
  test('allows a burst, then one report per refill period', () => {
    const budget = reportBudget({ burst: 3, refillMs: 1_000 });
    expect([1, 2, 3, 4].map(() => budget.take(7, 0))).toEqual([true, true, true, false]);
    expect(budget.take(7, 999)).toBe(false);
    expect(budget.take(7, 1_000)).toBe(true);
    expect(budget.take(7, 1_000)).toBe(false);
  });

  test('each tab has its own allowance', () => {
    const budget = reportBudget({ burst: 1, refillMs: 1_000 });
    expect(budget.take(1, 0)).toBe(true);
    expect(budget.take(1, 0)).toBe(false);
    expect(budget.take(2, 0)).toBe(true);
  });

  test('remembers a bounded number of tabs without handing a flooding tab a fresh allowance', () => {
    const budget = reportBudget({ burst: 2, refillMs: 60_000, tabs: 10 });
    budget.take(1, 0);
    budget.take(1, 0);
    // Quiet tabs come and go; the flooding tab is still out of reports.
    for (let tab = 100; tab < 200; tab++) budget.take(tab, 0);
    expect(budget.take(1, 1)).toBe(false);
  });
});
