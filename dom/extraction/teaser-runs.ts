/**
 * Lists of other stories that Readability keeps under (or above) an article: "More",
 * "Other news", a column of jobs or columns. Each item opens with a linked headline on a
 * line of its own, often followed by an unlinked summary, so the list as a whole is far
 * from "mostly links" and the link-density rule lets it through. Prose paragraphs may
 * open with a link too ("<a>Senator Doe</a> said …"), but then the sentence goes on in
 * the same line: a link that stands alone on its line is a headline.
 *
 * Data structure: none kept; one pass over each container's element children, grouping
 * consecutive siblings into runs of teaser items (a linked headline) and the summaries
 * that follow them.
 */

import { textLengths } from './text-lengths';

/** A run is a list from this many linked headlines on. */
const MIN_HEADLINES = 3;
/** A summary of a teaser is a few sentences at most. */
const MAX_SUMMARY = 400;
/** Longer than this, a linked line is a paragraph of links, not a headline. */
const MAX_HEADLINE = 200;

/**
 * A heading that is a link heads a part of the story (a listicle's "“Game” ($20)" above its
 * paragraph), never an item of a list beside it: those are list items, cells or blocks.
 */
const HEADING = /^H[1-6]$/i;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TH|THEAD|TR|UL)$/;

/** Removes runs of teaser items (and a short heading just above them) anywhere under `root`. */
export function removeTeaserRuns(root: Element): void {
  const containers = [root, ...Array.from(root.querySelectorAll('div, section, ul, ol, td, tbody, table, article, dl'))];
  const lengths = textLengths(root);
  for (const container of containers) {
    if (container.childElementCount < MIN_HEADLINES) continue;
    if (container !== root && !root.contains(container)) continue;
    for (const run of teaserRuns(container, lengths)) {
      const heading = run[0]!.previousElementSibling;
      if (heading && isListHeading(heading)) heading.remove();
      for (const el of run) el.remove();
    }
  }
}

function teaserRuns(container: Element, lengths: Map<Element, number>): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  let headlines = 0;
  let summaries = 0;
  const close = () => {
    if (headlines >= MIN_HEADLINES) runs.push(run);
    run = [];
    headlines = 0;
  };
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      // Loose words between the items: the container is running text, not a list.
      if ((node.nodeValue ?? '').trim()) close();
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    const length = lengths.get(child) ?? 0;
    if (length === 0) {
      if (run.length > 0) run.push(child);
      continue;
    }
    // Items are blocks: a bare link beside a <br> is part of a line of text (a byline's "by <a>…</a>").
    if (!BLOCK.test(child.tagName.toUpperCase())) {
      close();
      continue;
    }
    if (length <= MAX_SUMMARY + MAX_HEADLINE && !HEADING.test(child.tagName) && opensWithHeadline(child)) {
      run.push(child);
      headlines++;
      summaries = 0;
    } else if (run.length > 0 && summaries === 0 && length <= MAX_SUMMARY && child.getElementsByTagName('a').length <= 1) {
      // One unlinked summary under the headline before it; a second block is the article going on.
      run.push(child);
      summaries++;
    } else {
      close();
    }
  }
  close();
  return runs;
}

/** The element's first words are a link that ends its line (a <br>, a block's edge or the element's end follows it). */
function opensWithHeadline(el: Element): boolean {
  const first = firstText(el);
  if (!first) return false;
  const link = first.parentElement?.closest('a');
  if (!link || !el.contains(link)) return false;
  const linkText = squashed(link);
  if (linkText.length < 8 || linkText.length > MAX_HEADLINE) return false;
  return endsItsLine(link, el);
}

/** The first text node with visible characters, by a walk down and along (no TreeWalker: one is made per item). */
function firstText(el: Element): Text | null {
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim()) return node as Text;
    if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return null;
}

/** Walks on from `link` in document order until visible text (false) or a line's end (true). */
function endsItsLine(link: Element, item: Element): boolean {
  let node: Node | null = link;
  for (;;) {
    while (node && node !== item && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== item && node.nodeType === ELEMENT_NODE && BLOCK.test((node as Element).tagName.toUpperCase())) return true;
    }
    if (!node || node === item) return true;
    node = node.nextSibling;
    if (!node) return true;
    if (node.nodeType === TEXT_NODE) {
      if ((node.nodeValue ?? '').trim()) return false;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR' || BLOCK.test(tag)) return true;
    if ((node as Element).textContent?.trim()) return false;
  }
}

/** "More", "Related Articles", "Other news": a short line with no sentence in it. */
function isListHeading(el: Element): boolean {
  const text = squashed(el);
  return text.length > 0 && text.length <= 40 && !/[.!?]$/.test(text);
}

function squashed(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
