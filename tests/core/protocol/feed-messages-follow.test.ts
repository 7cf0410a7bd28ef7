import { describe, expect, test } from 'vitest';
import { parseFeedRequest } from '../../../core/protocol/feed-messages';

describe('feeds:follow-many', () => {
  test('takes sites with addresses and names', () => {
    expect(parseFeedRequest({ type: 'feeds:follow-many', sites: [{ url: 'https://a.example', name: 'A' }] })).toEqual({
      type: 'feeds:follow-many',
      sites: [{ url: 'https://a.example/', name: 'A' }],
    });
  });

  test.each([
    ['no sites', []],
    ['too many sites', Array.from({ length: 61 }, (_, i) => ({ url: `https://s${i}.example/`, name: 'S' }))],
    ['a site that is not http(s)', [{ url: 'javascript:alert(1)', name: 'X' }]],
    ['a site without a name', [{ url: 'https://a.example/' }]],
    ['not a list', 'https://a.example/'],
  ])('refuses %s', (_what, sites) => {
    expect(typeof parseFeedRequest({ type: 'feeds:follow-many', sites })).toBe('string');
  });
});

describe('feeds:coverage', () => {
  const article = { url: 'https://a.example/s', siteName: 'A', publishedTime: '2025-03-14T10:00:00Z' };

  test('takes the article and its accounts', () => {
    expect(parseFeedRequest({ type: 'feeds:coverage', article, accounts: [{ url: 'https://b.example/t', siteName: null }] })).toEqual({
      type: 'feeds:coverage',
      article,
      accounts: [{ url: 'https://b.example/t', siteName: null }],
    });
  });

  test.each([
    ['an article without an address', { article: { siteName: 'A' }, accounts: [] }],
    ['an account that is not http(s)', { article, accounts: [{ url: 'file:///etc/passwd' }] }],
    ['too many accounts', { article, accounts: Array.from({ length: 501 }, () => ({ url: 'https://b.example/' })) }],
    ['a date that is not text', { article: { ...article, publishedTime: 5 }, accounts: [] }],
  ])('refuses %s', (_what, fields) => {
    expect(typeof parseFeedRequest({ type: 'feeds:coverage', ...fields })).toBe('string');
  });
});
