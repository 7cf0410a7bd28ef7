import { plainField } from './plain-field';

/**
 * The text of a small element, or null when it holds more than `max` characters or
 * many elements: a label or a byline is short, and a page can hide megabytes in what
 * looks like one. Walks at most `max` characters of text nodes and never reads further.
 */
export function shortText(el: Element, max: number): string | null {
  if (el.childElementCount > 12) return null;
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && /^(script|style|noscript|template)$/i.test(parent.tagName)) continue;
    text += node.nodeValue ?? '';
    if (text.length > max * 2 || ++nodes > 40) return null;
  }
  const line = plainField(text, max + 1);
  return line && line.length <= max ? line : null;
}
