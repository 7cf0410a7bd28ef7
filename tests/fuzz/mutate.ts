import type { Rand } from './fuzz-random';
import { LONE_SURROGATES, MARKUP_AS_TEXT, ODD_CHARS, sentinelTag, SENTINEL_COMMENT, SENTINEL_SCRIPT, SENTINEL_STYLE, SCRIPTS, sentence } from './hostile-text';

/**
 * Random edits to a page's source, the way broken CMSs, truncated downloads and hostile
 * authors damage markup: tags opened and never closed, closed and never opened, raw-text
 * elements left open (everything after an unclosed `<script>` is script), comments and
 * quotes unterminated, bytes cut off. Each edit is local, so a mutated page still reads
 * mostly like its template and the later pipeline steps still run.
 */

const TAGS = [
  '<div>', '</div>', '<p>', '</p>', '<span>', '</span>', '<article>', '</article>', '<main>', '<h1>', '</h1>', '<h2>',
  '<table>', '<tr>', '<td>', '</table>', '<ul>', '<li>', '</ul>', '<a href="javascript:alert(1)">', '</a>', '<br>', '<hr>',
  '<b>', '<i>', '</b>', '<blockquote>', '<figure>', '<figcaption>', '<aside class="related">', '<nav>', '<footer>',
  '<form>', '<button>', '<select>', '<option>', '<svg>', '</svg>', '<math>', '<foreignObject>', '<template>', '</template>',
  '<noscript>', '<iframe srcdoc="<p>framed</p>">', '<frameset>', '<frame src="/x">', '<body>', '</body>', '<html>', '</html>',
  '<head>', '<meta property="og:title" content="injected">', '<base href="javascript:alert(1)//">', '<object>', '<embed>',
  '<p hidden>', '<div aria-hidden="true">', '<slot>', '<template shadowrootmode="open">', '<img src=x onerror=alert(1)>',
];
/** Elements whose content is raw text until their end tag: left open, they swallow the rest of the page. */
const RAW_TEXT_OPENERS = ['<script>', '<style>', '<textarea>', '<title>', '<xmp>', '<plaintext>', '<noembed>', '<!--', '<![CDATA[', '<?xml '];

type Mutation = (r: Rand, html: string, at: number) => string;

const insert = (html: string, at: number, piece: string) => html.slice(0, at) + piece + html.slice(at);

const MUTATIONS: Mutation[] = [
  (r, html, at) => insert(html, at, r.pick(TAGS)),
  (r, html, at) => insert(html, at, r.pick(TAGS)),
  (r, html, at) => insert(html, at, sentinelTag(r.chance(0.5) ? sentence(r) : '')),
  (r, html, at) => insert(html, at, r.pick([SENTINEL_SCRIPT, SENTINEL_STYLE, SENTINEL_COMMENT])),
  (r, html, at) => insert(html, at, r.pick(ODD_CHARS).repeat(r.skewed(1, 20))),
  (r, html, at) => insert(html, at, r.pick(SCRIPTS)),
  (r, html, at) => insert(html, at, r.pick(MARKUP_AS_TEXT)),
  (r, html, at) => insert(html, at, r.pick(['"', "'", '<', '>', '&', '&#', '&#x110000;', '&#0;', '&amp', '</', '/>', '='])),
  (_r, html, at) => insert(html, at, '\u0000'),
  (r, html, at) => insert(html, at, r.pick(LONE_SURROGATES)),
  // Rare: these wreck the rest of the page.
  (r, html, at) => (r.chance(0.3) ? insert(html, at, r.pick(RAW_TEXT_OPENERS)) : html),
  (r, html, at) => (r.chance(0.3) ? html.slice(0, at) : html),
  (r, html, at) => html.slice(0, at) + html.slice(Math.min(html.length, at + r.skewed(1, 400))),
  (r, html, at) => {
    const length = r.skewed(1, 2_000);
    return insert(html, r.int(0, html.length), html.slice(at, at + length));
  },
  // A tag's `<` or `>` dropped: the tag reads as text, or swallows what follows.
  (_r, html, at) => {
    const i = html.indexOf('<', at);
    return i < 0 ? html : html.slice(0, i) + html.slice(i + 1);
  },
  (_r, html, at) => {
    const i = html.indexOf('>', at);
    return i < 0 ? html : html.slice(0, i) + html.slice(i + 1);
  },
];

/** `count` random edits of `html`. */
export function mutate(r: Rand, html: string, count: number): string {
  let out = html;
  for (let i = 0; i < count; i++) out = r.pick(MUTATIONS)(r, out, r.int(0, out.length));
  return out;
}

/** A page of nothing but random markup tokens and text: no template at all. */
export function tagSoup(r: Rand, tokens: number): string {
  const parts: string[] = [];
  for (let i = 0; i < tokens; i++) {
    const roll = r.next();
    if (roll < 0.45) parts.push(r.pick(TAGS));
    else if (roll < 0.8) parts.push(sentence(r));
    else if (roll < 0.9) parts.push(r.pick(ODD_CHARS));
    else if (roll < 0.95) parts.push(sentinelTag(sentence(r)));
    else parts.push(r.pick(RAW_TEXT_OPENERS));
  }
  return parts.join(r.chance(0.5) ? '' : '\n');
}
