import type { DrawnFlag } from './highlight-flags';

/**
 * Which flag is under the pointer. Highlights are not elements, so there is no event
 * target to ask: the caret position at the point is located among the flag Ranges by
 * binary search (they are in document order), then the candidate's own line boxes must
 * contain the point, because the caret snaps to the nearest text even from the blank
 * margin beside a line.
 */

/** Index of the item whose range holds the point, given `compare(i)` as `Range.comparePoint` answers it; -1 if none. */
export function indexAtPoint(count: number, compare: (index: number) => number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const side = compare(mid);
    if (side < 0) hi = mid - 1;
    else if (side > 0) lo = mid + 1;
    else return mid;
  }
  return -1;
}

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

const SLOP = 1; // px: line boxes and the pointer round differently

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - SLOP && x <= rect.right + SLOP && y >= rect.top - SLOP && y <= rect.bottom + SLOP) return true;
  }
  return false;
}

/** Index into `flags` of the flag drawn at viewport point (x, y), or -1. */
export function flagAtPoint(doc: Document, flags: readonly DrawnFlag[], x: number, y: number): number {
  if (flags.length === 0) return -1;
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  const found = indexAtPoint(flags.length, (index) => {
    try {
      return flags[index]!.range.comparePoint(caret.node, caret.offset);
    } catch {
      return 1; // a node of another document or a doctype: nothing of ours
    }
  });
  if (found < 0) return -1;
  // Two flags may share a boundary point; the neighbours are checked too.
  for (const index of [found, found - 1, found + 1]) {
    const flag = flags[index];
    if (flag && rangeContainsPoint(flag.range, x, y)) return index;
  }
  return -1;
}
