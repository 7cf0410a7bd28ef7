/**
 * Where the card goes: below the phrase if it fits, else above, else wherever keeps most
 * of it on screen; never past the viewport's edges. And how a phrase is brought into
 * view for the card opened from the keyboard.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/** Space between the phrase and the card, and between the card and the viewport's edge. */
export const GAP = 8;

export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const maxLeft = Math.max(GAP, viewport.width - card.width - GAP);
  const left = clamp(anchor.left, GAP, maxLeft);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  if (below + card.height <= viewport.height - GAP) return { left, top: below, side: 'below' };
  if (above >= GAP) return { left, top: above, side: 'above' };
  // Fits on neither side: keep it on screen, on the side with more room.
  const roomBelow = viewport.height - anchor.bottom;
  const side = roomBelow >= anchor.top ? 'below' : 'above';
  const maxTop = Math.max(GAP, viewport.height - card.height - GAP);
  return { left, top: clamp(side === 'below' ? below : above, GAP, maxTop), side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Is the phrase so far off screen that a card beside it means nothing? */
export function isFarOffScreen(anchor: Box, viewport: Size): boolean {
  return anchor.bottom < 0 || anchor.top > viewport.height || anchor.right < 0 || anchor.left > viewport.width;
}

/**
 * Scrolls a phrase into view with room for the card below it. A Range cannot scroll
 * itself: its element does (which also scrolls any scrolling box it sits in), then the
 * window is nudged if the phrase is still out of view (a tall paragraph).
 */
export function scrollRangeIntoView(view: Window, range: Range): void {
  const height = view.innerHeight;
  const rect = range.getBoundingClientRect();
  if (rect.top >= GAP && rect.bottom <= height * 0.6) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const after = range.getBoundingClientRect();
  if (after.top < GAP || after.bottom > height - GAP) view.scrollBy({ top: after.top - height / 3, behavior: 'instant' });
}
