import { articlePage, defaultParts } from './article-templates';
import { escapeHtml, LONE_SURROGATES, MARKUP_AS_TEXT, ODD_CHARS, paragraph, SCRIPTS, sentence, sentinelTag, sprinkle, SENTINEL_SCRIPT } from './hostile-text';
import { mutate } from './mutate';
import type { PageGenerator } from './structure-pages';

/**
 * Pages hostile in their characters: scripts written right to left and mixed in one
 * line, characters that are invisible or not characters at all, NUL bytes, and markup
 * (as text, and as tags) where a title or a byline belongs.
 */

const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f'];
const CONTROLS = ODD_CHARS.filter((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f));

/** An article in right-to-left and mixed scripts, with bidi controls around names and in the metadata. */
export const bidiAndMixedScripts: PageGenerator = (r) => {
  const parts = defaultParts(r);
  const mixed = () => Array.from({ length: r.int(1, 4) }, () => (r.chance(0.7) ? r.pick(SCRIPTS) : sentence(r))).join(r.pick([' ', '', ' \u200f', '\u2067 ']));
  parts.paragraphs = Array.from({ length: r.int(3, 12) }, () => escapeHtml(sprinkle(r, mixed(), BIDI, r.int(0, 6))));
  parts.headline = escapeHtml(sprinkle(r, mixed(), BIDI, r.int(0, 3)));
  parts.title = r.chance(0.5) ? parts.headline : escapeHtml(`\u202e${r.pick(SCRIPTS)}\u202c | ${parts.siteName}`);
  parts.byline = escapeHtml(r.pick(['بقلم أحمد منصور', 'מאת דנה לוי', '記者 山田太郎', `By \u202e${r.pick(['Jane Doe', 'Amara Okafor'])}\u202c`]));
  parts.lang = r.pick(['ar', 'he', 'fa', 'ur', 'zh', 'ja', 'ru', 'hi', 'th']);
  const page = articlePage(r, parts).replace('<body', `<body dir="${r.pick(['rtl', 'ltr', 'auto', 'garbage'])}"`);
  return { html: page, url: parts.url };
};

/** Zero-width characters and C0/C1 controls inside words, inside lexicon phrases and in the metadata. */
export const zeroWidthAndControls: PageGenerator = (r) => {
  const parts = defaultParts(r);
  const chars = r.pick([ZERO_WIDTH, CONTROLS, ODD_CHARS]);
  parts.paragraphs = parts.paragraphs.map((p) => escapeHtml(sprinkle(r, p, chars, r.skewed(1, 40))));
  parts.headline = escapeHtml(sprinkle(r, parts.headline, chars, r.int(1, 5)));
  parts.title = escapeHtml(sprinkle(r, parts.title, chars, r.int(0, 5)));
  parts.byline = escapeHtml(sprinkle(r, 'By Amara Okafor and Jonas Lindqvist', chars, r.int(0, 4)));
  if (r.chance(0.5)) parts.inset = `<p>${r.pick(chars).repeat(r.skewed(1, 5_000))}</p>`;
  return { html: articlePage(r, parts), url: parts.url };
};

/** Halves of surrogate pairs in the text, the title, the byline and the JSON-LD (raw, and as `\ud800` escapes). */
export const loneSurrogates: PageGenerator = (r) => {
  const parts = defaultParts(r);
  parts.paragraphs = parts.paragraphs.map((p) => (r.chance(0.5) ? sprinkle(r, p, LONE_SURROGATES, r.int(1, 10)) : p));
  parts.headline = sprinkle(r, parts.headline, LONE_SURROGATES, r.int(0, 3));
  parts.title = sprinkle(r, parts.title, LONE_SURROGATES, r.int(0, 3));
  parts.byline = `By ${sprinkle(r, 'Priya Raman', LONE_SURROGATES, r.int(0, 2))}`;
  parts.jsonLd = `{"@type":"NewsArticle","headline":"\\ud800${escapeHtml(sentence(r))}\\udfff","author":{"name":"Tomasz \\udc00Wrona"},"datePublished":"2025-03-12"}`;
  return { html: articlePage(r, parts), url: parts.url };
};

/** NUL bytes in tag names, attribute names and values, text, title and JSON-LD. */
export const nullBytes: PageGenerator = (r) => {
  const parts = defaultParts(r);
  const page = articlePage(r, parts);
  let out = sprinkle(r, page, ['\u0000'], r.skewed(1, 200));
  if (r.chance(0.3)) out = out.replace(/<(\w)/g, (m, c: string) => (r.chance(0.1) ? `<${c}\u0000` : m));
  return { html: out, url: parts.url };
};

/** Titles, headlines, bylines, metas and JSON-LD carrying `<script>` and markup, as text and as tags. */
export const markupInMetadata: PageGenerator = (r) => {
  const parts = defaultParts(r);
  const hostile = () => r.pick(MARKUP_AS_TEXT);
  // In <title> markup is text (RCDATA); in <h1> and the byline it is elements, escaped or not.
  parts.title = r.pick([hostile(), escapeHtml(hostile()), `${sentinelTag('x')} ${hostile()}`, `</title>${SENTINEL_SCRIPT}<title>`]);
  parts.headline = r.pick([
    `${escapeHtml(parts.headline)} ${sentinelTag(escapeHtml(sentence(r)))}`,
    `<b pxz-attr="1">${escapeHtml(parts.headline)}</b>${SENTINEL_SCRIPT}`,
    escapeHtml(hostile()) + escapeHtml(parts.headline),
    hostile() + escapeHtml(parts.headline),
  ]);
  parts.byline = r.pick([
    `By <span pxz-attr="1">Amara</span> <pxz-tag>Okafor</pxz-tag>`,
    `By ${escapeHtml(hostile())}`,
    `By Jonas Lindqvist${SENTINEL_SCRIPT}<img src=x onerror=alert(1)>`,
    hostile(),
  ]);
  const text = hostile();
  parts.head = [
    `<meta name="author" content="${escapeHtml(text)}">`,
    `<meta property="og:title" content="${escapeHtml(text)}">`,
    `<meta property="og:site_name" content="${escapeHtml(hostile())}">`,
    `<meta name="description" content="${escapeHtml(hostile())}">`,
    `<meta property="article:published_time" content="${escapeHtml(hostile())}">`,
  ]
    .filter(() => r.chance(0.6))
    .join('');
  // A JSON-LD string may close the script it is in: "</script>" unescaped ends the block.
  const ld = { '@type': 'NewsArticle', headline: hostile(), author: [{ name: hostile() }, hostile()], publisher: { name: hostile() }, description: hostile() };
  parts.jsonLd = r.chance(0.5) ? JSON.stringify(ld) : JSON.stringify(ld).replace(/<\//g, '<\\/');
  const page = articlePage(r, parts);
  return { html: r.chance(0.3) ? mutate(r, page, r.int(1, 5)) : page, url: parts.url };
};

/** Prose that the framing lexicon and the matcher chew on, garbled: for flagging at the edges of phrases. */
export const garbledProse: PageGenerator = (r) => {
  const parts = defaultParts(r);
  parts.paragraphs = Array.from({ length: r.int(3, 20) }, () => escapeHtml(sprinkle(r, paragraph(r), [...ODD_CHARS, '"', '“', '”', "'", '‘', '’', '«', '»', '—'], r.skewed(0, 30))));
  return { html: articlePage(r, parts), url: parts.url };
};

/** Metadata of about the fields' 1,000-character cap, astral characters astride it: a cut must not halve a pair. */
export const fieldsAtTheLimit: PageGenerator = (r) => {
  const parts = defaultParts(r);
  const long = () => `${'Floods '.repeat(r.int(135, 145)).slice(0, r.int(990, 1_000))}${r.pick(['😀', '𝐦', '🇺🇦', '👩‍👩‍👧'])}`.repeat(r.chance(0.8) ? 1 : 3);
  parts.title = escapeHtml(long());
  parts.headline = escapeHtml(long());
  parts.head = `<meta name="description" content="${escapeHtml(long())}"><meta property="og:site_name" content="${escapeHtml(long())}"><meta name="author" content="${escapeHtml(long())}">`;
  parts.jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: long(), author: { name: long() }, publisher: { name: long() }, description: long() });
  parts.lang = long();
  return { html: articlePage(r, parts), url: parts.url };
};
