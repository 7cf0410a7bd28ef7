import { describe, expect, test } from 'vitest';
import { newsReasonLines } from '../../cli/news-reasons';
import { NEWS_SIGNALS } from '../../core/detection/news-signals';

/** The CLI's `reasons` are the catalogue's English words, as they were before the reasons became ids. */

describe('the detector’s reasons in words', () => {
  test.each(NEWS_SIGNALS.map((row) => [row.id, row.weight] as const))('%s has words in the catalogue', (id, weight) => {
    const [line] = newsReasonLines([{ id, weight, evidence: 'Evidence' }]);
    expect(line).toMatch(weight > 0 ? /^\+ \S/ : /^− \S/);
    // An id missing from the catalogue would come out as the bare sign.
    expect(line!.length).toBeGreaterThan(12);
    expect(line).not.toMatch(/\$/);
  });

  test.each([
    [{ id: 'date-in-address', weight: 1 }, '+ its address carries a date'],
    [{ id: 'blog-platform-name', weight: -1, evidence: 'Substack' }, '− it is published on Substack, a blogging platform'],
    [{ id: 'og-not-article', weight: -1, evidence: 'video.other' }, '− Open Graph type is "video.other"'],
    [{ id: 'article-teasers', weight: -1.5, evidence: '12 <article>' }, '− it holds 12 <article> teasers, like a listing page'],
    [{ id: 'news-menus', weight: 1, evidence: 'world, politics, business, sport' }, '+ its menus name news sections (world, politics, business, sport)'],
  ] as const)('%o reads "%s"', (reason, words) => {
    expect(newsReasonLines([reason])).toEqual([words]);
  });

  test('evidence that looks like a substitution stays as it is', () => {
    expect(newsReasonLines([{ id: 'site-builder', weight: -1, evidence: '$1$$' }])).toEqual(['− it is built with $1$$, as personal and company sites are']);
  });
});
