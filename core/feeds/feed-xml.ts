import type { AnyNode, Document, Element } from 'domhandler';
import { parseBounded } from './bounded-parse';

/**
 * The feed's XML as a tree of elements with names that mean the same thing in every feed.
 *
 * htmlparser2 does not resolve namespaces: it reports `dc:date` as written, and a feed may
 * bind Dublin Core to `dc:`, `DC:` or `purl:`. So after parsing, one iterative pass over
 * the tree (a stack of `[element, prefix → URI map]`) renames each element: names in the
 * feed's own vocabulary lose their prefix (`atom:entry` in an Atom feed → `entry`), names
 * in a known extension get its usual prefix (`purl:date` → `dc:date`), and everything is
 * lower case. Attribute names are lower-cased by the parser and otherwise left alone.
 *
 * The parser runs with `xmlMode: true`, in which it never reads a DTD: `<!ENTITY>`
 * declarations are inert directives and `&lol9;` stays the text "&lol9;", so entity
 * expansion ("billion laughs") cannot happen.
 */

const ATOM = ['http://www.w3.org/2005/atom', 'http://purl.org/atom/ns#'];
/** Vocabularies whose elements are the feed's own: RSS 1.0 / 0.90 inside RDF, and XHTML inside Atom content. */
const OWN = ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/', 'http://www.w3.org/1999/xhtml'];
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ...ATOM.map((uri) => [uri, 'atom'] as const),
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/dc/terms/', 'dcterms'],
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://search.yahoo.com/mrss/', 'media'],
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://rssnamespace.org/feedburner/ext/1.0', 'feedburner'],
]);

type Scope = ReadonlyMap<string, string>;

export function parseFeedXml(xml: string): Document {
  // Nested too deep, the document ends where parsing stopped, like a truncated feed.
  const { doc } = parseBounded(xml, { xmlMode: true, lowerCaseAttributeNames: true, withEndIndices: true });
  const root = rootElement(doc);
  if (root) canonicaliseNames(root);
  return doc;
}

/** The first element at the top of the document, past the XML declaration, comments and doctype. */
export function rootElement(doc: Document): Element | null {
  return doc.children.find(isElement) ?? null;
}

/**
 * Whether the element's end tag was in the input. A feed cut off mid-item leaves it open:
 * the parser then closes it at the very end of the input, or never (see bounded-parse.ts).
 */
export function wasClosed(el: Element, xml: string): boolean {
  return el.endIndex !== null && el.endIndex < xml.length;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function childElements(el: Element, name?: string): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && (name === undefined || c.name === name));
}

export function firstChild(el: Element, ...names: string[]): Element | null {
  for (const name of names) {
    const found = el.children.find((c): c is Element => isElement(c) && c.name === name);
    if (found) return found;
  }
  return null;
}

/** The text of the first child with one of the names, in order of preference; null when none has any. */
export function childText(el: Element, ...names: string[]): string | null {
  for (const name of names) {
    for (const child of childElements(el, name)) {
      const text = textOf(child).trim();
      if (text) return text;
    }
  }
  return null;
}

/** Text and CDATA content, concatenated; iterative, like every walk here. */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.data);
    else if (node.type === 'cdata' || isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('');
}

/** The base URL for links inside `el`: each ancestor's `xml:base` applied in turn to the feed's URL. */
export function baseUrlOf(el: Element, feedUrl: string): string {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parent && isElement(node.parent) ? node.parent : null) {
    const base = node.attribs['xml:base'];
    if (base) bases.push(base.trim());
  }
  let url = feedUrl;
  for (const base of bases.reverse()) {
    try {
      url = new URL(base, url).toString();
    } catch {
      // An unreadable xml:base is ignored, as browsers ignore a bad <base href>.
    }
  }
  return url;
}

function canonicaliseNames(root: Element): void {
  const rootScope = declarations(root, new Map());
  const own = new Set(OWN);
  const rootUri = namespaceOf(root.name, rootScope);
  if (rootUri !== undefined && ATOM.includes(rootUri)) own.add(rootUri);

  const stack: Array<[Element, Scope]> = [[root, rootScope]];
  while (stack.length > 0) {
    const [el, scope] = stack.pop()!;
    const colon = el.name.indexOf(':');
    const prefix = colon > 0 ? el.name.slice(0, colon) : '';
    const local = el.name.slice(colon + 1).toLowerCase();
    const uri = namespaceOf(el.name, scope);
    if (uri === undefined) el.name = el.name.toLowerCase();
    else if (own.has(uri)) el.name = local;
    else {
      const known = PREFIXES.get(uri) ?? prefix.toLowerCase();
      el.name = known ? `${known}:${local}` : local;
    }
    for (const child of el.children) if (isElement(child)) stack.push([child, declarations(child, scope)]);
  }
}

/** The scope inside `el`: its parent's, plus the namespaces it declares. Shared, not copied, when it declares none. */
function declarations(el: Element, parent: Scope): Scope {
  let scope: Map<string, string> | null = null;
  for (const [name, value] of Object.entries(el.attribs)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(name === 'xmlns' ? '' : name.slice(6).toLowerCase(), value.trim().toLowerCase());
  }
  return scope ?? parent;
}

function namespaceOf(name: string, scope: Scope): string | undefined {
  const colon = name.indexOf(':');
  return scope.get(colon > 0 ? name.slice(0, colon).toLowerCase() : '');
}
