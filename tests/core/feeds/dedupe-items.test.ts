import { describe, expect, test } from 'vitest';
import { dedupeItems } from '../../../core/feeds/dedupe-items';
import type { FeedItem } from '../../../core/feeds/feed-types';
import { parsedFixture } from './feed-fixtures';

const item = (url: string, guid: string | null = null): FeedItem => ({ url, guid, title: url, summary: '', published: null, author: null });

describe('dedupeItems', () => {
  test('by canonical URL and by GUID, within one call and across calls', () => {
    const urls = new Set<string>();
    const guids = new Set<string>();
    const first = dedupeItems(
      [item('https://a.example/1', 'g1'), item('https://a.example/1?utm_source=rss'), item('https://a.example/2', 'g1'), item('https://a.example/3')],
      urls,
      guids,
    );
    expect(first.map((i) => i.url)).toEqual(['https://a.example/1', 'https://a.example/3']);
    const second = dedupeItems([item('https://a.example/3'), item('https://a.example/4', 'g1'), item('https://a.example/5', 'g5')], urls, guids);
    expect(second.map((i) => i.url)).toEqual(['https://a.example/5']);
    expect([...guids]).toEqual(['g1', 'g5']);
  });

  test('a library’s stored URLs hide stories already read', () => {
    const feed = parsedFixture('rss2-northern-ledger.xml');
    const stored = new Set(['https://northern-ledger.example/local/2025/03/14/carrow-bridge-floods']);
    const fresh = dedupeItems(feed.items, stored, new Set());
    expect(fresh).toHaveLength(feed.items.length - 1);
    expect(fresh.map((i) => i.title)).not.toContain('Hundreds leave homes as the River Wendle floods Carrow Bridge');
  });

  test('the same story in an outlet’s RSS and Atom feeds is kept once', () => {
    const urls = new Set<string>();
    const guids = new Set<string>();
    const fromRss = dedupeItems(parsedFixture('rss2-northern-ledger.xml').items, urls, guids);
    const fromAtom = dedupeItems(parsedFixture('relative-links.xml', 'https://northern-ledger.example/feeds/relative-links.xml').items, urls, guids);
    expect(fromRss).toHaveLength(9);
    // Different URLs (the .html pages), so all five are new; run the RSS again and nothing is.
    expect(fromAtom).toHaveLength(5);
    expect(dedupeItems(parsedFixture('rss2-northern-ledger.xml').items, urls, guids)).toEqual([]);
  });
});
