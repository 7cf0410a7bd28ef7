import { describe, expect, test } from 'vitest';
import { LIMITS, parseArticleReport, parseBackgroundRequest } from '../../../core/protocol/messages';

const report = {
  url: 'https://outlet.example/story',
  title: 'Title',
  siteName: 'Outlet',
  byline: null,
  publishedTime: '2024-07-03',
  lang: 'en',
  excerpt: null,
  text: 'Body text.',
  flags: [{ entryId: 'x', category: 'label', text: 'regime', voice: 'outlet', speaker: null }],
};

describe('parseBackgroundRequest accepts', () => {
  test('a well-formed article report, saved unless told otherwise', () => {
    expect(parseBackgroundRequest({ type: 'article:seen', report })).toEqual({ type: 'article:seen', report, save: true });
    expect(parseBackgroundRequest({ type: 'article:seen', report, save: false })).toEqual({ type: 'article:seen', report, save: false });
    expect(parseBackgroundRequest({ type: 'article:save', report })).toEqual({ type: 'article:save', report });
  });
  test('a matches request for an unsaved article carries its report', () => {
    expect(parseBackgroundRequest({ type: 'matches:get', url: report.url, report })).toEqual({ type: 'matches:get', url: report.url, report });
  });
  test('a matches request', () => {
    expect(parseBackgroundRequest({ type: 'matches:get', url: 'https://a.example/x' })).toEqual({
      type: 'matches:get',
      url: 'https://a.example/x',
    });
  });
});

describe('parseBackgroundRequest refuses', () => {
  test.each([
    [null, 'not an object'],
    ['hello', 'not an object'],
    [{ type: 'drop-database' }, 'unknown message type'],
    [{ type: 'matches:get', url: 'javascript:alert(1)' }, 'http(s) url'],
    [{ type: 'article:seen', report: { ...report, url: 'file:///etc/passwd' } }, 'http(s) url'],
    [{ type: 'article:seen', report: { ...report, text: 42 } }, 'needs a text'],
  ])('%j', (message, reason) => {
    expect(parseBackgroundRequest(message)).toContain(reason);
  });
});

describe('parseArticleReport bounds what a page can make us store', () => {
  test('text, fields and flags are capped', () => {
    const parsed = parseArticleReport({
      ...report,
      text: 'a'.repeat(LIMITS.textChars * 3),
      title: 't'.repeat(50_000),
      flags: Array.from({ length: 5_000 }, () => report.flags[0]),
    });
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.text.length).toBe(LIMITS.textChars);
    expect(parsed.title!.length).toBe(LIMITS.fieldChars);
    expect(parsed.flags.length).toBe(LIMITS.flags);
  });
  test('malformed flags are dropped, not trusted', () => {
    const parsed = parseArticleReport({ ...report, flags: [{ entryId: 1 }, 'x', { ...report.flags[0], category: 'made-up' }, report.flags[0]] });
    expect(typeof parsed !== 'string' && parsed.flags.length).toBe(1);
  });
  test('a flag keeps its own fields only: what else a page adds is not stored', () => {
    const parsed = parseArticleReport({ ...report, flags: [{ ...report.flags[0], html: '<img src=x>', extra: 'x'.repeat(1e6), speaker: 's'.repeat(5_000) }] });
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(Object.keys(parsed.flags[0]!).sort()).toEqual(['category', 'entryId', 'speaker', 'text', 'voice']);
    expect(parsed.flags[0]!.speaker!.length).toBe(LIMITS.fieldChars);
  });
  test('an address that percent-encoding makes too long is refused', () => {
    expect(parseArticleReport({ ...report, url: `https://outlet.example/${'é'.repeat(1_000)}` })).toBe('report needs an http(s) url');
  });
  test('a cut never halves an emoji', () => {
    const parsed = parseArticleReport({ ...report, title: `${'t'.repeat(LIMITS.fieldChars - 1)}😀`, text: `${'a'.repeat(LIMITS.textChars - 1)}😀` });
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.title).toBe('t'.repeat(LIMITS.fieldChars - 1));
    expect(parsed.text).toBe('a'.repeat(LIMITS.textChars - 1));
  });
});
