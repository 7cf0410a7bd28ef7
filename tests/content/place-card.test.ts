import { describe, expect, test } from 'vitest';
import { GAP, isFarOffScreen, placeCard, type Box } from '../../content/place-card';

const VIEWPORT = { width: 1000, height: 800 };
const CARD = { width: 300, height: 200 };
const box = (left: number, top: number, width = 120, height = 20): Box => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  test('below the phrase when it fits', () => {
    expect(placeCard(box(100, 100), CARD, VIEWPORT)).toEqual({ left: 100, top: 120 + GAP, side: 'below' });
  });

  test('above the phrase near the bottom of the window', () => {
    expect(placeCard(box(100, 700), CARD, VIEWPORT)).toEqual({ left: 100, top: 700 - GAP - 200, side: 'above' });
  });

  test.each([
    ['past the right edge', box(900, 100), VIEWPORT.width - CARD.width - GAP],
    ['past the left edge', box(-50, 100), GAP],
  ])('kept on screen when the phrase is %s', (_, anchor, left) => {
    expect(placeCard(anchor, CARD, VIEWPORT).left).toBe(left);
  });

  test('in a window too short for either side, kept inside it on the roomier side', () => {
    const place = placeCard(box(100, 100), CARD, { width: 1000, height: 300 });
    expect(place.side).toBe('below');
    expect(place.top).toBeGreaterThanOrEqual(GAP);
    expect(place.top + CARD.height).toBeLessThanOrEqual(300 - GAP);
  });

  test('a card wider than the window starts at its left margin', () => {
    expect(placeCard(box(100, 100), { width: 400, height: 100 }, { width: 320, height: 600 }).left).toBe(GAP);
  });
});

describe('isFarOffScreen', () => {
  test.each([
    [box(100, -200), true],
    [box(100, 900), true],
    [box(1100, 100), true],
    [box(100, -10), false],
    [box(100, 400), false],
  ])('%o → %s', (anchor, expected) => {
    expect(isFarOffScreen(anchor, VIEWPORT)).toBe(expected);
  });
});
