import { articlePage, defaultParts } from './article-templates';
import { repeat, type Rand } from './fuzz-random';
import { escapeHtml, paragraph, sentence, sentinelTag } from './hostile-text';
import { mutate, tagSoup } from './mutate';

/**
 * Pages hostile in their shape: how deep, how long, how large, how broken. Each
 * generator takes `huge` for the few multi-megabyte or many-thousand-level cases a run
 * holds, and makes pages of ordinary size otherwise.
 */

export interface PageCase {
  html: string;
  /** The address the page is read at (always http(s): content scripts run nowhere else). */
  url: string;
}

export type PageGenerator = (r: Rand, huge: boolean) => PageCase;

const NESTING_TAGS = ['div', 'span', 'section', 'b', 'i', 'p', 'li', 'td', 'blockquote', 'article', 'font', 'a', 'em', 'ul', 'table', 'tr'];

/** 5,000-20,000 levels when huge (scripts build deeper trees than parsers do), a few hundred to 1,500 otherwise. */
export const deepNesting: PageGenerator = (r, huge) => {
  const parts = defaultParts(r);
  const depth = huge ? r.int(5_000, 20_000) : r.skewed(100, 1_500);
  const tags = r.chance(0.5) ? [r.pick(NESTING_TAGS)] : NESTING_TAGS;
  const opened = Array.from({ length: depth }, () => r.pick(tags));
  const textEvery = r.chance(0.3) ? r.int(1, 50) : 0;
  const open = opened.map((tag, i) => `<${tag}>${textEvery && i % textEvery === 0 ? escapeHtml(sentence(r)) : ''}`).join('');
  // Closed, left open, or closed with the wrong names.
  const close = r.pick([() => opened.map((t) => `</${t}>`).reverse().join(''), () => '', () => repeat(depth, () => `</${r.pick(NESTING_TAGS)}>`)])();
  const at = r.int(0, parts.paragraphs.length);
  parts.paragraphs.splice(at, 0, `${open}${escapeHtml(paragraph(r))}${close}`);
  return { html: articlePage(r, parts), url: parts.url };
};

/** 10 MB of text when huge (50-200 KB otherwise): one paragraph, one endless word, many paragraphs, or in the head. */
export const tenMegabytesOfText: PageGenerator = (r, huge) => {
  const parts = defaultParts(r);
  const size = huge ? 10_000_000 : r.int(50_000, 200_000);
  const words = () => repeat(Math.ceil(size / 120), () => sentence(r), ' ').slice(0, size);
  const where = r.pick(['paragraph', 'word', 'paragraphs', 'title', 'meta', 'script', 'pre']);
  if (where === 'paragraph') parts.paragraphs.push(escapeHtml(words()));
  else if (where === 'word') parts.paragraphs.push(r.pick(['a', 'ab', '9', 'é', '中']).repeat(Math.ceil(size / 2)));
  else if (where === 'paragraphs') parts.paragraphs.push(...escapeHtml(words()).split(/(?<=\.) /));
  else if (where === 'title') parts.title = escapeHtml(words());
  else if (where === 'meta') parts.head = `<meta name="description" content="${escapeHtml(words())}"><meta name="author" content="${escapeHtml(words())}">`;
  else if (where === 'script') parts.inset = `<script>var pxzscript = "${'x'.repeat(size)}";</script>`;
  else parts.inset = `<pre>${escapeHtml(words())}</pre>`;
  return { html: articlePage(r, parts), url: parts.url };
};

/** Attribute values of megabytes when huge (10-100 KB otherwise), and elements with thousands of attributes. */
export const hugeAttributes: PageGenerator = (r, huge) => {
  const parts = defaultParts(r);
  const size = huge ? r.int(1_000_000, 4_000_000) : r.int(10_000, 100_000);
  const attribute = r.pick(['class', 'id', 'style', 'data-x', 'title', 'href', 'lang', 'dir', 'itemprop', 'content', 'datetime', 'srcdoc']);
  const words = () => escapeHtml(sentence(r)).repeat(Math.ceil(size / 80));
  // A class gets few tokens, each long: linkedom's className setter spreads every token into
  // one call and overflows the stack past ~100,000 of them (a browser's does not).
  const value = r.pick([() => 'x'.repeat(size), () => (attribute === 'class' ? words().replace(/ /g, '-') : words()), () => `${'a'.repeat(size / 2)} ${'b'.repeat(size / 2)}`])();
  const many = r.chance(0.3) ? repeat(huge ? 20_000 : 1_000, (i) => ` data-a${i}="${i}"`) : '';
  const element = r.pick(['div', 'p', 'a', 'time', 'meta', 'article', 'h1', 'iframe', 'img', 'html']);
  parts.inset = `<${element} ${attribute}="${value}"${many}>${escapeHtml(paragraph(r))}</${element}>`;
  if (r.chance(0.3)) parts.head = `<meta property="og:title" content="${value}"><link rel="canonical" href="https://a.example/${value}">`;
  if (r.chance(0.2)) parts.url = `https://news.example/${'p'.repeat(r.int(1_000, 5_000))}`;
  return { html: articlePage(r, parts), url: parts.url };
};

/** Framesets where the body should be, nested, after a body, and the story in `<noframes>` or a `srcdoc`. */
export const framesets: PageGenerator = (r) => {
  const parts = defaultParts(r);
  const story = parts.paragraphs.map((p) => `<p>${p}</p>`).join('');
  const frames = repeat(r.int(1, 6), () => `<frame src="${r.pick(['/story.html', 'javascript:alert(1)', 'data:text/html,<p>x</p>', ''])}" name="f">`);
  const html = r.pick([
    () => `<!doctype html><html><head><title>${parts.title}</title></head><frameset cols="20%,80%">${frames}<noframes><body>${story}</body></noframes></frameset></html>`,
    () => `<html><head><title>${parts.title}</title></head><frameset rows="*,*"><frameset cols="*,*">${frames}</frameset>${frames}</frameset><body>${story}</body></html>`,
    () => articlePage(r, { ...parts, inset: `<frameset>${frames}</frameset>` }),
    () => articlePage(r, { ...parts, paragraphs: [], inset: `<main><iframe width="100%" height="900" srcdoc="${escapeHtml(`<article>${story}</article>`)}"></iframe></main>` }),
  ])();
  return { html, url: parts.url };
};

/** Inline SVG and MathML: their own `<title>`s, text, scripts, foreignObject holding HTML; an SVG as the whole page. */
export const svgAndMathml: PageGenerator = (r) => {
  const parts = defaultParts(r);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>${escapeHtml(sentence(r))}</title><desc>${escapeHtml(sentence(r))}</desc>` +
    `<text x="1" y="5">${escapeHtml(sentence(r))}</text><script>var pxzscript = 1;</script><style>.pxzstyle{}</style>` +
    `<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">${escapeHtml(paragraph(r))}</p></foreignObject><a href="javascript:alert(1)"><text>link</text></a></svg>`;
  const math = `<math><mi>x</mi><mo>=</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mtext>${escapeHtml(sentence(r))}</mtext><annotation-xml encoding="text/html"><p>${escapeHtml(sentence(r))}</p></annotation-xml></math>`;
  if (r.chance(0.15)) return { html: `<?xml version="1.0"?>${svg}`, url: parts.url.replace(/$/, '.svg') };
  // An SVG <title> before the page's own, to tempt `document.title`.
  if (r.chance(0.3)) parts.head = svg + parts.head;
  parts.inset = r.pick([svg, math, svg + math, `<p>${escapeHtml(sentence(r))} ${math} ${escapeHtml(sentence(r))}</p>`]);
  return { html: articlePage(r, parts), url: parts.url };
};

/** Long reads: 1,000-1,500 paragraphs (10,000-20,000 when huge), or as many `<article>` teasers. */
export const thousandsOfParagraphs: PageGenerator = (r, huge) => {
  const parts = defaultParts(r);
  const count = huge ? r.int(10_000, 20_000) : r.int(1_000, 1_500);
  if (r.chance(0.7)) {
    parts.paragraphs = Array.from({ length: count }, () => escapeHtml(paragraph(r, r.int(1, 3))));
  } else {
    parts.inset = repeat(count, () => `<article><h2>${escapeHtml(sentence(r))}</h2><p>${escapeHtml(sentence(r))}</p></article>`);
  }
  return { html: articlePage(r, parts), url: parts.url };
};

/** A real-looking article with a few random edits: most of a run, so every step sees near-normal pages. */
export const mutatedTemplate: PageGenerator = (r) => {
  const parts = defaultParts(r);
  return { html: mutate(r, articlePage(r, parts), r.skewed(0, 12)), url: parts.url };
};

/** Tags broken every way at once: dozens of edits, or no template at all. */
export const brokenTags: PageGenerator = (r) => {
  const parts = defaultParts(r);
  if (r.chance(0.3)) return { html: tagSoup(r, r.int(10, 600)), url: parts.url };
  parts.inset = sentinelTag(escapeHtml(sentence(r)));
  return { html: mutate(r, articlePage(r, parts), r.int(12, 120)), url: parts.url };
};
