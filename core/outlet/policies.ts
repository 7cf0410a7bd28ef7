import { isObject } from '../protocol/validate';

/**
 * What an outlet declares about itself in schema.org (the Trust Project's indicators):
 * links to its policies, found on the article node, on its `publisher`, or on an
 * organisation node of the same page. Everything here is untrusted page data: only
 * strings that parse as absolute http(s) addresses are kept, bounded in length and count;
 * whether an address is on a site the outlet may link to is decided in the background,
 * which knows the Public Suffix List (background/outlets/policy-sites.ts).
 */

export const POLICY_KINDS = [
  'ownershipFundingInfo',
  'correctionsPolicy',
  'publishingPrinciples',
  'ethicsPolicy',
  'masthead',
  'actionableFeedbackPolicy',
  'verificationFactCheckingPolicy',
  'unnamedSourcesPolicy',
  'diversityPolicy',
] as const;

export type PolicyKind = (typeof POLICY_KINDS)[number];

/** One declared policy: which, and where the outlet says it is. */
export interface PolicyLink {
  kind: PolicyKind;
  url: string;
}

/** The policies a page declares, and the address the page gives its publisher (the one other site a policy may live on). */
export interface DeclaredPolicies {
  links: PolicyLink[];
  publisherUrl: string | null;
}

export const POLICY_LIMITS = { urlChars: 2_048, links: POLICY_KINDS.length } as const;

const ORGANISATION_TYPES = new Set(['organization', 'newsmediaorganization', 'corporation', 'onlinebusiness']);
const ARTICLE_TYPE = /article|posting|report/i;

/** A JSON-LD or microdata value naming an address: a string, `{url}`, `{@id}`, or a list of them (the first that parses). */
export function addressOf(value: unknown, depth = 0): string | null {
  if (depth > 3) return null;
  if (typeof value === 'string') return absoluteHttp(value);
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 5)) {
      const url = addressOf(item, depth + 1);
      if (url) return url;
    }
    return null;
  }
  if (isObject(value)) return addressOf(value['url'], depth + 1) ?? addressOf(value['@id'], depth + 1);
  return null;
}

/** An absolute http(s) address, bounded; anything else (javascript:, data:, relative, markup) is null. */
export function absoluteHttp(value: string): string | null {
  const text = value.trim();
  if (text.length === 0 || text.length > POLICY_LIMITS.urlChars || !/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
    const href = url.toString();
    return href.length <= POLICY_LIMITS.urlChars ? href : null;
  } catch {
    return null;
  }
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

/**
 * The policies of the page's JSON-LD nodes (flattened, as dom/metadata/json-ld.ts gives them): the
 * article's own first, then its publisher's (inline, or an organisation node it names by
 * `@id`), then any organisation node's. The first address found for a kind wins.
 */
export function policiesFromJsonLd(nodes: readonly Record<string, unknown>[]): DeclaredPolicies {
  const byId = new Map<string, Record<string, unknown>>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const articles = nodes.filter((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  const publishers = articles.flatMap((article) => {
    const publisher = Array.isArray(article['publisher']) ? article['publisher'][0] : article['publisher'];
    if (!isObject(publisher)) return [];
    const named = typeof publisher['@id'] === 'string' ? byId.get(publisher['@id']) : undefined;
    return named ? [named, publisher] : [publisher];
  });
  const organisations = nodes.filter((node) => typesOf(node).some((t) => ORGANISATION_TYPES.has(t)));
  const sources = [...articles, ...publishers, ...organisations];
  const found = new Map<PolicyKind, string>();
  for (const source of sources) {
    for (const kind of POLICY_KINDS) {
      if (found.has(kind)) continue;
      const url = addressOf(source[kind]);
      if (url) found.set(kind, url);
    }
  }
  const publisherUrl = publishers.map((p) => addressOf(p['url'])).find((url) => url !== null) ?? organisations.map((o) => addressOf(o['url'])).find((url) => url !== null) ?? null;
  return { links: POLICY_KINDS.filter((kind) => found.has(kind)).map((kind) => ({ kind, url: found.get(kind)! })), publisherUrl };
}

/** Both sources together: JSON-LD first, microdata filling the kinds it left out. */
export function mergePolicies(first: DeclaredPolicies, second: DeclaredPolicies): DeclaredPolicies {
  const kinds = new Set(first.links.map((link) => link.kind));
  return {
    links: [...first.links, ...second.links.filter((link) => !kinds.has(link.kind))].slice(0, POLICY_LIMITS.links),
    publisherUrl: first.publisherUrl ?? second.publisherUrl,
  };
}

/** Untrusted policies from a message: rebuilt field by field, known kinds and http(s) addresses only, one per kind. */
export function parseDeclaredPolicies(value: unknown): DeclaredPolicies | undefined {
  if (!isObject(value)) return undefined;
  const links: PolicyLink[] = [];
  const seen = new Set<string>();
  if (Array.isArray(value['links'])) {
    for (const item of value['links'].slice(0, POLICY_LIMITS.links * 2)) {
      if (!isObject(item) || !(POLICY_KINDS as readonly unknown[]).includes(item['kind']) || seen.has(item['kind'] as string)) continue;
      const url = typeof item['url'] === 'string' ? absoluteHttp(item['url']) : null;
      if (!url) continue;
      seen.add(item['kind'] as string);
      links.push({ kind: item['kind'] as PolicyKind, url });
    }
  }
  const publisherUrl = typeof value['publisherUrl'] === 'string' ? absoluteHttp(value['publisherUrl']) : null;
  return { links: links.slice(0, POLICY_LIMITS.links), publisherUrl };
}
