import { outletIdFor } from '../feeds/outlet';
import { httpUrl, isObject } from '../protocol/validate';

/**
 * The starter set: outlets a new reader can follow in one step, shipped as data
 * (starter-set.json) and checked here before anything shows it. The schema is in the
 * README ("The starter set"). No entry names a feed: feeds are found by discovery when
 * the reader follows, so nothing about a site is guessed at build time.
 */

export const STARTER_REGIONS = [
  'north-america',
  'latin-america',
  'europe',
  'ukraine-russia',
  'middle-east',
  'africa',
  'south-asia',
  'east-asia',
] as const;
export type StarterRegion = (typeof STARTER_REGIONS)[number];

export const STARTER_KINDS = ['wire', 'public-broadcaster', 'private', 'independent', 'state-controlled'] as const;
export type StarterKind = (typeof STARTER_KINDS)[number];

/** Where an entry's kind comes from: the EBU's list of members, a Wikipedia article, the outlet's own about page. */
export const KIND_SOURCES = ['ebu-members', 'wikipedia', 'about-page'] as const;
export type KindSourceName = (typeof KIND_SOURCES)[number];

export interface StarterOutlet {
  /** Short and stable: lower-case letters, digits and hyphens. */
  id: string;
  name: string;
  /** The outlet's home page (http(s)); discovery starts here. */
  site: string;
  /** ISO 3166-1 alpha-2, upper case: where the outlet is based. */
  country: string;
  /** ISO 639-1, lower case: the language of the edition at `site`. */
  language: string;
  region: StarterRegion;
  kind: StarterKind;
  kindSource: { name: KindSourceName; url: string };
}

export interface StarterSet {
  outlets: StarterOutlet[];
  /** One line per entry left out, saying why (for tests and the build; the reader never sees a bad entry). */
  problems: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2}$/;
const MAX_NAME = 100;

/** Validates the set: entries that break the schema, or repeat an id or a site, are left out and named. */
export function parseStarterSet(value: unknown): StarterSet {
  const problems: string[] = [];
  if (!isObject(value) || value['version'] !== 1 || !Array.isArray(value['outlets'])) {
    return { outlets: [], problems: ['the starter set must be {"version": 1, "outlets": [...]}'] };
  }
  const outlets: StarterOutlet[] = [];
  const ids = new Set<string>();
  const sites = new Set<string>();
  value['outlets'].forEach((entry, index) => {
    const outlet = parseStarterOutlet(entry);
    if (typeof outlet === 'string') return problems.push(`entry ${index}: ${outlet}`);
    if (ids.has(outlet.id)) return problems.push(`entry ${index}: the id "${outlet.id}" is used twice`);
    // One followed outlet per entry: two addresses the reader would follow as one outlet are one entry.
    const followId = outletIdFor(outlet.site) ?? outlet.site;
    if (sites.has(followId)) return problems.push(`entry ${index}: the site ${outlet.site} is listed twice`);
    ids.add(outlet.id);
    sites.add(followId);
    outlets.push(outlet);
  });
  return { outlets, problems };
}

/** One entry, or the reason it is refused. */
export function parseStarterOutlet(value: unknown): StarterOutlet | string {
  if (!isObject(value)) return 'not an object';
  const { id, name, country, language, region, kind, kindSource } = value;
  if (typeof id !== 'string' || !ID.test(id) || id.length > 60) return 'id must be lower-case words joined by hyphens';
  if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME) return `name must be text of 1 to ${MAX_NAME} characters`;
  const site = httpUrl(value['site']);
  if (!site) return 'site must be an http(s) address';
  if (typeof country !== 'string' || !COUNTRY.test(country)) return 'country must be an ISO 3166-1 alpha-2 code (upper case)';
  if (typeof language !== 'string' || !LANGUAGE.test(language)) return 'language must be an ISO 639-1 code (lower case)';
  if (!oneOf(STARTER_REGIONS, region)) return `region must be one of ${STARTER_REGIONS.join(', ')}`;
  if (!oneOf(STARTER_KINDS, kind)) return `kind must be one of ${STARTER_KINDS.join(', ')}`;
  if (!isObject(kindSource) || !oneOf(KIND_SOURCES, kindSource['name'])) return `kindSource.name must be one of ${KIND_SOURCES.join(', ')}`;
  const sourceUrl = httpUrl(kindSource['url']);
  if (!sourceUrl || !sourceUrl.startsWith('https://')) return 'kindSource.url must be an https address';
  return { id, name: name.trim(), site, country, language, region, kind, kindSource: { name: kindSource['name'], url: sourceUrl } };
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}
