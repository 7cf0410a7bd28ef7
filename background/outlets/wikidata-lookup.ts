import type { OwnerLink, WikidataProfile } from '../../core/outlet/outlet-profile';
import { entitiesFrom, itemsFromSparql, type EntityFacts } from '../../core/outlet/wikidata-answers';
import { buildWikidataProfile, idsToLabel, ownerStep, websiteQuery } from '../../core/outlet/wikidata-query';
import { entitiesUrl, getJson, LookupFailure, sparqlUrl, type ClientDeps } from './wikidata-client';

/**
 * One outlet's lookup: the item whose official website is the outlet's site (SPARQL),
 * its statements and Wikipedia titles, its owners and parents up the chain (a bounded
 * number of `wbgetentities` calls, one per level), then the labels of every id shown.
 * Null when Wikidata has no item for the site. Failures are LookupFailures (wikidata-client.ts).
 */
export async function lookUpOutlet(site: string, langs: readonly string[], deps: ClientDeps): Promise<WikidataProfile | null> {
  const query = websiteQuery(site);
  if (!query) throw new LookupFailure('failed', 'not a web address Wikidata can be asked about');
  const [itemId] = itemsFromSparql(await getJson(sparqlUrl(deps.endpoints, query), deps));
  if (!itemId) return null;
  const readAt = deps.now();
  const known = new Map<string, EntityFacts>();
  const fetchEntities = async (ids: readonly string[], props: string) => {
    if (ids.length === 0) return [];
    const entities = entitiesFrom(await getJson(entitiesUrl(deps.endpoints, ids, props, langs), deps));
    for (const [id, entity] of entities) known.set(id, entity);
    return [...entities.values()];
  };
  const [item] = await fetchEntities([itemId], 'labels|claims|sitelinks');
  if (!item) return null;

  const owners: OwnerLink[] = [];
  const seen = new Set([item.id]);
  let frontier: EntityFacts[] = [item];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next = ownerStep(frontier, depth, seen, owners);
    frontier = await fetchEntities(next, 'labels|claims');
  }
  // Owners at the deepest level were added without being read: their labels come here, with the rest.
  await fetchEntities(
    idsToLabel(item, owners).filter((id) => !known.has(id)),
    'labels',
  );
  return buildWikidataProfile(item, owners, known, langs, readAt);
}
