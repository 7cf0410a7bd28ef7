/**
 * A caption that repeats its picture's description: old and new pages alike print under a
 * photo the same sentence they put in its `alt` (or in the title of the link around it),
 * "Singer Jane Doe arrives at the awards in Los Angeles, in this June 3 file photo." The
 * text is the picture's, not the story's, whatever the language; readers and the
 * people who mark article text leave it out. A caption that says something else than the
 * alt is not recognised here, and stays.
 *
 * Data structure: a set of the pictures' descriptions, squashed to letters and digits;
 * one pass over short blocks, each looked up in the set.
 */
import { textLengths } from './text-lengths';

/** Shorter descriptions ("photo", a name) could match a line of the story by chance. */
const MIN_DESCRIPTION = 25;
/** A caption is a few sentences; longer blocks are not looked up. */
const MAX_CAPTION = 600;
const BLOCKS = 'p, div, span, td, figcaption, font, em, i, small';

/** Removes blocks under `root` whose text is a picture's alt (or its link's title) under `root`. */
export function removeAltCaptions(root: Element): void {
  const descriptions = new Set<string>();
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    for (const text of [img.getAttribute('alt'), img.getAttribute('title'), img.closest('a')?.getAttribute('title')]) {
      const key = squashed(text ?? '');
      if (key.length >= MIN_DESCRIPTION) descriptions.add(key);
    }
  }
  if (descriptions.size === 0) return;
  const lengths = textLengths(root);
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    const length = lengths.get(el) ?? 0;
    if (length < MIN_DESCRIPTION || length > MAX_CAPTION || !root.contains(el)) continue;
    if (descriptions.has(squashed(el.textContent ?? ''))) el.remove();
  }
}

function squashed(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}
