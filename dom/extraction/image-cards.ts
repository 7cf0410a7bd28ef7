/**
 * Rows of other stories drawn as cards: a picture and a line or two (a headline, a
 * summary, "Watch Video"), the same box repeated. Readability keeps them when their links
 * are gone (it drops a link-heavy headline but keeps the picture and the summary), or
 * when the cards are drawn by a script and carry no link at all, so neither the
 * link-density rule nor the teaser rule (teaser-runs.ts) sees them. What tells them
 * apart from the story is their shape, in any language: three or more sibling boxes of
 * one kind (same tag, same class), each with a picture and little text. A story's own
 * paragraphs carry no picture each; a story's photo with its caption is one box, not a
 * row of them.
 *
 * Data structure: the set of elements that hold a picture, built once from the pictures
 * up; then one pass over each such container's element children, grouping consecutive
 * siblings of one kind into runs.
 */
import { textLengths } from './text-lengths';

/** A row of cards has at least this many boxes with words. */
const MIN_CARDS = 3;
/** A card's text is a headline and a summary at most (characters, spaces left out). */
const MAX_CARD_TEXT = 250;
/**
 * A paragraph or a heading with a picture is a line of the story: a photo list ("SEXY IS:
 * …" under each of twelve pictures) is paragraphs, where cards are boxes.
 */
const LINE = /^(P|H[1-6]|BLOCKQUOTE|PRE|SPAN|A|B|STRONG|EM|I|FONT)$/i;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Removes rows of picture cards (and a short heading just above them) anywhere under `root`. */
export function removeImageCards(root: Element): void {
  // Fewer pictures than a row has cards: nothing to look for.
  if (root.getElementsByTagName('img').length < MIN_CARDS) return;
  const pictured = picturedElements(root);
  const containers = [root, ...Array.from(root.querySelectorAll('div, section, ul, ol, td, article'))];
  const lengths = textLengths(root);
  for (const container of containers) {
    if (container.childElementCount < MIN_CARDS) continue;
    if (container !== root && !root.contains(container)) continue;
    if (!pictured.has(container)) continue;
    for (const run of cardRuns(container, lengths, pictured)) {
      const heading = run[0]!.previousElementSibling;
      if (heading && isRowHeading(heading, lengths)) heading.remove();
      for (const el of run) el.remove();
    }
  }
}

function cardRuns(container: Element, lengths: Map<Element, number>, pictured: Set<Element>): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  let kind = '';
  let worded = 0;
  const close = () => {
    if (worded >= MIN_CARDS) runs.push(run);
    run = [];
    kind = '';
    worded = 0;
  };
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      if ((node.nodeValue ?? '').trim()) close();
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    const length = lengths.get(child) ?? 0;
    const isCard = length <= MAX_CARD_TEXT && pictured.has(child) && !LINE.test(child.tagName);
    const childKind = `${child.tagName} ${(child.getAttribute('class') ?? '').trim()}`;
    if (!isCard || (run.length > 0 && childKind !== kind)) {
      close();
      if (!isCard) continue;
    }
    kind = childKind;
    run.push(child);
    if (length > 0) worded++;
  }
  close();
  return runs;
}

/**
 * Every element with a picture inside (the pictures' ancestors), found once: asking each
 * child of each container for its pictures would walk the page once per level.
 */
function picturedElements(root: Element): Set<Element> {
  const pictured = new Set<Element>();
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    for (let el = img.parentElement; el && !pictured.has(el); el = el === root ? null : el.parentElement) pictured.add(el);
  }
  return pictured;
}

/** "More videos", "Related": a short line with no sentence in it. */
function isRowHeading(el: Element, lengths: Map<Element, number>): boolean {
  const length = lengths.get(el) ?? 0;
  const text = (el.textContent ?? '').trim();
  return length > 0 && length <= 40 && !/[.!?]$/.test(text) && el.getElementsByTagName('img').length === 0;
}
