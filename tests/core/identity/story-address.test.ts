import { describe, expect, test } from 'vitest';
import { cleanUrl, storyKey } from '../../../core/identity/story-address';

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

describe('storyKey', () => {
  test.each([
    ['https://www.example.com/a/b/?utm_source=x&id=3#top', 'example.com/a/b?id=3'],
    ['http://example.com/a/b?id=3', 'example.com/a/b?id=3'],
    ['https://example.com/a?b=2&a=1', 'example.com/a?a=1&b=2'],
    ['https://example.com', 'example.com/'],
    ['ftp://example.com/file', null],
    ['javascript:alert(1)', null],
    ['', null],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(storyKey(url)).toBe(expected);
  });
});
