import { absoluteHttp, mergePolicies, policiesFromJsonLd, POLICY_KINDS, type DeclaredPolicies, type PolicyKind, type PolicyLink } from '../../core/outlet/policies';
import { jsonLdNodes } from './json-ld';

/** Elements with a policy's `itemprop` read at most: a page may repeat them in every teaser. */
const MAX_MICRODATA = 50;
const POLICY_SELECTOR = POLICY_KINDS.map((kind) => `[itemprop~="${kind}"]`).join(',');

/**
 * The outlet's declared policies on this page: JSON-LD, then microdata for the kinds
 * JSON-LD left out. Addresses are resolved against the page (microdata `href`s may be
 * relative) and kept only when http(s); core/outlet/policies.ts says the rest.
 */
export function readOutletPolicies(doc: Document, pageUrl: string): DeclaredPolicies {
  return mergePolicies(policiesFromJsonLd(jsonLdNodes(doc)), policiesFromMicrodata(doc, pageUrl));
}

function policiesFromMicrodata(doc: Document, pageUrl: string): DeclaredPolicies {
  const links: PolicyLink[] = [];
  const seen = new Set<PolicyKind>();
  for (const element of Array.from(doc.querySelectorAll(POLICY_SELECTOR)).slice(0, MAX_MICRODATA)) {
    const url = addressIn(element, pageUrl);
    if (!url) continue;
    for (const kind of (element.getAttribute('itemprop') ?? '').split(/\s+/)) {
      if ((POLICY_KINDS as readonly string[]).includes(kind) && !seen.has(kind as PolicyKind)) {
        seen.add(kind as PolicyKind);
        links.push({ kind: kind as PolicyKind, url });
      }
    }
  }
  const publisher = doc.querySelector('[itemprop~="publisher"] [itemprop~="url"]');
  return { links, publisherUrl: publisher ? addressIn(publisher, pageUrl) : null };
}

/** The address an itemprop element carries: `href` (a, link), `content` (meta) or `src`, resolved against the page. */
function addressIn(element: Element, pageUrl: string): string | null {
  const raw = element.getAttribute('href') ?? element.getAttribute('content') ?? element.getAttribute('src');
  if (!raw || raw.length > 2_048) return null;
  try {
    return absoluteHttp(new URL(raw.trim(), pageUrl).toString());
  } catch {
    return null;
  }
}
