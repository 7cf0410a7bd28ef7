import type { OwnerLink, WikidataFact, WikidataProfile } from './outlet-profile';
import { labelIn, wikipediaLink, type EntityFacts } from './wikidata-answers';

/**
 * What Parallax asks Wikidata, built from an outlet's site alone: the addresses its
 * official website (P856) may be written as, and a SPARQL query for the items that give
 * one of them. The site is a host name checked here, so nothing else can reach the query.
 */

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+$/;

/** Owners and parents followed up the chain at most this far, and this many in all. */
export const OWNER_DEPTH = 3;
export const MAX_OWNERS = 12;

/** Whether `site` is a plain host name Parallax may send (no port, no path, no IP address). */
export function isLookupSite(site: string): boolean {
  return HOST.test(site) && !/^\d+(\.\d+){3}$/.test(site);
}

/** http and https, with and without "www.", with and without the trailing slash: how P856 values are written. */
export function websiteVariants(site: string): string[] {
  if (!isLookupSite(site)) return [];
  const bare = site.replace(/^www\./, '');
  const hosts = [bare, `www.${bare}`];
  return hosts.flatMap((host) => ['https', 'http'].flatMap((scheme) => [`${scheme}://${host}/`, `${scheme}://${host}`]));
}

/** The SPARQL query for the items whose official website is one of the site's addresses. */
export function websiteQuery(site: string): string | null {
  const variants = websiteVariants(site);
  if (variants.length === 0) return null;
  return `SELECT ?item WHERE { VALUES ?site { ${variants.map((url) => `<${url}>`).join(' ')} } ?item wdt:P856 ?site . } LIMIT 20`;
}

/** The languages labels and Wikipedia articles are wanted in: the reader's, then English. */
export function readerLanguages(uiLanguage: string): string[] {
  const lang = uiLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(lang) && lang !== 'en' ? [lang, 'en'] : ['en'];
}

/** The next owners to read: the owner (P127) and parent (P749) statements of the frontier, not seen yet, within the bounds. */
export function ownerStep(frontier: readonly EntityFacts[], depth: number, seen: Set<string>, found: OwnerLink[]): string[] {
  const next: string[] = [];
  for (const entity of frontier) {
    for (const [property, relation] of [
      ['P127', 'owner'],
      ['P749', 'parent'],
    ] as const) {
      for (const id of entity.claims[property] ?? []) {
        if (seen.has(id) || found.length >= MAX_OWNERS) continue;
        seen.add(id);
        found.push({ id, label: id, relation, depth, statedBy: entity.id });
        next.push(id);
      }
    }
  }
  return depth < OWNER_DEPTH ? next : [];
}

/** The profile from the outlet's item, its owners, and the labels of every id they name. */
export function buildWikidataProfile(
  item: EntityFacts,
  owners: readonly OwnerLink[],
  labels: ReadonlyMap<string, EntityFacts>,
  langs: readonly string[],
  readAt: number,
): WikidataProfile {
  const fact = (id: string): WikidataFact => ({ id, label: labelIn(labels.get(id), langs) ?? id });
  const languages = [...new Set([...(item.claims.P407 ?? []), ...(item.claims.P37 ?? [])])];
  return {
    item: item.id,
    label: labelIn(item, langs),
    readAt,
    kinds: (item.claims.P31 ?? []).map(fact),
    countries: (item.claims.P17 ?? []).map(fact),
    owners: owners.map((owner) => ({ ...owner, label: labelIn(labels.get(owner.id), langs) ?? owner.id })),
    founded: item.founded,
    languages: languages.map(fact),
    wikipedia: wikipediaLink(item, langs),
  };
}

/** Every id whose label the profile shows. */
export function idsToLabel(item: EntityFacts, owners: readonly OwnerLink[]): string[] {
  const { P31 = [], P17 = [], P407 = [], P37 = [] } = item.claims;
  return [...new Set([...P31, ...P17, ...P407, ...P37, ...owners.map((o) => o.id)])];
}

/** The item's page on Wikidata: the source every fact links to. */
export function itemUrl(id: string): string {
  return `https://www.wikidata.org/wiki/${id}`;
}
