/**
 * Reads schema.org JSON-LD blocks defensively: pages ship broken JSON, huge blobs,
 * `@graph` wrappers, arrays of types and authors as strings, objects or arrays.
 */

export type JsonObject = Record<string, unknown>;

const MAX_BLOCK_CHARS = 500_000;
const MAX_NODES = 200;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
  'blogposting', 'report', 'satiricalarticle', 'scholarlyarticle', 'socialmediaposting', 'techarticle',
]);

export const NEWS_TYPES = new Set([
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
]);

/** Every JSON-LD object on the page, flattened out of arrays and `@graph`, capped in count. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? '';
    if (source.length > MAX_BLOCK_CHARS) continue;
    const parsed = parseBlock(source);
    if (parsed === undefined) continue;
    collect(parsed, nodes, 0);
    if (nodes.length >= MAX_NODES) break;
  }
  return nodes;
}

/** Some CMSs wrap JSON-LD in comments or CDATA, or leave raw newlines and trailing commas in it. */
function parseBlock(source: string): unknown {
  const text = source.replace(/^\s*(<!--|(\/\/\s*)?<!\[CDATA\[)|(-->|(\/\/\s*)?\]\]>)\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    // The usual breakage: control characters inside strings and a comma before a closing bracket.
    try {
      return JSON.parse(withoutControlCharacters(text).replace(/,\s*([\]}])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function withoutControlCharacters(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x20 ? ' ' : ch;
  return out;
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4 || out.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  if (Array.isArray(obj['@graph'])) collect(obj['@graph'], out, depth + 1);
}

export function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

export function isArticleNode(node: JsonObject): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/** A plain string out of a JSON-LD value that may be a string, an object with a name, or a list. */
export function textOf(value: unknown, key = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return textOf(value[0], key);
  if (value && typeof value === 'object') return textOf((value as JsonObject)[key], key);
  return null;
}

/** All names in an author-like value: "A", {name}, [{name}, "B"]. */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list.slice(0, 20)) {
    const name = textOf(item);
    if (name) names.push(name);
  }
  return names;
}
