import { SENTINELS } from './hostile-text';

/**
 * Walks over a parsed page, iteratively (pages nest 20,000 deep): a signature to tell
 * whether analysis changed the page, and which sentinels the page holds as text.
 */

const ELEMENT = 1;
const TEXT = 3;
const CODE_PARENTS = new Set(['SCRIPT', 'STYLE']);

/** Each of the document's children walked on its own: linkedom gives a doctype no `nextSibling`. */
function walk(doc: Document, visit: (node: Node) => void): void {
  for (const root of Array.from(doc.childNodes)) {
    let node: Node | null = root;
    while (node) {
      visit(node);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
}

/** Counts of nodes, characters of text and attributes: equal before and after if nothing was touched. */
export function pageSignature(doc: Document): string {
  let nodes = 0;
  let chars = 0;
  let attributes = 0;
  walk(doc, (node) => {
    nodes++;
    if (node.nodeType === TEXT) chars += (node as Text).data.length;
    else if (node.nodeType === ELEMENT) {
      // One pass over the attributes: getAttribute per name is a search, quadratic on 20,000 of them.
      for (const attribute of Array.from((node as Element).attributes)) {
        attributes++;
        chars += attribute.value.length;
      }
    }
  });
  return `${nodes} nodes, ${chars} chars, ${attributes} attributes`;
}

/** The sentinels among `outputs`. */
export function findSentinels(outputs: readonly string[]): string[] {
  return SENTINELS.filter((sentinel) => outputs.some((text) => text.includes(sentinel)));
}

/**
 * Sentinels the page holds where a reader would see text: in its Text nodes (JSON-LD's
 * included, other scripts' and styles' not), read one after another as a reader reads
 * them across comments and inline tags ("px<!-- -->zscript"), or in attribute values (a
 * meta's content). Comments, tag and attribute names are markup.
 */
export function sentinelsAsText(doc: Document): Set<string> {
  const text: string[] = [];
  const values: string[] = [];
  walk(doc, (node) => {
    if (node.nodeType === TEXT) {
      const parent = node.parentNode as Element | null;
      const code = parent?.nodeType === ELEMENT && CODE_PARENTS.has(parent.tagName.toUpperCase()) && parent.getAttribute('type') !== 'application/ld+json';
      if (!code) text.push((node as Text).data);
    } else if (node.nodeType === ELEMENT) {
      for (const attribute of Array.from((node as Element).attributes)) values.push(attribute.value);
    }
  });
  const joined = text.join('');
  return new Set(SENTINELS.filter((sentinel) => joined.includes(sentinel) || values.some((value) => value.includes(sentinel))));
}

/**
 * Sentinels in text under a <template>. A browser keeps a template's content out of the
 * document (its own fragment, outside every `textContent` and query); linkedom keeps it in
 * the tree, where Readability's title and text read it.
 */
export function sentinelsInTemplates(doc: Document): Set<string> {
  const found = new Set<string>();
  walk(doc, (node) => {
    if (node.nodeType !== TEXT || !SENTINELS.some((s) => (node as Text).data.includes(s))) return;
    for (let up = node.parentNode; up; up = up.parentNode) {
      if (up.nodeType === ELEMENT && (up as Element).tagName.toUpperCase() === 'TEMPLATE') {
        for (const sentinel of SENTINELS) if ((node as Text).data.includes(sentinel)) found.add(sentinel);
        return;
      }
    }
  });
  return found;
}
