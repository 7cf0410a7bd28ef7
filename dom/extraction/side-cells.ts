/**
 * Old pages lay out their columns as the cells of one table row: navigation on the left,
 * the story in the middle, headlines and advertisements on the right. When Readability
 * keeps the whole row, the story is the cell that holds nearly all of the row's running
 * text; the other cells of that row are columns beside it, not part of it. A table of
 * figures inside a story has no such cell (its cells are all short), and is left alone.
 *
 * Data structure: none kept; each row's cells are measured once.
 */

/** The story's cell holds at least this share of the row's text. */
const MAIN_SHARE = 0.6;
/** And at least this much running text (characters, spaces squashed). */
const MIN_STORY = 500;

/** Removes the cells beside a story's cell in any table row under `root`. */
export function removeSideCells(root: Element): void {
  for (const row of Array.from(root.querySelectorAll('tr'))) {
    if (!root.contains(row)) continue;
    const cells = Array.from(row.children).filter((cell) => /^T[DH]$/i.test(cell.tagName));
    if (cells.length < 2) continue;
    const lengths = cells.map(textLength);
    const total = lengths.reduce((a, b) => a + b, 0);
    const main = lengths.indexOf(Math.max(...lengths));
    if (lengths[main]! < MIN_STORY || lengths[main]! < MAIN_SHARE * total) continue;
    cells.forEach((cell, i) => {
      if (i !== main && lengths[i]! > 0) cell.remove();
    });
  }
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
