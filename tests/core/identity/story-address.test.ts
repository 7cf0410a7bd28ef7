import { describe, expect, test } from 'vitest';
import { cleanUrl, outletFromHost } from '../../core/clean-url';

describe('cleanUrl', () => {
  test.each([
    ['https://ex.com/a?utm_source=x&id=3#top', 'https://ex.com/a?id=3'],
    ['https://ex.com/a?fbclid=1&gclid=2', 'https://ex.com/a'],
    ['/news/story', 'https://ex.com/news/story'],
  ])('%s → %s', (input, expected) => {
    expect(cleanUrl(input, 'https://ex.com/base')).toBe(expected);
  });

  test.each(['javascript:alert(1)', 'data:text/html,hi', 'not a url', '', null])('refuses %s', (input) => {
    expect(cleanUrl(input)).toBeNull();
  });
});

describe('outletFromHost', () => {
  test.each([
    ['www.northern-ledger.example', 'Northern Ledger'],
    ['news.bbc.co.uk', 'Bbc'],
    ['kyivindependent.com', 'Kyivindependent'],
    ['127.0.0.1', null],
  ])('%s → %s', (host, expected) => {
    expect(outletFromHost(host)).toBe(expected);
  });
});
