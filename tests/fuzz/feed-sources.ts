import { repeat, type Rand } from './fuzz-random';
import { escapeHtml, LONE_SURROGATES, MARKUP_AS_TEXT, ODD_CHARS, paragraph, sentence, sentinelTag, SENTINEL_SCRIPT, sprinkle } from './hostile-text';
import { mutate } from './mutate';

/**
 * Feeds as servers send them: RSS 2.0, Atom, RDF and JSON Feed, each with stories whose
 * fields carry HTML (escaped, in CDATA, or raw), then made hostile in the ways of the
 * page generators: broken, nested without end, megabytes long, thousands of items.
 */

export interface FeedCase {
  text: string;
  url: string;
  /**
   * Randomly edited: an edit inside a tag's name turns the tag into text, so a sentinel in a
   * summary proves nothing (pages are judged against their parsed DOM instead).
   */
  mutated?: boolean;
}

export type FeedGenerator = (r: Rand, huge: boolean) => FeedCase;

const FEED_URL = 'https://feeds.example/world.xml';
const LINKS = ['https://ledger.example/world/story-1', '/relative/story', 'javascript:alert(1)', 'data:text/html,x', '', ' https://a.example/x?utm_source=feed#top ', 'http://[::1]/', 'https://a.example/' + '%'.repeat(3)];
const DATES = ['Wed, 12 Mar 2025 19:11:00 -0400', '2025-03-12T19:11:00Z', 'not a date', '', 'Mon, 31 Feb 2025 25:61:00 GMT', '9999-12-31T00:00:00Z'];

/** An item's text: prose with markup (escaped or CDATA'd, so it is HTML to the reader) and odd characters. */
function richText(r: Rand): string {
  // Odd characters go into the words only: one inside a tag's name ("<scr\u200bipt>") makes
  // the tag an unknown element, and what it held text, as a browser would show it.
  const prose = r.chance(0.3) ? sprinkle(r, paragraph(r), [...ODD_CHARS, ...LONE_SURROGATES], r.int(1, 10)) : paragraph(r);
  const html = `<p>${escapeHtml(prose)}</p>${r.chance(0.4) ? r.pick(MARKUP_AS_TEXT) : ''}${r.chance(0.3) ? sentinelTag(sentence(r)) : ''}${r.chance(0.3) ? SENTINEL_SCRIPT : ''}`;
  return r.chance(0.5) ? `<![CDATA[${html.replace(/]]>/g, '')}]]>` : escapeHtml(html);
}

function rssItem(r: Rand): string {
  return (
    `<item><title>${r.chance(0.8) ? escapeHtml(sentence(r)) : richText(r)}</title><link>${escapeHtml(r.pick(LINKS))}</link>` +
    `<guid isPermaLink="${r.pick(['true', 'false'])}">${escapeHtml(r.pick(LINKS))}</guid><pubDate>${r.pick(DATES)}</pubDate>` +
    `<description>${richText(r)}</description>${r.chance(0.3) ? `<content:encoded>${richText(r)}</content:encoded>` : ''}` +
    `<dc:creator>${escapeHtml(r.pick(['Amara Okafor', 'a@b.example (Jonas)', '<b>Priya</b>', '']))}</dc:creator></item>`
  );
}

function atomEntry(r: Rand): string {
  return (
    `<entry><title type="${r.pick(['text', 'html', 'xhtml'])}">${escapeHtml(sentence(r))}</title><link rel="alternate" href="${escapeHtml(r.pick(LINKS))}"/>` +
    `<id>urn:uuid:${r.int(0, 1e9)}</id><updated>${r.pick(DATES)}</updated><author><name>${escapeHtml(sentence(r))}</name></author>` +
    (r.chance(0.5)
      ? `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeHtml(paragraph(r))}</p>${sentinelTag('x')}</div></content>`
      : `<summary type="html">${richText(r)}</summary>`) +
    '</entry>'
  );
}

export const FEED_TEMPLATES: Record<string, (r: Rand, items: number) => string> = {
  rss: (r, n) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
    `<channel><title>${escapeHtml(sentence(r))}</title><link>https://ledger.example/</link>${repeat(n, () => rssItem(r))}</channel></rss>`,
  atom: (r, n) =>
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${r.pick(['https://harbour.example/', 'javascript:x', '::'])}">` +
    `<title>${escapeHtml(sentence(r))}</title><link href="/"/>${repeat(n, () => atomEntry(r))}</feed>`,
  rdf: (r, n) =>
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<channel><title>${escapeHtml(sentence(r))}</title></channel>` +
    repeat(n, () => `<item rdf:about="${escapeHtml(r.pick(LINKS))}"><title>${escapeHtml(sentence(r))}</title><description>${richText(r)}</description><dc:date>${r.pick(DATES)}</dc:date></item>`) +
    '</rdf:RDF>',
  json: (r, n) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: r.chance(0.8) ? sentence(r) : r.pick(MARKUP_AS_TEXT),
      home_page_url: r.pick(LINKS),
      items: Array.from({ length: n }, () => ({
        id: r.chance(0.8) ? String(r.int(0, 1e6)) : r.int(0, 9),
        url: r.pick(LINKS),
        title: r.chance(0.8) ? sentence(r) : [sentence(r)],
        content_html: r.chance(0.6) ? `<p>${escapeHtml(paragraph(r))}</p>${r.pick(MARKUP_AS_TEXT)}${sentinelTag('x')}` : undefined,
        // An astral character astride the 300 characters a feed story's excerpt keeps.
        content_text: r.chance(0.3) ? sprinkle(r, paragraph(r), ODD_CHARS, 5) : r.chance(0.2) ? `${'x'.repeat(299)}😀 ${paragraph(r)}` : undefined,
        date_published: r.pick(DATES),
        authors: r.chance(0.5) ? [{ name: sentence(r) }] : 'nobody',
      })),
    }),
};

/** A feed of each format with a few random edits: the bulk of the feed cases. */
export const mutatedFeed: FeedGenerator = (r) => {
  const text = FEED_TEMPLATES[r.pick(Object.keys(FEED_TEMPLATES))]!(r, r.int(0, 12));
  return r.chance(0.7) ? { text: mutate(r, text, r.skewed(1, 15)), url: FEED_URL, mutated: true } : { text, url: FEED_URL };
};

/** Elements nested thousands deep: in the feed itself, or in the HTML of one description. */
export const deepFeed: FeedGenerator = (r, huge) => {
  const depth = huge ? r.int(50_000, 200_000) : r.skewed(100, 5_000);
  const tag = r.pick(['div', 'item', 'channel', 'x:y', 'p']);
  const deep = `${`<${tag}>`.repeat(depth)}${escapeHtml(sentence(r))}${r.chance(0.5) ? `</${tag}>`.repeat(depth) : ''}`;
  const inside = r.chance(0.5) ? escapeHtml(deep) : `<![CDATA[${deep}]]>`;
  const text = r.chance(0.5)
    ? `<rss><channel><title>t</title><item><title>deep</title><link>https://a.example/x</link><description>${inside}</description></item></channel></rss>`
    : `<rss><channel>${deep}<item><title>after</title><link>https://a.example/y</link></item></channel></rss>`;
  return { text, url: FEED_URL };
};

/** Megabytes of one field, thousands of items, or over the 10,000,000-character cap. */
export const hugeFeed: FeedGenerator = (r, huge) => {
  const size = huge ? r.int(2_000_000, 9_000_000) : r.int(20_000, 200_000);
  const kind = r.pick(['description', 'title', 'items', 'attribute', 'over-cap']);
  if (kind === 'items') return { text: FEED_TEMPLATES[r.pick(['rss', 'atom', 'json'])]!(r, huge ? 20_000 : r.int(200, 2_000)), url: FEED_URL };
  if (kind === 'over-cap' && huge) return { text: `<rss>${' '.repeat(10_000_001)}</rss>`, url: FEED_URL };
  const big = kind === 'title' ? 'Headline '.repeat(size / 9) : escapeHtml(`<p>${paragraph(r)}</p>`).repeat(Math.ceil(size / 600));
  const attribute = kind === 'attribute' ? ` xml:base="https://a.example/${'b'.repeat(size)}"` : '';
  const text = `<rss><channel><title>t</title><item${attribute}><title>${kind === 'title' ? big : 'Big'}</title><link>https://a.example/big</link><description>${kind === 'title' ? 'd' : big}</description></item></channel></rss>`;
  return { text, url: FEED_URL };
};

/** The billion laughs and its kin: entities declared, external, undeclared and numeric out of range. */
export const entityFeed: FeedGenerator = (r) => {
  const lol = repeat(10, (i) => `<!ENTITY lol${i + 1} "${i === 0 ? 'lol' : `&lol${i};`.repeat(10)}">`);
  const text =
    `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">${lol}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` +
    `<rss><channel><title>&lol10; &xxe;</title><item><title>&lol10;${r.pick(['&#0;', '&#x110000;', '&#xD800;', '&nbsp;', '&rsquo;', '&amp;lt;script&amp;gt;', '&'])}</title>` +
    `<link>https://a.example/&lol10;</link><description>&lol10; &xxe; ${richText(r)}</description></item></channel></rss>`;
  return { text, url: FEED_URL };
};
