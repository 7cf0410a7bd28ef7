/** Visible text sizes of a subtree, for the clean-up passes that measure many nested elements. */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Each element's count of visible characters (whitespace left out), in one pass: elements
 * in reverse document order come after all of their descendants, so every child's count
 * is known when its parent is summed. Reading textContent per child instead costs the
 * page's size times its depth.
 */
export function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    let sum = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) sum += (child.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (child.nodeType === ELEMENT_NODE) sum += lengths.get(child as Element) ?? 0;
    }
    lengths.set(el, sum);
  }
  return lengths;
}
