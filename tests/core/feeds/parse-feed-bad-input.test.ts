/* Feeds that are broken, hostile or not feeds at all: skipped or refused with a reason, never a throw. */
import { describe, expect, test } from 'vitest';
import { parseFeed } from '../../../core/feeds/parse-feed';
import { FEED_LIMITS } from '../../../core/feeds/feed-types';
import { AFTER_FIXTURES, feedFixture, parsedFixture } from './feed-fixtures';

const NOW = { now: AFTER_FIXTURES };

describe('links that are not web pages (javascript-links.xml)', () => {
  const feed = parsedFixture('javascript-links.xml');

  test('only http(s) links are kept', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://hadley-herald.example/news/footbridge-vote',
      // A permalink guid stands in for the missing link; an isPermaLink="false" one does not.
      'https://hadley-herald.example/news/permalink-guid',
    ]);
    expect(feed.siteUrl).toBeNull();
  });

  test('each skipped item says why, by its place in the feed', () => {
    expect(feed.skipped).toEqual([
      { index: 1, reason: 'The story’s link is a “javascript:” address, not a web page.' },
      { index: 2, reason: 'The story’s link is a “javascript:” address, not a web page.' },
      { index: 3, reason: 'The story’s link is a “data:” address, not a web page.' },
      { index: 4, reason: 'The story’s link is a “mailto:” address, not a web page.' },
      { index: 5, reason: 'The story’s link is a “ftp:” address, not a web page.' },
      { index: 6, reason: 'The story has no link.' },
      { index: 7, reason: 'The story has no link.' },
      { index: 8, reason: 'The story has no link.' },
      { index: 10, reason: 'The story has neither a title nor a summary.' },
    ]);
  });
});

describe('a truncated feed (truncated.xml)', () => {
  test('complete items are kept; the one cut off is skipped', () => {
    const feed = parsedFixture('truncated.xml');
    expect(feed.items.map((i) => i.title)).toEqual(['Hundreds leave homes as the River Wendle floods Carrow Bridge', 'Council approves new footbridge at Hadley']);
    expect(feed.skipped).toEqual([{ index: 2, reason: 'The feed breaks off in the middle of this story.' }]);
  });

  test('cut off before any item ends: broken', () => {
    const cut = feedFixture('truncated.xml').slice(0, feedFixture('truncated.xml').indexOf('</item>'));
    expect(parseFeed(cut, 'https://feeds.example/t.xml', NOW)).toEqual({
      ok: false,
      reason: 'broken',
      message: 'The feed is damaged or was cut off before any story in it could be read.',
    });
  });
});

describe('the billion laughs (billion-laughs.xml)', () => {
  test('entities are never expanded: the references stay as written', () => {
    const feed = parsedFixture('billion-laughs.xml');
    expect(feed.title).toBe('&lol9;');
    expect(feed.items).toEqual([
      {
        url: 'https://laughs.example/story/&lol9;',
        guid: null,
        title: 'Laughing &lol9;',
        summary: '&lol9;&lol9;&lol9; &xxe;',
        published: '2025-03-13T12:00:00Z',
        author: null,
      },
    ]);
    // No "lol" run anywhere, and no file read for the external entity.
    expect(JSON.stringify(feed)).not.toMatch(/lollol|root:/);
  });
});

describe('what is not a feed', () => {
  test.each([
    ['html-error-page.html', 'html-page', 'This address shows a web page, not a news feed.'],
    ['not-a-feed.json', 'not-a-feed', 'This address does not return a news feed Parallax can read.'],
  ])('%s → %s', (name, reason, message) => {
    expect(parseFeed(feedFixture(name), 'https://feeds.example/feed', NOW)).toEqual({ ok: false, reason, message });
  });

  test.each([
    ['', 'empty'],
    ['  \n\uFEFF ', 'empty'],
    ['\uFEFF', 'empty'],
    ['Service temporarily unavailable', 'not-a-feed'],
    ['<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>', 'not-a-feed'],
    ['<opml version="2.0"><body/></opml>', 'not-a-feed'],
    ['{"version": "1.0", "items": "nope"', 'not-a-feed'],
    ['[1, 2, 3]', 'not-a-feed'],
    ['<!DOCTYPE html>', 'html-page'],
    ['<html><body><p>Feed moved</p></body></html>', 'html-page'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'html-page'],
    ['<p>Feed moved</p><body></body>', 'html-page'],
    ['<rss><channel><title>Cut</title>', 'broken'],
  ])('%j → %s', (input, reason) => {
    const result = parseFeed(input, 'https://feeds.example/feed', NOW);
    expect(result.ok ? 'ok' : result.reason).toBe(reason);
  });

  test('longer than the input limit: too-large, without parsing', () => {
    const huge = '<rss>' + ' '.repeat(FEED_LIMITS.inputChars) + '</rss>';
    expect(parseFeed(huge, 'https://feeds.example/feed', NOW)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('an empty channel is a feed with no items', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'https://q.example/f', NOW)).toEqual({
      ok: true,
      feed: { format: 'rss', title: 'Quiet', siteUrl: null, items: [], skipped: [], beyondLimit: 0 },
    });
  });
});

describe('JSON Feed (json-feed.json)', () => {
  const feed = parsedFixture('json-feed.json', 'https://lutka-daily.example/feed.json');

  test('items, with relative URLs resolved and numeric ids kept', () => {
    expect(feed).toMatchObject({ format: 'json', title: 'Lutka Daily', siteUrl: 'https://lutka-daily.example/' });
    expect(feed.items.map((i) => [i.url, i.guid, i.author])).toEqual([
      ['https://lutka-daily.example/2025/03/13/serren-convoy', 'https://lutka-daily.example/2025/03/13/serren-convoy', 'Ivo Brandt'],
      ['https://lutka-daily.example/2025/03/12/coast-road-landslips', '48102', 'Lutka Daily newsroom'],
      ['https://harbour-independent.example/news/marenian-ports-reopen-grain/', 'summary-only', 'Lutka Daily newsroom'],
    ]);
    expect(feed.items[0]!.summary).toBe('Six ships left at dawn.\n\nThe harbour authority said “more will follow”.');
    // No title: the summary's start stands in.
    expect(feed.items[2]!.title).toBe('Linked: Marenian ports reopen to grain ships.');
  });

  test('items without a web address are skipped', () => {
    expect(feed.skipped.map((s) => s.index)).toEqual([2, 3]);
  });
});

describe('limits', () => {
  const rssWith = (items: string) => `<rss version="2.0"><channel><title>Limits</title>${items}</channel></rss>`;
  const item = (n: number, day: number) =>
    `<item><title>Story ${n}</title><link>https://limits.example/${n}</link><pubDate>${String(day).padStart(2, '0')} Mar 2025 10:00:00 GMT</pubDate></item>`;

  test('maxItems keeps the newest, whatever the feed’s order', () => {
    const oldestFirst = rssWith([1, 2, 3, 4, 5].map((n) => item(n, n)).join(''));
    const result = parseFeed(oldestFirst, 'https://limits.example/feed', { ...NOW, maxItems: 2 });
    expect(result.ok && result.feed.items.map((i) => i.title)).toEqual(['Story 5', 'Story 4']);
    expect(result.ok && result.feed.beyondLimit).toBe(3);
  });

  test('100 items by default, and when maxItems is not a number', () => {
    const many = rssWith(Array.from({ length: 150 }, (_, n) => item(n, 1 + (n % 28))).join(''));
    for (const maxItems of [undefined, NaN, Infinity]) {
      const result = parseFeed(many, 'https://limits.example/feed', { ...NOW, maxItems });
      expect(result.ok && [result.feed.items.length, result.feed.beyondLimit]).toEqual([100, 50]);
    }
  });

  test('long titles and summaries are cut', () => {
    const long = rssWith(`<item><title>${'Flood '.repeat(200)}</title><link>https://limits.example/long</link><description>${'Water rose. '.repeat(5000)}</description></item>`);
    const result = parseFeed(long, 'https://limits.example/feed', NOW);
    const first = result.ok ? result.feed.items[0]! : null;
    expect(first!.title.length).toBeLessThanOrEqual(FEED_LIMITS.titleChars);
    expect(first!.title.startsWith('Flood Flood')).toBe(true);
    expect(first!.summary.length).toBeLessThanOrEqual(FEED_LIMITS.summaryChars);
    expect(first!.summary.length).toBeGreaterThan(FEED_LIMITS.summaryChars - 20);
  });

  test('addresses that grow past the limit when cleaned are not kept (tests/fuzz)', () => {
    // 700 spaces are 2,100 characters once percent-encoded: under the limit as written, over it as kept.
    const spaced = `https://limits.example/${' '.repeat(700)}x`;
    const result = parseFeed(
      `<rss><channel><title>Limits</title><link>${spaced}</link><item><title>Spaced</title><link>${spaced}</link></item>${item(1, 1)}</channel></rss>`,
      'https://limits.example/feed',
      NOW,
    );
    expect(result.ok && result.feed.siteUrl).toBeNull();
    expect(result.ok && result.feed.items.map((i) => i.title)).toEqual(['Story 1']);
    expect(result.ok && result.feed.skipped).toEqual([{ index: 0, reason: 'The story’s link is too long to be a real address.' }]);
  });

  test('a missing title falls back to the start of the summary, cut at a word', () => {
    const untitled = rssWith(`<item><link>https://limits.example/u</link><description>${'Rest centres will stay open until Sunday. '.repeat(10)}</description></item>`);
    const result = parseFeed(untitled, 'https://limits.example/feed', NOW);
    const title = result.ok ? result.feed.items[0]!.title : '';
    expect(title).toBe('Rest centres will stay open until Sunday. Rest centres will stay open until Sunday. Rest centres will stay open until…');
  });
});

describe('hostile sizes finish quickly (within the default test timeout)', () => {
  test('a 5 MB feed: 100 newest items read, the rest counted', () => {
    const items: string[] = [];
    let length = 0;
    for (let n = 0; length < 5_000_000; n++) {
      const date = new Date(Date.UTC(2025, 0, 1) + n * 60_000).toUTCString();
      const entry = `<item><title>Story ${n}</title><link>https://big.example/${n}</link><guid>big-${n}</guid><pubDate>${date}</pubDate><description><![CDATA[<p>${'The river kept rising. '.repeat(30)}</p>]]></description></item>\n`;
      items.push(entry);
      length += entry.length;
    }
    const result = parseFeed(`<rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`, 'https://big.example/feed', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.items).toHaveLength(100);
    expect(result.feed.items[0]!.guid).toBe(`big-${items.length - 1}`);
    expect(result.feed.beyondLimit).toBe(items.length - 100);
  });

  test('elements nested 200,000 deep: read up to the limit, not for minutes', () => {
    const deep = `<rss><channel><item><title>Deep</title><link>https://deep.example/1</link>${'<x>'.repeat(200_000)}</item></channel></rss>`;
    expect(parseFeed(deep, 'https://deep.example/feed', NOW)).toMatchObject({ ok: false, reason: 'broken' });
  });

  test('a description nested 200,000 deep: the item kept, its text up to the limit', () => {
    const deepHtml = `<rss><channel><item><title>Deep</title><link>https://deep.example/2</link><description>Start ${'&lt;div&gt;'.repeat(200_000)}end</description></item></channel></rss>`;
    const result = parseFeed(deepHtml, 'https://deep.example/feed', NOW);
    expect(result.ok && result.feed.items[0]).toMatchObject({ title: 'Deep', summary: 'Start' });
  });
});
