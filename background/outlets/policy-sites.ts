import type { DeclaredPolicies, PolicyLink } from '../../core/outlet/policies';
import { siteOf } from '../../core/identity/outlet-site';

/**
 * The policy links Parallax keeps and shows: http(s) addresses on the outlet's own site
 * (the registrable domain of the page, by the Public Suffix List), or on the one other
 * site the outlet names as itself: the site of its publisher's `url` in the same page's
 * structured data (a paper whose policies live on its group's site says so there). Not
 * `sameAs` (social profiles), not any other address a page mentions: a page cannot make
 * Parallax link a policy to a third party.
 */
export function allowedPolicyLinks(declared: DeclaredPolicies, pageUrl: string): PolicyLink[] {
  const own = siteOf(pageUrl);
  if (!own) return [];
  const named = declared.publisherUrl ? siteOf(declared.publisherUrl) : null;
  return declared.links.filter((link) => {
    const site = siteOf(link.url);
    return site !== null && (site === own || site === named);
  });
}
