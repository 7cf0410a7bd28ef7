import { isObject as isRecord } from '../protocol/validate';

/**
 * Reading Wikidata's answers, which are untrusted input like any page: the SPARQL JSON
 * results format (W3C "SPARQL 1.1 Query Results JSON Format") and the Action API's
 * `wbgetentities` JSON (entities → labels, claims → statements → mainsnak → datavalue,
 * sitelinks). Every value is checked for type and shape, ids must look like item ids,
 * text is one line without control characters and cut to a bound, and lists are capped;
 * anything else is skipped, never thrown on.
 */

const ITEM_ID = /^Q[1-9]\d{0,11}$/;
const ENTITY_URI = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9]\d{0,11})$/;
// Wikipedia language codes: "en", "de", "pt", "zh-min-nan", "be-tarask"; never a host of our choosing.
const WIKI_LANG = /^[a-z]{2,3}(-[a-z]{2,8}){0,2}$/;
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const WIKIDATA_LIMITS = { items: 10, valuesPerProperty: 10, labelChars: 200, entities: 50, titleChars: 300 } as const;

/** The properties Parallax reads: kind (instance of), country, owner, parent, founded, languages of work and official languages. */
export const OUTLET_PROPERTIES = ['P31', 'P17', 'P127', 'P749', 'P571', 'P407', 'P37'] as const;
export type OutletProperty = (typeof OUTLET_PROPERTIES)[number];

/** One entity as Parallax keeps it from `wbgetentities`. */
export interface EntityFacts {
  id: string;
  /** Labels by language code, as text. */
  labels: Record<string, string>;
  /** Item ids each property points at, current statements only (none ended, none deprecated). */
  claims: Partial<Record<OutletProperty, string[]>>;
  /** The founding year, when given to the year or finer. */
  founded: string | null;
  /** Wikipedia titles by language code ("en" for enwiki). */
  wikipedia: Record<string, string>;
}


/** Text for display: one line, no control or direction-override characters, bounded. */
export function cleanLabel(value: unknown, limit: number = WIKIDATA_LIMITS.labelChars): string | null {
  if (typeof value !== 'string') return null;
  const text = value.slice(0, limit * 4).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return text ? [...text].slice(0, limit).join('') : null;
}

/** The items a SPARQL query bound to `?item`, lowest id first (the oldest item, on ties of duplicates), capped. */
export function itemsFromSparql(json: unknown): string[] {
  if (!isRecord(json) || !isRecord(json['results']) || !Array.isArray(json['results']['bindings'])) return [];
  const ids = new Set<string>();
  for (const binding of json['results']['bindings'].slice(0, 200)) {
    if (!isRecord(binding) || !isRecord(binding['item'])) continue;
    const { type, value } = binding['item'];
    const id = type === 'uri' && typeof value === 'string' ? ENTITY_URI.exec(value)?.[1] : undefined;
    if (id) ids.add(id);
  }
  return [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))).slice(0, WIKIDATA_LIMITS.items);
}

/** The entities of a `wbgetentities` answer, by id; missing and malformed ones left out. Throws only on an `error` answer. */
export function entitiesFrom(json: unknown): Map<string, EntityFacts> {
  const out = new Map<string, EntityFacts>();
  if (isRecord(json) && isRecord(json['error'])) throw new Error(`Wikidata refused the request (${cleanLabel(json['error']['code'], 40) ?? 'no code'})`);
  if (!isRecord(json) || !isRecord(json['entities'])) return out;
  for (const [key, raw] of Object.entries(json['entities']).slice(0, WIKIDATA_LIMITS.entities)) {
    if (!ITEM_ID.test(key) || !isRecord(raw) || raw['id'] !== key || 'missing' in raw) continue;
    out.set(key, entityFacts(key, raw));
  }
  return out;
}

function entityFacts(id: string, raw: Record<string, unknown>): EntityFacts {
  const labels: Record<string, string> = {};
  if (isRecord(raw['labels'])) {
    for (const [lang, label] of Object.entries(raw['labels']).slice(0, 20)) {
      const text = isRecord(label) ? cleanLabel(label['value']) : null;
      if (text && WIKI_LANG.test(lang)) labels[lang] = text;
    }
  }
  const claims: EntityFacts['claims'] = {};
  let founded: string | null = null;
  if (isRecord(raw['claims'])) {
    for (const property of OUTLET_PROPERTIES) {
      const statements = currentStatements(raw['claims'][property]);
      if (property === 'P571') founded = statements.map(yearOf).find((year) => year !== null) ?? null;
      else {
        const ids = statements.map(itemOf).filter((v): v is string => v !== null);
        if (ids.length > 0) claims[property] = [...new Set(ids)].slice(0, WIKIDATA_LIMITS.valuesPerProperty);
      }
    }
  }
  const wikipedia: Record<string, string> = {};
  if (isRecord(raw['sitelinks'])) {
    for (const [site, link] of Object.entries(raw['sitelinks']).slice(0, 400)) {
      const lang = /^([a-z]{2,3}(?:_[a-z]{2,8}){0,2})wiki$/.exec(site)?.[1]?.replace(/_/g, '-');
      const title = isRecord(link) ? cleanLabel(link['title'], WIKIDATA_LIMITS.titleChars) : null;
      if (lang && WIKI_LANG.test(lang) && title) wikipedia[lang] = title;
    }
  }
  return { id, labels, claims, founded, wikipedia };
}

/** Statements still true: not deprecated, without an end time (P582); the preferred ones alone when there are any. */
function currentStatements(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  const live = value
    .slice(0, 50)
    .filter(isRecord)
    .filter((s) => s['rank'] !== 'deprecated' && !(isRecord(s['qualifiers']) && 'P582' in s['qualifiers']));
  const preferred = live.filter((s) => s['rank'] === 'preferred');
  return preferred.length > 0 ? preferred : live;
}

function datavalue(statement: Record<string, unknown>): Record<string, unknown> | null {
  const snak = statement['mainsnak'];
  if (!isRecord(snak) || snak['snaktype'] !== 'value' || !isRecord(snak['datavalue'])) return null;
  return snak['datavalue'];
}

function itemOf(statement: Record<string, unknown>): string | null {
  const value = datavalue(statement);
  if (!value || value['type'] !== 'wikibase-entityid' || !isRecord(value['value'])) return null;
  const id = value['value']['id'];
  return typeof id === 'string' && ITEM_ID.test(id) ? id : null;
}

/** "+1821-05-05T00:00:00Z" at precision 9 (year) or finer → "1821". */
function yearOf(statement: Record<string, unknown>): string | null {
  const value = datavalue(statement);
  if (!value || value['type'] !== 'time' || !isRecord(value['value'])) return null;
  const { time, precision } = value['value'];
  if (typeof time !== 'string' || typeof precision !== 'number' || precision < 9) return null;
  const match = /^([+-])0*(\d{1,9})-\d\d-\d\dT/.exec(time);
  if (!match) return null;
  return match[1] === '-' ? `-${match[2]!.padStart(4, '0')}` : match[2]!;
}

/** The label in the first of `langs` the entity has; null when none. */
export function labelIn(entity: Pick<EntityFacts, 'labels'> | undefined, langs: readonly string[]): string | null {
  if (!entity) return null;
  for (const lang of langs) if (entity.labels[lang]) return entity.labels[lang]!;
  return null;
}

/** The Wikipedia article in the first of `langs` that has one, as an address Parallax builds itself. */
export function wikipediaLink(entity: EntityFacts, langs: readonly string[]): { url: string; lang: string; title: string } | null {
  for (const lang of langs) {
    const title = entity.wikipedia[lang];
    if (title) return { url: `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`, lang, title };
  }
  return null;
}

export function isItemId(value: unknown): value is string {
  return typeof value === 'string' && ITEM_ID.test(value);
}
