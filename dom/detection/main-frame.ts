/**
 * Pages whose own text is thin because the story is in a frame: a story viewer that
 * shows the article in a large `<iframe>`, an embed-only page, a `<frameset>`. Parallax
 * never reads a frame's document from the page that holds it (a cross-origin one cannot be
 * read, and a same-origin one is read when its own page is opened); the verdict only says
 * that the article may be there. Attributes and inline styles only: asking for layout here
 * would force the page to lay itself out.
 */

/** Page text below this (in characters) is too thin to be the article itself. */
export const THIN_TEXT = 1_500;
/** A main region with less text than this holds nothing but its frame. */
const EMPTY_REGION = 200;
const MAX_FRAMES = 20;
const MAIN_REGION = 'main, article, [role="main"]';
const LENGTH = /^\s*(\d+(?:\.\d+)?)\s*(px|%|vw|vh)?\s*(?:!important)?\s*$/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
// `width: 100%` in an inline style; `min-width` and `max-width` are other properties.
const STYLE_WIDTH = /(?:^|;)\s*width\s*:\s*([^;]+)/i;
const STYLE_HEIGHT = /(?:^|;)\s*(?:min-)?height\s*:\s*([^;]+)/i;

/**
 * Whether the article may be in a frame: the page's own text is thin (`lightChars`, from
 * `probeShadowRoots`) and a frame takes most of the window or is all its main region holds.
 */
export function framedArticle(doc: Document, lightChars: number): boolean {
  if (lightChars >= THIN_TEXT) return false;
  if (doc.querySelector('frameset frame[src]')) return true;
  const frames = doc.getElementsByTagName('iframe');
  const count = Math.min(frames.length, MAX_FRAMES);
  for (let i = 0; i < count; i++) if (isMainFrame(frames[i]!)) return true;
  return false;
}

function isMainFrame(frame: Element): boolean {
  const style = frame.getAttribute('style') ?? '';
  if (frame.hasAttribute('hidden') || frame.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(style)) return false;
  const width = frame.getAttribute('width') ?? STYLE_WIDTH.exec(style)?.[1] ?? null;
  const height = frame.getAttribute('height') ?? STYLE_HEIGHT.exec(style)?.[1] ?? null;
  // Ads, trackers and buttons are framed too, and say how small they are.
  if (isBelow(width, 200) || isBelow(height, 100)) return false;
  if (isAtLeast(width, 600) && isAtLeast(height, 400)) return true;
  const region = frame.closest(MAIN_REGION);
  return region !== null && (region.textContent?.trim().length ?? 0) < EMPTY_REGION;
}

/** A share of the window (%, vw, vh) counts from 60; pixels from `px`. */
function isAtLeast(value: string | null, px: number): boolean {
  const match = value ? LENGTH.exec(value) : null;
  if (!match) return false;
  const n = Number(match[1]);
  const unit = match[2]?.toLowerCase() ?? 'px';
  return unit === 'px' ? n >= px : n >= 60;
}

function isBelow(value: string | null, px: number): boolean {
  const match = value ? LENGTH.exec(value) : null;
  return match !== null && (match[2]?.toLowerCase() ?? 'px') === 'px' && Number(match[1]) < px;
}
