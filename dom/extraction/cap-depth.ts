/**
 * Readability and the clean-up pass read the text of each element, and of each link in
 * it, so their cost grows with the page's text times its depth. tests/fuzz found a 20 KB
 * page 1,500 elements deep taking 3.5 s, and one 20,000 deep overflowing Readability's
 * recursion after 10 s and losing all its text; capped at 512 levels, an 800 KB page
 * still took 29 s, and 3.7 s at 128. No article nests that deep: the deepest of the 130
 * real pages in Readability's test corpus is 38 levels (median 15). So on the detached
 * clone that extraction reads, whatever lies deeper than MAX_DEPTH is lifted, in document
 * order, into the element at that depth as its flat children: the text stays, in order.
 */

/** More than three times the deepest real page measured. */
export const MAX_DEPTH = 128;

const ELEMENT_NODE = 1;

/** Lifts what lies below `maxDepth` levels under `root` (itself level 1); how many nodes moved. */
export function capDepth(root: Element, maxDepth = MAX_DEPTH): number {
  let lifted = 0;
  let node: Node = root;
  let depth = 1;
  for (;;) {
    const atCap = depth === maxDepth && node.nodeType === ELEMENT_NODE;
    if (atCap) lifted += flatten(node as Element);
    if (!atCap && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      depth--;
    }
    if (node === root) return lifted;
    node = node.nextSibling!;
  }
}

/** Makes every descendant of `el` its child, in document order; how many moved. */
function flatten(el: Element): number {
  const order: Node[] = [];
  let nested = false;
  for (let node = el.firstChild; node; ) {
    order.push(node);
    if (node.firstChild) {
      nested = true;
      node = node.firstChild;
      continue;
    }
    let up: Node | null = node;
    while (up && up !== el && !up.nextSibling) up = up.parentNode;
    node = up && up !== el ? up.nextSibling : null;
  }
  if (!nested) return 0;
  // Detached last-first, each is a leaf when it goes, so no move carries a subtree along.
  for (let i = order.length - 1; i >= 0; i--) order[i]!.parentNode!.removeChild(order[i]!);
  for (const node of order) el.appendChild(node);
  return order.length;
}
