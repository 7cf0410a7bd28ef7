import { isProbablyReaderable } from '../detection/probably-readerable';

/**
 * Articles that a page renders inside open shadow roots (web components such as
 * `<news-article>`), which Readability and `isProbablyReaderable` never see because
 * neither a walk nor `cloneNode` enters a shadow root. Declarative shadow DOM
 * (`<template shadowrootmode="open">`) counts too: a browser parsing the page turns it
 * into a shadow root, but DOMParser and linkedom (the CLI) leave it a `<template>`.
 *
 * Data structure: a bounded breadth-first list of `ShadowEntry`s. The light DOM is walked
 * once (stopping as soon as it holds enough text to be the article itself), then each open
 * root found, up to MAX_ROOTS, against one shared node budget. Where a host sits is worked
 * out only when a copy is flattened (child indexes from the root that holds it find the
 * same spot in a clone, which has no shadow roots of its own), never on the way to "not
 * news". Closed roots are invisible (`shadowRoot` is null) and simply not there.
 */

/** Light-DOM text beyond this is an article of its own, and the walk stops. */
const TEXT_CAP = 4_000;
/** Shadow roots hold an article only with at least this much text (and more than the light DOM). */
const MIN_SHADOW_TEXT = 500;
/** At most this many roots are examined and flattened (a page may hold thousands of components). */
export const MAX_ROOTS = 32;
/** Nodes visited in the light DOM, then in all shadow roots together. */
const MAX_LIGHT_NODES = 6_000;
const MAX_SHADOW_NODES = 6_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Never article text, and never a place where a component hides the article. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD']);

export const SHADOW_WARNING = 'the article is inside a shadow root: its phrases are listed in the popup but not highlighted on the page';

export interface ShadowEntry {
  /** A host's open shadow root, or a declarative `<template shadowrootmode="open">`. */
  kind: 'shadow' | 'template';
  /** The host element; for a template, the element the template sits in. */
  host: Element;
  /** The shadow host, or the template element. */
  node: Element;
  /** What the entry renders: the live ShadowRoot, or the template's content. */
  root: ParentNode;
  /** Roots found inside this one's. */
  children: ShadowEntry[];
}

export interface ShadowProbe {
  /** Roots directly in the light DOM; nested ones hang below them. */
  entries: ShadowEntry[];
  /** Roots examined, nested ones included (at most MAX_ROOTS). */
  roots: number;
  /** Text characters found, each side capped at TEXT_CAP. */
  lightChars: number;
  shadowChars: number;
}

const NONE: ShadowProbe = { entries: [], roots: 0, lightChars: 0, shadowChars: 0 };

/** Finds the open shadow roots of a page whose light DOM holds little text. Bounded; never throws. */
export function probeShadowRoots(doc: Document): ShadowProbe {
  try {
    if (!doc.body) return NONE;
    const queue: ShadowEntry[] = [];
    const entries: ShadowEntry[] = [];
    const collect = (container: ShadowEntry | null) => (node: Element, kind: ShadowEntry['kind'], root: ParentNode) => {
      if (queue.length >= MAX_ROOTS) return;
      const host = kind === 'shadow' ? node : node.parentElement;
      if (!host) return;
      const entry: ShadowEntry = { kind, host, node, root, children: [] };
      queue.push(entry);
      (container ? container.children : entries).push(entry);
    };
    const light = { nodes: MAX_LIGHT_NODES };
    const lightChars = walk(doc.body, light, 'light', collect(null));
    // Enough text in the light DOM: the article, if any, is there, and no root is looked at.
    if (lightChars >= TEXT_CAP || queue.length === 0) return { ...NONE, lightChars };
    const shadow = { nodes: MAX_SHADOW_NODES };
    let shadowChars = 0;
    for (let i = 0; i < queue.length && shadow.nodes > 0; i++) {
      const entry = queue[i]!;
      shadowChars += walk(entry.root as unknown as Node, shadow, shadowChars < TEXT_CAP ? 'shadow' : 'hosts', collect(entry));
    }
    return { entries, roots: queue.length, lightChars, shadowChars: Math.min(shadowChars, TEXT_CAP) };
  } catch {
    return NONE;
  }
}

/** Shadow roots hold more text than the light DOM, enough for an article. */
export function shadowOutweighsLight(probe: ShadowProbe): boolean {
  return probe.shadowChars >= MIN_SHADOW_TEXT && probe.shadowChars > probe.lightChars;
}

/**
 * The page's article is in its shadow roots: they outweigh the light DOM, and the light DOM
 * does not read like an article by itself (a light article beside a comments component stays
 * a light article). The probe, when the article is there; null otherwise.
 */
export function findShadowArticle(doc: Document): ShadowProbe | null {
  const probe = probeShadowRoots(doc);
  if (!shadowOutweighsLight(probe)) return null;
  try {
    return isProbablyReaderable(doc) ? null : probe;
  } catch {
    return null;
  }
}

type Found = (node: Element, kind: ShadowEntry['kind'], root: ParentNode) => void;

/**
 * Iterative walk (hostile pages nest deep) under `root`, reporting open roots and spending
 * `budget`. It counts text up to TEXT_CAP: in the light DOM it then stops (the light DOM
 * holds an article of its own); in a shadow root it goes on looking for nested roots only.
 * Templates are never entered: an open declarative one is a root of its own, any other is
 * inert markup.
 */
function walk(root: Node, budget: { nodes: number }, mode: 'light' | 'shadow' | 'hosts', found: Found): number {
  let chars = 0;
  let node: Node | null = root.firstChild;
  while (node && budget.nodes > 0) {
    budget.nodes--;
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      if (mode !== 'hosts' && chars < TEXT_CAP) chars += (node as Text).data.trim().length;
      else if (mode === 'light') break;
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'TEMPLATE') {
        const mode = (el.getAttribute('shadowrootmode') ?? el.getAttribute('shadowroot'))?.toLowerCase();
        if (mode === 'open') found(el, 'template', (el as HTMLTemplateElement).content ?? el);
      } else if (!SKIPPED.has(tag)) {
        const shadowRoot = el.shadowRoot;
        if (shadowRoot) found(el, 'shadow', shadowRoot);
        descend = el.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return chars;
}

/**
 * Sibling counts from `rootNode` down to `node`; null when `node` is not below it. Counted
 * by sibling links, not `childNodes` (which linkedom rebuilds as an array on every read);
 * callers start below the document, where linkedom leaves the doctype out of the links.
 */
export function pathFrom(rootNode: Node, node: Node): number[] | null {
  const path: number[] = [];
  for (let at: Node | null = node; at !== rootNode; at = at.parentNode) {
    if (!at || path.length > 1_000) return null;
    let index = 0;
    for (let sibling = at.previousSibling; sibling; sibling = sibling.previousSibling) index++;
    path.push(index);
  }
  return path.reverse();
}

/** The node at `path` below `rootNode`, or null when the copy has drifted. */
export function nodeAt(rootNode: Node, path: readonly number[]): Node | null {
  let at: Node | null = rootNode;
  for (const index of path) {
    at = at.firstChild;
    for (let i = 0; i < index && at; i++) at = at.nextSibling;
    if (!at) return null;
  }
  return at;
}
