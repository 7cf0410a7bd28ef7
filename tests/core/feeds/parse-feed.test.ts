import { describe, expect, test } from 'vitest';
import { parseFeed } from '../../../core/feeds/parse-feed';
import { AFTER_FIXTURES, parsedFixture } from './feed-fixtures';

const NOW = { now: AFTER_FIXTURES };

describe('RSS 2.0 (rss2-northern-ledger.xml)', () => {
  const feed = parsedFixture('rss2-northern-ledger.xml');

  test('the channel', () => {
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('The Northern Ledger');
    // The channel's <link>, not the atom:link rel="self" beside it.
    expect(feed.siteUrl).toBe('https://northern-ledger.example/');
    expect(feed.items).toHaveLength(9);
    expect(feed.skipped).toEqual([]);
  });

  test('an item with content:encoded, dc:creator and an offset date', () => {
    const floods = feed.items.find((i) => i.guid === 'ledger-2025-03-14-0640')!;
    expect(floods).toMatchObject({
      url: 'https://northern-ledger.example/local/2025/03/14/carrow-bridge-floods',
      title: 'Hundreds leave homes as the River Wendle floods Carrow Bridge',
      published: '2025-03-14T06:40:00-04:00',
      author: 'Priya Nandakumar',
    });
    // The fuller content:encoded wins over the description; the caption is left out.
    expect(floods.summary.split('\n\n')).toEqual([
      "About 600 people spent Thursday night in rest centres after the River Wendle burst its banks in Carrow Bridge, flooding more than 200 homes and closing the town's only road crossing.",
      'The river peaked at 4.7 metres on the gauge below the old bridge shortly before 10 p.m., its highest reading since January 1998, according to the Elsmere County flood office.',
      "Firefighters used boats to reach residents on Mill Lane and Tanner's Row.",
    ]);
  });

  test('tracking parameters are cleaned from links', () => {
    expect(feed.items[0]!.url).toBe('https://northern-ledger.example/local/2025/03/14/carrow-bridge-floods-rest-centres');
  });

  test('newest first', () => {
    const dates = feed.items.map((i) => Date.parse(i.published!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items.at(-1)!.title).toBe('Elsmere library extends weekend opening hours');
  });
});

describe('Atom (atom-harbour-independent.xml)', () => {
  const feed = parsedFixture('atom-harbour-independent.xml');

  test('the feed', () => {
    expect(feed).toMatchObject({ format: 'atom', title: 'Harbour Independent', siteUrl: 'https://harbour-independent.example/' });
    expect(feed.items.map((i) => i.guid)).toEqual([48213, 48190, 48177, 48160, 48141, 48120].map((p) => `https://harbour-independent.example/?p=${p}`));
  });

  test('type="html" title and summary become text', () => {
    expect(feed.items[0]).toMatchObject({
      url: 'https://harbour-independent.example/news/marenian-ports-reopen-grain/',
      title: 'Marenian ports reopen to grain ships after three-week halt',
      summary: 'The first convoy left Port Serren at dawn under naval escort, the harbour authority said.',
      published: '2025-03-13T18:02:00+02:00',
      author: 'Oksana Veldt',
    });
  });

  test('a link without rel is the alternate; rel="edit" is not; xhtml content is read as text', () => {
    expect(feed.items[1]).toMatchObject({
      url: 'https://harbour-independent.example/news/valdoria-qiran-ties-finest-chapter-voskov-lin-say/',
      title: "Valdoria-Qiran ties in 'finest chapter of their history,' Voskov and Lin say",
      summary:
        'Lin Haozhen signalled support for Valdoria over its war against Marenia during talks with Dmitar Voskov in Temirsk on Wednesday.\n\n' +
        'The two leaders spoke for more than three hours, a day before the Meridian Cooperation Organization summit opened.',
    });
  });

  test('authors: several joined; none inherits the feed’s', () => {
    expect(feed.items[5]!.author).toBe('Dariusz Holm, Oksana Veldt');
    expect(feed.items[4]!.author).toBe('Harbour Independent');
  });

  test('html content without a summary', () => {
    expect(feed.items[3]!.summary).toBe('Landslips at two points have closed the road for at least 48 hours.\n\nBuses are being diverted inland.');
  });
});

describe('RDF / RSS 1.0 (rdf-eastgate-wire.xml)', () => {
  const feed = parsedFixture('rdf-eastgate-wire.xml');

  test('items outside the channel, dc:date and dc:creator', () => {
    expect(feed).toMatchObject({ format: 'rdf', title: 'Eastgate Wire: World', siteUrl: 'https://eastgate-wire.example/world/' });
    expect(feed.items).toHaveLength(5);
    expect(feed.items[0]).toEqual({
      url: 'https://eastgate-wire.example/world/qiran-leader-lin-arrives-krasnovel-state-visit-2025-09-17/',
      guid: 'https://eastgate-wire.example/world/qiran-leader-lin-arrives-krasnovel-state-visit-2025-09-17/',
      title: "Qiran's Lin arrives in Krasnovel as Valdoria seeks pipeline breakthrough",
      summary: 'Qirani President Lin Haozhen began a two-day state visit to Valdoria, where a long-delayed gas pipeline deal is on the agenda.',
      published: '2025-09-17T14:05:00+03:00',
      author: 'Eastgate Wire staff',
    });
    expect(feed.items[2]!.author).toBeNull();
  });
});

describe('CDATA, HTML descriptions and entities (cdata-entities.xml)', () => {
  const feed = parsedFixture('cdata-entities.xml');
  const byUrl = (slug: string) => feed.items.find((i) => i.url.endsWith(`/news/${slug}/`))!;

  test('HTML named entities the XML never declared', () => {
    expect(feed.title).toBe('Wendmouth Courier — Local news');
    expect(byUrl('quay-cafes-prepare-for-flood').title).toBe('Café owners on the quay prepare for “the big one”');
    expect(byUrl('tom-and-jerrys-bakery-second-shop').title).toBe('Tom & Jerry’s bakery opens a second shop');
    expect(byUrl('council-flood-line-numbers').title).toBe('Council’s flood line: numbers & opening hours');
  });

  test('a CDATA title with inline markup becomes text', () => {
    expect(byUrl('wendle-floods-carrow-bridge-worst-since-1998').title).toBe('Wendle floods: Carrow Bridge “worst since 1998” as river peaks');
  });

  test('HTML in CDATA: text only, no script or style, no-break spaces normalised', () => {
    expect(byUrl('wendle-floods-carrow-bridge-worst-since-1998').summary).toBe(
      'The River Wendle reached 4.7 metres at Carrow Bridge overnight — its highest level since 1998.\n\n' +
        'Downstream, Wendmouth’s quay is expected to flood at high tide on Friday afternoon.',
    );
  });

  test('escaped HTML with double-escaped entities; the img with onerror leaves nothing', () => {
    const { summary } = byUrl('quay-cafes-prepare-for-flood');
    expect(summary).toBe('Sandbags were stacked outside the Anchor Café by 8 a.m.\n\n“We’ve done this before,” said the owner, Joan Petrie.');
    expect(summary).not.toMatch(/[<>]|onerror/);
  });

  test('lists, headings and plain text with stray whitespace', () => {
    expect(byUrl('council-flood-line-numbers').summary).toBe(
      'Flood line: staffed around the clock\n\nRest centres: Carrow Bridge Community Hall & St Aldric’s Primary School\n\nKeep… calm.',
    );
    expect(byUrl('tom-and-jerrys-bakery-second-shop').summary).toBe('The new shop on Harbour Street opens on Saturday. Free coffee for the first fifty customers.');
    expect(byUrl('rowing-club-150-years').summary).toMatch(/^A regatta in June\n\nThe club, founded in 1875,/);
  });

  test('no summary in the feed keeps markup', () => {
    for (const item of feed.items) expect(`${item.title} ${item.summary}`).not.toMatch(/<\/?[a-z]|&[a-z]+;|&#/i);
  });
});

describe('relative links and xml:base (relative-links.xml)', () => {
  const feed = parsedFixture('relative-links.xml', 'http://127.0.0.1:4173/feeds/relative-links.xml');

  test.each([
    // xml:base="/outlet-one/" on the feed, against the feed's URL: the fixture site's own pages.
    [0, 'http://127.0.0.1:4173/outlet-one/local/carrow-bridge-floods.html'],
    // The entry's xml:base="world/" on top of the feed's.
    [1, 'http://127.0.0.1:4173/outlet-one/world/voskov-lin-temirsk-talks.html'],
    // The link's own absolute xml:base; the fragment dropped.
    [2, 'https://archive.northern-ledger.example/2025/search?q=Temirsk'],
    // "../", and a tracking parameter cleaned.
    [3, 'http://127.0.0.1:4173/letters/2025/03/10/'],
    // Protocol-relative takes the feed's scheme.
    [4, 'http://print.northern-ledger.example/2025/03/09'],
  ])('item %i → %s', (index, url) => {
    expect(feed.items[index]!.url).toBe(url);
  });

  test('the site link resolves too', () => {
    expect(feed.siteUrl).toBe('http://127.0.0.1:4173/outlet-one/world/index.html');
  });

  test('RSS without xml:base resolves against the feed URL', () => {
    const rss = '<rss><channel><link>/</link><item><title>A</title><link>../local/a.html</link></item></channel></rss>';
    const result = parseFeed(rss, 'https://ledger.example/feeds/main.xml', NOW);
    expect(result.ok && result.feed.items[0]!.url).toBe('https://ledger.example/local/a.html');
    expect(result.ok && result.feed.siteUrl).toBe('https://ledger.example/');
  });
});

describe('dates (bad-dates.xml)', () => {
  const feed = parsedFixture('bad-dates.xml');
  const dateOf = (slug: string) => feed.items.find((i) => i.url.endsWith(`/2025/03/${slug}`))!.published;

  test('every item is kept, whatever its date', () => {
    expect(feed.items).toHaveLength(12);
    expect(feed.skipped).toEqual([]);
  });

  test.each([
    ['carrow-bridge-crossing-shut', '2025-03-14T14:00:00-04:00'],
    ['dc-date', '2025-03-13T08:30:00+01:00'],
    ['two-digit-year', '2025-03-12T08:00:00Z'],
  ])('%s → %s', (slug, iso) => {
    expect(dateOf(slug)).toBe(iso);
  });

  test.each(['no-date', 'yesterday', 'epoch', 'february-30', 'hour-25', 'far-future', 'month-first', 'huge-number', 'unknown-zone'])(
    '%s → null',
    (slug) => {
      expect(dateOf(slug)).toBeNull();
    },
  );

  test('dated items first, newest first; undated ones after, in feed order', () => {
    expect(feed.items.slice(0, 3).map((i) => i.published)).toEqual(['2025-03-14T14:00:00-04:00', '2025-03-13T08:30:00+01:00', '2025-03-12T08:00:00Z']);
    expect(feed.items.slice(3).map((i) => i.title)).toEqual([
      'No date at all',
      'A date in words',
      'The Unix epoch, written by a CMS with no date set',
      'The thirtieth of February',
      'Hour twenty-five',
      'Scheduled for the end of the century',
      'American month-first date',
      'A number that is not a date',
      'Unknown time zone',
    ]);
  });
});

describe('RSS authors', () => {
  test.each([
    ['<author>editor@ledger.example (Priya Nandakumar)</author>', 'Priya Nandakumar'],
    ['<author>Priya Nandakumar &lt;editor@ledger.example&gt;</author>', 'Priya Nandakumar'],
    ['<author>editor@ledger.example</author>', null],
    ['<author>Priya Nandakumar</author>', 'Priya Nandakumar'],
    ['<dc:creator>Ana Brill</dc:creator><dc:creator>Tomasz Ebbel</dc:creator><author>x@y.example (Other)</author>', 'Ana Brill, Tomasz Ebbel'],
    ['', null],
  ])('%s → %s', (xml, author) => {
    const rss = `<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><title>T</title><link>https://a.example/1</link>${xml}</item></channel></rss>`;
    const result = parseFeed(rss, 'https://a.example/f', NOW);
    expect(result.ok && result.feed.items[0]!.author).toBe(author);
  });
});

describe('Media RSS description when there is no other text', () => {
  test('in a media:group', () => {
    const rss = `<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>Clip</title><link>https://a.example/v</link><media:group><media:description>Footage of the
      bridge at dawn.</media:description></media:group></item></channel></rss>`;
    const result = parseFeed(rss, 'https://a.example/f', NOW);
    expect(result.ok && result.feed.items[0]!.summary).toBe('Footage of the bridge at dawn.');
  });
});

describe('namespaces are read by URI, not by the prefix a feed chose', () => {
  test('Dublin Core bound to an unusual prefix; Atom with an atom: prefix', () => {
    const rss = `<rss xmlns:purl="http://purl.org/dc/elements/1.1/"><channel><item><title>T</title><link>https://ns.example/1</link><purl:creator>Ana Brill</purl:creator><purl:date>2025-03-13T10:00:00Z</purl:date></item></channel></rss>`;
    expect(parseFeed(rss, 'https://ns.example/f', NOW)).toMatchObject({ ok: true, feed: { items: [{ author: 'Ana Brill', published: '2025-03-13T10:00:00Z' }] } });
    const atom = `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>Prefixed</atom:title><atom:entry><atom:title>E</atom:title><atom:link href="https://ns.example/2"/></atom:entry></atom:feed>`;
    expect(parseFeed(atom, 'https://ns.example/f', NOW)).toMatchObject({ ok: true, feed: { format: 'atom', title: 'Prefixed', items: [{ url: 'https://ns.example/2' }] } });
  });

  test('an Atom link inside RSS is not mistaken for the RSS link', () => {
    const rss = `<rss xmlns:a="http://www.w3.org/2005/Atom"><channel><item><title>T</title><a:link rel="self" href="https://ns.example/self"/><link>https://ns.example/story</link></item></channel></rss>`;
    expect(parseFeed(rss, 'https://ns.example/f', NOW)).toMatchObject({ ok: true, feed: { items: [{ url: 'https://ns.example/story' }] } });
  });

  test('Feedburner’s original link wins over its redirect', () => {
    const rss = `<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><item><title>T</title><link>https://feeds.feedburner.example/~r/x/1</link><feedburner:origLink>https://ns.example/original</feedburner:origLink></item></channel></rss>`;
    expect(parseFeed(rss, 'https://ns.example/f', NOW)).toMatchObject({ ok: true, feed: { items: [{ url: 'https://ns.example/original' }] } });
  });
});
