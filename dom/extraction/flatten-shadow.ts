import { nodeAt, pathFrom, type ShadowEntry, type ShadowProbe } from './shadow-roots';

/**
 * Copies what the shadow roots found by `probeShadowRoots` render into plain light DOM, so
 * that Readability and `isProbablyReaderable` can read it: each root's children go into
 * its host, in place of the host's own children, which fill the root's `<slot>`s as the
 * browser would show them (a child no slot takes is not shown, and is dropped). Nested roots
 * are inlined first, so their slots are filled before the outer root's are.
 */

const ELEMENT_NODE = 1;

/**
 * Flattens the roots `probe` found in `doc` into `clone`, a fresh `cloneNode(true)` of `doc`
 * (same tree, no shadow roots). Returns how many roots were inlined.
 */
export function flattenShadowRoots(doc: Document, clone: Document, probe: ShadowProbe): number {
  const [live, copy] = [doc.documentElement, clone.documentElement];
  if (!live || !copy) return 0;
  // Every host is found before anything moves: a host may sit in another's light children.
  const targets = probe.entries.map((entry) => {
    const path = pathFrom(live, entry.node);
    return path ? nodeAt(copy, path) : null;
  });
  let inlined = 0;
  probe.entries.forEach((entry, i) => {
    const target = targets[i];
    if (target?.nodeType === ELEMENT_NODE) inlined += inline(entry, target as Element, clone);
  });
  return inlined;
}

/**
 * A small document holding only the hosts (with their light children) and what their roots
 * render: what detection reads, so that a page is never cloned whole on the way to "not news".
 * Null when the page's DOM refuses (it never throws).
 */
export function shadowContentDocument(doc: Document, probe: ShadowProbe): Document | null {
  try {
    return contentDocument(doc, probe);
  } catch {
    return null;
  }
}

function contentDocument(doc: Document, probe: ShadowProbe): Document {
  const mini = doc.cloneNode(false) as Document;
  const html = mini.createElement('html');
  const body = mini.createElement('body');
  html.append(mini.createElement('head'), body);
  mini.append(html);
  const copies = new Map<Element, Element>();
  const targets = probe.entries.map((entry) => {
    // A host inside another host's light children is reached through that host's copy.
    let outer = entry.host;
    for (const other of probe.entries) if (other.host !== outer && other.host.contains(outer)) outer = other.host;
    let copy = copies.get(outer);
    if (!copy) {
      copy = mini.importNode(outer, true);
      copies.set(outer, copy);
      body.append(copy);
    }
    const path = pathFrom(outer, entry.node);
    return path ? nodeAt(copy, path) : null;
  });
  probe.entries.forEach((entry, i) => {
    const target = targets[i];
    if (target?.nodeType === ELEMENT_NODE) inline(entry, target as Element, mini);
  });
  return mini;
}

/** Puts `entry`'s root, flattened, into `target` (the host, or the template) in `doc`. */
function inline(entry: ShadowEntry, target: Element, doc: Document): number {
  // A shadow root lives only in the live page; a template came along into the copy.
  const source = entry.kind === 'shadow' ? (entry.root as unknown as Node) : ((target as HTMLTemplateElement).content ?? target);
  const copy = doc.createDocumentFragment();
  for (let node = source.firstChild; node; node = node.nextSibling) copy.appendChild(doc.importNode(node, true));
  const nested = entry.children.map((child) => {
    const path = pathFrom(entry.root as unknown as Node, child.node);
    return path ? nodeAt(copy, path) : null;
  });
  let inlined = 1;
  entry.children.forEach((child, i) => {
    const at = nested[i];
    if (at?.nodeType === ELEMENT_NODE) inlined += inline(child, at as Element, doc);
  });
  const host = entry.kind === 'shadow' ? target : target.parentElement;
  if (entry.kind === 'template') target.remove();
  if (!host) return inlined;
  fillSlots(copy, host);
  host.replaceChildren(copy);
  return inlined;
}

/** Moves the host's children into the copy's slots by name; an empty slot shows its own content. */
function fillSlots(copy: DocumentFragment, host: Element): void {
  const light = Array.from(host.childNodes);
  const taken = new Set<Node>();
  for (const slot of Array.from(copy.querySelectorAll('slot'))) {
    const name = slot.getAttribute('name') ?? '';
    const assigned = light.filter((node) => !taken.has(node) && slotOf(node) === name);
    for (const node of assigned) taken.add(node);
    slot.replaceWith(...(assigned.length > 0 ? assigned : Array.from(slot.childNodes)));
  }
}

function slotOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? ((node as Element).getAttribute('slot') ?? '') : '';
}
