import type { Flag } from '../core/protocol/article';
import { runAt, type TextRun } from '../dom/extraction/article-text';

/**
 * Draws flags on the live page. With the CSS Custom Highlight API nothing in the page's
 * DOM changes: ranges go into one registry entry per category and the page's own
 * scripts never see a node of ours. Only where the API is missing do we wrap text in
 * <mark> elements, and `remove()` takes them out again.
 */

export const HIGHLIGHT_PREFIX = 'parallax-';
export const MARK_ATTRIBUTE = 'data-parallax-flag';

/** A flag as drawn: the live Range it covers on the page. */
export interface DrawnFlag {
  flag: Flag;
  range: Range;
}

export interface Highlighting {
  /** How many flags could be drawn (the page may have changed since it was read). */
  drawn: number;
  mode: 'highlight-api' | 'mark';
  /** The drawn flags in document order, for finding the one under the pointer. */
  flags: DrawnFlag[];
  remove(): void;
}

export function highlightFlags(doc: Document, flags: readonly Flag[], runs: readonly TextRun[]): Highlighting {
  const registry = doc.defaultView?.CSS?.highlights;
  const HighlightClass = (doc.defaultView as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
  if (registry && HighlightClass) return drawWithHighlightApi(doc, flags, runs, registry, HighlightClass);
  return drawWithMarks(doc, flags, runs);
}

function drawWithHighlightApi(
  doc: Document,
  flags: readonly Flag[],
  runs: readonly TextRun[],
  registry: HighlightRegistry,
  HighlightClass: typeof Highlight,
): Highlighting {
  const byCategory = new Map<string, Range[]>();
  const drawnFlags: DrawnFlag[] = [];
  for (const flag of flags) {
    const range = rangeFor(doc, flag, runs);
    if (!range) continue;
    drawnFlags.push({ flag, range });
    const list = byCategory.get(flag.category) ?? [];
    list.push(range);
    byCategory.set(flag.category, list);
  }
  const names: string[] = [];
  let drawn = 0;
  for (const [category, ranges] of byCategory) {
    const name = HIGHLIGHT_PREFIX + category;
    registry.set(name, new HighlightClass(...ranges));
    names.push(name);
    drawn += ranges.length;
  }
  return {
    drawn,
    mode: 'highlight-api',
    flags: drawnFlags,
    remove: () => names.forEach((name) => registry.delete(name)),
  };
}

export function rangeFor(doc: Document, flag: Pick<Flag, 'start' | 'end'>, runs: readonly TextRun[]): Range | null {
  const first = runAt(runs, flag.start);
  const last = runAt(runs, flag.end - 1);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  try {
    const range = doc.createRange();
    range.setStart(first.node, first.nodeOffset + (flag.start - first.start));
    range.setEnd(last.node, last.nodeOffset + (flag.end - last.start));
    return range;
  } catch {
    return null; // the page edited that text since we read it
  }
}

interface Piece {
  node: Text;
  from: number;
  to: number;
  flag: Flag;
  mark?: HTMLElement;
}

function drawWithMarks(doc: Document, flags: readonly Flag[], runs: readonly TextRun[]): Highlighting {
  const pieces: Piece[] = [];
  for (const flag of flags) {
    for (let offset = flag.start; offset < flag.end; ) {
      const run = runAt(runs, offset);
      if (!run) {
        offset++;
        continue;
      }
      const end = Math.min(flag.end, run.start + run.length);
      const from = run.nodeOffset + (offset - run.start);
      pieces.push({ node: run.node, from, to: from + (end - offset), flag });
      offset = end;
    }
  }
  // Within one text node, last piece first: a split keeps the offsets before it valid.
  const byNode = new Map<Text, Piece[]>();
  for (const piece of pieces) byNode.set(piece.node, [...(byNode.get(piece.node) ?? []), piece]);
  const ordered = [...byNode.values()].flatMap((list) => list.sort((a, b) => b.from - a.from));
  const marks: HTMLElement[] = [];
  for (const piece of ordered) {
    const { node } = piece;
    if (!node.isConnected || piece.to > node.length) continue;
    node.splitText(piece.to);
    const middle = node.splitText(piece.from);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, piece.flag.category);
    mark.className = `${HIGHLIGHT_PREFIX}mark ${HIGHLIGHT_PREFIX}mark-${piece.flag.category}`;
    mark.title = `${piece.flag.category}: ${piece.flag.explanation}`;
    middle.replaceWith(mark);
    mark.append(middle);
    marks.push(mark);
    piece.mark = mark;
  }
  return {
    drawn: new Set(pieces.map((p) => p.flag)).size,
    mode: 'mark',
    flags: markedFlags(doc, pieces),
    remove: () => marks.forEach((mark) => mark.replaceWith(...Array.from(mark.childNodes))),
  };
}

/** One Range per flag, from its first mark to its last; pieces come in text order per flag. */
function markedFlags(doc: Document, pieces: readonly Piece[]): DrawnFlag[] {
  const ends = new Map<Flag, { first: HTMLElement; last: HTMLElement }>();
  for (const { flag, mark } of pieces) {
    if (!mark) continue;
    const known = ends.get(flag);
    if (known) known.last = mark;
    else ends.set(flag, { first: mark, last: mark });
  }
  return [...ends].map(([flag, { first, last }]) => {
    const range = doc.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    return { flag, range };
  });
}
