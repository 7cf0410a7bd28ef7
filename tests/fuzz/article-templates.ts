import type { Rand } from './fuzz-random';
import { escapeHtml, NAMES, paragraph, PLACES, sentence } from './hostile-text';

/**
 * Article pages in the shapes newsrooms publish, written for the fuzzer (none is copied
 * from a real site): enough structure and prose that detection says news, Readability
 * finds a body and the lexicon flags something, so the hostile parts the generators add
 * reach every step and not only the first.
 *
 * Every field is markup as it goes into the page: generators that want text escaped
 * escape it themselves, and generators that want markup in a title put it there.
 */

export interface ArticleParts {
  /** `<title>` content (RCDATA: markup in it is text). */
  title: string;
  /** The `<h1>`'s inner HTML. */
  headline: string;
  /** The byline element's inner HTML. */
  byline: string;
  siteName: string;
  /** `content` of the date metas and `datetime` of the `<time>`. */
  date: string;
  /** Inner HTML of each paragraph. */
  paragraphs: string[];
  url: string;
  lang: string;
  /** The JSON-LD block's source, or null for none. */
  jsonLd: string | null;
  /** More markup for the head (hostile metas). */
  head: string;
  /** Markup between paragraphs, at a random place (hostile blocks). */
  inset: string;
}

export function defaultParts(r: Rand): ArticleParts {
  const headline = `${r.pick(NAMES)} meets envoys in ${r.pick(PLACES)} as talks resume`;
  const siteName = r.pick(['The Northern Ledger', 'Harbour Independent', 'Eastgate Wire', 'Valley Post']);
  const date = `2025-0${r.int(1, 9)}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:11:00${r.pick(['Z', '+02:00', '-04:00'])}`;
  const url = `https://${siteName.toLowerCase().replace(/^the /, '').replace(/\s+/g, '-')}.example/world/2025/03/12/${r.pick(NAMES).toLowerCase().replace(/\s+/g, '-')}-talks`;
  const author = r.pick(NAMES);
  return {
    title: escapeHtml(`${headline} | ${siteName}`),
    headline: escapeHtml(headline),
    byline: `By <a rel="author" href="/staff/${author.split(' ')[1]!.toLowerCase()}">${escapeHtml(author)}</a>`,
    siteName,
    date,
    paragraphs: Array.from({ length: r.int(4, 12) }, () => escapeHtml(paragraph(r))),
    url,
    lang: r.pick(['en', 'en-GB', 'en-US', 'fr', 'ar', 'zh-CN', '']),
    jsonLd: JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline,
      datePublished: date,
      author: { '@type': 'Person', name: author },
      publisher: { '@type': 'NewsMediaOrganization', name: siteName },
    }),
    head: '',
    inset: '',
  };
}

function head(p: ArticleParts): string {
  const ld = p.jsonLd === null ? '' : `<script type="application/ld+json">${p.jsonLd}</script>`;
  return (
    `<meta charset="utf-8"><title>${p.title}</title>` +
    `<meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(p.headline)}">` +
    `<meta property="og:site_name" content="${escapeHtml(p.siteName)}"><meta property="article:published_time" content="${escapeHtml(p.date)}">` +
    `<link rel="canonical" href="${escapeHtml(p.url)}">${ld}${p.head}`
  );
}

function prose(r: Rand, p: ArticleParts): string {
  const at = r.int(0, p.paragraphs.length);
  const blocks = p.paragraphs.map((text) => `<p>${text}</p>`);
  blocks.splice(at, 0, p.inset);
  return blocks.join('\n');
}

const NAV = '<nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>';

/** Each layout is one way real pages wrap the same story. */
export const LAYOUTS: Record<string, (r: Rand, p: ArticleParts) => string> = {
  newsroom: (r, p) =>
    `<!doctype html><html lang="${p.lang}"><head>${head(p)}</head><body><header><a class="logo" href="/">${escapeHtml(p.siteName)}</a>${NAV}</header>` +
    `<main><article><h1 itemprop="headline">${p.headline}</h1><div class="byline">${p.byline}</div><time datetime="${escapeHtml(p.date)}">12 March 2025</time>` +
    `${prose(r, p)}</article><aside class="related"><h2>Most read</h2><ul><li><a href="/a">${escapeHtml(sentence(r))}</a></li><li><a href="/b">${escapeHtml(sentence(r))}</a></li></ul></aside></main>` +
    `<footer>© 2025 ${escapeHtml(p.siteName)}</footer></body></html>`,
  wire: (r, p) =>
    `<!DOCTYPE html><html><head>${head(p)}</head><body><div id="story"><h1>${p.headline}</h1><p class="dateline">${p.byline}</p>` +
    `<p>${r.pick(PLACES).toUpperCase()}, March 12 (Eastgate Wire) - ${escapeHtml(sentence(r))}</p>${prose(r, p)}</div></body></html>`,
  portal: (r, p) =>
    `<html><head>${head(p)}</head><body><table width="100%"><tr><td class="sidebar">${NAV}</td><td class="content">` +
    `<div class="title"><h1>${p.headline}</h1></div><div class="info"><span class="author">${p.byline}</span></div>` +
    `<div class="text">${prose(r, p)}</div></td></tr></table></body></html>`,
  blog: (r, p) =>
    `<!doctype html><html lang="${p.lang}"><head>${head(p)}</head><body class="post-template sidebar-primary"><div class="site">` +
    `<article class="post"><header class="entry-header"><h1 class="entry-title">${p.headline}</h1></header><div class="entry-content">${prose(r, p)}</div>` +
    `<footer class="entry-footer">Posted by <span class="author vcard">${p.byline}</span></footer></article><div id="comments"><p>${escapeHtml(sentence(r))}</p></div></div></body></html>`,
  listing: (r, p) =>
    `<!doctype html><html><head>${head(p)}</head><body>${NAV}` +
    Array.from({ length: r.int(3, 8) }, () => `<article><h2><a href="/x">${escapeHtml(sentence(r))}</a></h2><p>${escapeHtml(paragraph(r, 1))}</p></article>`).join('') +
    `<article><h1>${p.headline}</h1>${prose(r, p)}</article></body></html>`,
  // No head or body tags at all: the parser has to make them up.
  bare: (r, p) => `<title>${p.title}</title><h1>${p.headline}</h1><div class=author>${p.byline}</div>${prose(r, p)}`,
};

export function articlePage(r: Rand, parts: ArticleParts, layout = r.pick(Object.keys(LAYOUTS))): string {
  return LAYOUTS[layout]!(r, parts);
}
