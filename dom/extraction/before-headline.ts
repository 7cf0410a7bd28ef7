/**
 * On old table-layout pages Readability often keeps a container wider than the story: a
 * promotion, a section's menu or a column of other headlines sits above the article's own
 * headline inside it. Readers start the story at its headline, so what comes before the
 * headline inside the extracted element is not the article. The headline is found by its
 * words (the page's title, which old pages often wrap in site and section names), not by
 * its tag: old pages set it in an <h2>, a <td>, a <font> or a <b>.
 *
 * Data structure: each element's text size counted in one pass (text-lengths.ts); one pass over short elements to find the headline, then a
 * walk up its ancestors removing each one's earlier siblings.
 */
import { textLengths } from './text-lengths';

const SEPARATOR = /\s+[|–—•·»:-]\s+|\|/;
/** A headline is one line: longer elements are paragraphs or containers. */
const MAX_HEADLINE = 250;
/** Fewer words than this match too many things ("Sports", "World news"). */
const MIN_WORDS = 4;
/** Cut only when what goes is a small part of the text: more than this, the match is likely a teaser of the same story. */
const MAX_SHARE_BEFORE = 0.4;
/** And when a story follows the headline. */
const MIN_TEXT_AFTER = 400;

/** Removes what precedes the headline (and the headline itself) inside `root`; whether anything was cut. */
export function removeBeforeHeadline(root: Element, title: string | null): boolean {
  if (!title) return false;
  // Old titles wrap the headline in the site's and the section's names: "Site | NEWS | Headline".
  const wanted = [title, ...title.split(SEPARATOR)].map((t) => words(t)).filter((w) => w.length >= MIN_WORDS).map((w) => w.join(' '));
  if (wanted.length === 0) return false;
  // Readability has usually taken the headline out already: one read of the whole text says whether to look.
  // Letters only: the text of neighbouring elements runs together without a space.
  const all = words(root.textContent ?? '').join('');
  if (!wanted.some((title) => windows(title).some((run) => all.includes(run)))) return false;
  const headline = findHeadline(root, wanted);
  if (!headline) return false;
  const total = squashedLength(root);
  let before = 0;
  const doomed: Node[] = [];
  for (let node: Element | null = headline; node && node !== root; node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      doomed.push(sibling);
      before += squashedLength(sibling);
    }
  }
  const after = total - before - squashedLength(headline);
  if (before > MAX_SHARE_BEFORE * total || after < MIN_TEXT_AFTER) return false;
  for (const node of doomed) node.parentNode?.removeChild(node);
  headline.remove();
  return true;
}

/**
 * The first short element whose words are one of the titles' (nearly all of them). Sizes
 * are counted once for the whole element (text-lengths.ts): asking every element for its
 * text would cost the page's size times its depth.
 */
function findHeadline(root: Element, titles: string[]): Element | null {
  const lengths = textLengths(root);
  for (const el of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, td, span, b, strong, font'))) {
    if ((lengths.get(el) ?? 0) > MAX_HEADLINE * 2) continue;
    const text = el.textContent ?? '';
    if (text.length > MAX_HEADLINE * 2) continue;
    const own = words(text);
    if (own.length < MIN_WORDS || own.join(' ').length > MAX_HEADLINE) continue;
    const joined = own.join(' ');
    const matches = (title: string) =>
      joined === title || (title.includes(joined) && joined.length >= 0.6 * title.length) || (joined.includes(title) && title.length >= 0.8 * joined.length);
    if (titles.some(matches)) return widest(el, joined, root);
  }
  return null;
}

/** The outermost ancestor with the same words: removing it leaves no empty heading behind. */
function widest(el: Element, joined: string, root: Element): Element {
  let best = el;
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    if (words(up.textContent ?? '').join(' ') !== joined) break;
    best = up;
  }
  return best;
}

/** Every run of MIN_WORDS words of a title, spaces left out: any headline found holds one of them. */
function windows(title: string): string[] {
  const list = title.split(' ');
  const runs: string[] = [];
  for (let i = 0; i + MIN_WORDS <= list.length; i++) runs.push(list.slice(i, i + MIN_WORDS).join(''));
  return runs;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function squashedLength(node: Node): number {
  return (node.textContent ?? '').replace(/\s+/g, '').length;
}
