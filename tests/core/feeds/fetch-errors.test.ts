import { describe, expect, test } from 'vitest';
import { describeFetchError, FETCH_ERROR_KINDS } from '../../../core/feeds/fetch-errors';

describe('describeFetchError speaks to the reader', () => {
  test.each([
    ['http-status', 404, 'The site answered 404 (not found).'],
    ['http-status', 503, 'The site answered 503 (service unavailable).'],
    ['http-status', 418, 'The site answered 418.'],
    ['http-status', 'abc', 'The site answered with an error.'],
    ['http-status', undefined, 'The site answered with an error.'],
    ['redirect-outside', 'tracker.example', 'The feed sent Parallax on to tracker.example, a site you have not allowed it to read.'],
    ['redirect-outside', '<img src=x>', 'The feed sent Parallax on to another site, one you have not allowed it to read.'],
    ['timeout', undefined, 'The site took too long to answer. Parallax will try again later.'],
    ['permission', undefined, 'Parallax is no longer allowed to read this site. Allow it again to keep following this outlet.'],
    ['html-page', undefined, 'This address shows a web page, not a news feed.'],
  ] as const)('%s %j', (kind, detail, sentence) => {
    expect(describeFetchError(kind, detail)).toBe(sentence);
  });

  test.each(FETCH_ERROR_KINDS)('%s: one plain sentence or two, no jargon', (kind) => {
    const sentence = describeFetchError(kind);
    expect(sentence).toMatch(/^[A-Z].*\.$/);
    expect(sentence).not.toMatch(/undefined|null|XML|HTTP|DTD|\bfetch\b/);
  });
});
