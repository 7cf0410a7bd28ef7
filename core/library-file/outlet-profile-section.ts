import {
  PROFILE_LIMITS,
  READER_FIELDS,
  type LookupState,
  type OutletProfile,
  type OwnerLink,
  type ReaderNotes,
  type WikidataFact,
  type WikidataProfile,
} from '../outlet/outlet-profile';
import { POLICY_KINDS, POLICY_LIMITS, type PolicyLink } from '../outlet/policies';

/**
 * The outlet profiles in a library file (from version 2): what the reader wrote about each
 * outlet, the policies its pages declared, and the Wikidata facts kept, one entry per
 * site as db/outlet-db.ts stores it. A file is hostile input like a page: every profile
 * is checked field by field and bounded as Parallax itself bounds them, and one that does
 * not check out refuses the section whole, saying which and why, before anything is
 * written.
 */

export const PROFILE_SECTION_LIMITS = {
  /** Profiles in a file: the most the outlet database reads back (db/outlet-db.ts MAX_PROFILES). */
  profiles: 5_000,
  /** Entries in one of a Wikidata profile's lists (kinds, countries, owners, languages). */
  facts: 50,
  labelChars: PROFILE_LIMITS.fieldChars,
  urlChars: POLICY_LIMITS.urlChars,
} as const;

const SITE = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;
const ITEM = /^Q\d{1,12}$/;
const YEAR = /^-?\d{1,6}$/;
const LOOKUP_FAILURES: ReadonlySet<unknown> = new Set(['offline', 'timeout', 'rate-limited', 'failed']);
/** Latest time a JavaScript Date can hold, in ms. */
const MAX_TIME = 8.64e15;

/** Checks a file's `profiles` list; returns the profiles, or what is wrong and where. */
export function parseProfileSection(value: unknown): OutletProfile[] | string {
  if (!Array.isArray(value)) return '"profiles" must be a list';
  if (value.length > PROFILE_SECTION_LIMITS.profiles) {
    return `it holds ${value.length.toLocaleString('en')} outlet profiles; at most ${PROFILE_SECTION_LIMITS.profiles.toLocaleString('en')} are read`;
  }
  const profiles: OutletProfile[] = [];
  const sites = new Set<string>();
  for (const [i, raw] of value.entries()) {
    const profile = parseProfile(raw);
    const site = isObject(raw) && typeof raw['site'] === 'string' ? ` (${raw['site'].slice(0, 60)})` : '';
    if (typeof profile === 'string') return `outlet profile ${i + 1}${site}: ${profile}`;
    if (sites.has(profile.site)) return `outlet profile ${i + 1}${site}: the site appears more than once`;
    sites.add(profile.site);
    profiles.push(profile);
  }
  return profiles;
}

function parseProfile(value: unknown): OutletProfile | string {
  if (!isObject(value)) return 'must be an object';
  const { site, policiesFrom, policiesAt, firstSeen } = value;
  if (typeof site !== 'string' || site.length > PROFILE_LIMITS.siteChars || !SITE.test(site)) return '"site" must be a lower-case host name';
  if (!isTime(firstSeen)) return '"firstSeen" must be a time in milliseconds since 1970';
  const from = policiesFrom === null ? null : httpUrl(policiesFrom);
  if (policiesFrom !== null && from === null) return '"policiesFrom" must be an http(s) address or null';
  if (policiesAt !== null && !isTime(policiesAt)) return '"policiesAt" must be a time or null';
  const policies = listOf(value['policies'], POLICY_LIMITS.links, parsePolicy);
  if (typeof policies === 'string') return `"policies": ${policies}`;
  const wikidata = value['wikidata'] === null ? null : parseWikidata(value['wikidata']);
  if (typeof wikidata === 'string') return `"wikidata": ${wikidata}`;
  const lookup = parseLookup(value['lookup']);
  if (typeof lookup === 'string') return `"lookup": ${lookup}`;
  const reader = value['reader'] === null ? null : parseReader(value['reader']);
  if (typeof reader === 'string') return `"reader": ${reader}`;
  return { site, policies, policiesFrom: from, policiesAt: policiesAt as number | null, wikidata, lookup, reader, firstSeen };
}

function parsePolicy(value: unknown): PolicyLink | string {
  if (!isObject(value)) return 'must be an object';
  const { kind, url } = value;
  if (!(POLICY_KINDS as readonly unknown[]).includes(kind)) return '"kind" is not a policy Parallax knows';
  const address = httpUrl(url);
  if (address === null) return '"url" must be an http(s) address';
  return { kind: kind as PolicyLink['kind'], url: address };
}

function parseWikidata(value: unknown): WikidataProfile | string {
  if (!isObject(value)) return 'must be an object or null';
  const { item, label, readAt, founded, wikipedia } = value;
  if (typeof item !== 'string' || !ITEM.test(item)) return '"item" must be a Wikidata item such as Q1234';
  if (label !== null && !isLabel(label)) return `"label" must be text of at most ${PROFILE_SECTION_LIMITS.labelChars} characters or null`;
  if (!isTime(readAt)) return '"readAt" must be a time';
  if (founded !== null && (typeof founded !== 'string' || !YEAR.test(founded))) return '"founded" must be a year or null';
  const lists: Partial<Record<'kinds' | 'countries' | 'languages', WikidataFact[]>> = {};
  for (const name of ['kinds', 'countries', 'languages'] as const) {
    const facts = listOf(value[name], PROFILE_SECTION_LIMITS.facts, parseFact);
    if (typeof facts === 'string') return `"${name}": ${facts}`;
    lists[name] = facts;
  }
  const owners = listOf(value['owners'], PROFILE_SECTION_LIMITS.facts, parseOwner);
  if (typeof owners === 'string') return `"owners": ${owners}`;
  let article: WikidataProfile['wikipedia'] = null;
  if (wikipedia !== null) {
    if (!isObject(wikipedia)) return '"wikipedia" must be an object or null';
    const url = httpUrl(wikipedia['url']);
    const { lang, title } = wikipedia;
    if (url === null || typeof lang !== 'string' || lang.length > 20 || !isLabel(title)) return '"wikipedia" needs an http(s) "url", a "lang" and a "title"';
    article = { url, lang, title };
  }
  return { item, label, readAt, kinds: lists.kinds!, countries: lists.countries!, owners, founded, languages: lists.languages!, wikipedia: article };
}

function parseFact(value: unknown): WikidataFact | string {
  if (!isObject(value)) return 'must be an object';
  const { id, label } = value;
  if (typeof id !== 'string' || !ITEM.test(id)) return '"id" must be a Wikidata item';
  if (!isLabel(label)) return `"label" must be text of at most ${PROFILE_SECTION_LIMITS.labelChars} characters`;
  return { id, label };
}

function parseOwner(value: unknown): OwnerLink | string {
  const fact = parseFact(value);
  if (typeof fact === 'string') return fact;
  const { relation, depth, statedBy } = value as Record<string, unknown>;
  if (relation !== 'owner' && relation !== 'parent') return '"relation" must be "owner" or "parent"';
  if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1 || depth > PROFILE_SECTION_LIMITS.facts) return '"depth" must be a whole number from 1';
  if (typeof statedBy !== 'string' || !ITEM.test(statedBy)) return '"statedBy" must be a Wikidata item';
  return { ...fact, relation, depth, statedBy };
}

function parseLookup(value: unknown): LookupState | string {
  if (!isObject(value)) return 'must be an object';
  const { status, at, retryAt, failures } = value;
  if (status === 'never') return { status };
  if (!isTime(at)) return '"at" must be a time';
  if (status === 'found' || status === 'unknown') return { status, at };
  if (!LOOKUP_FAILURES.has(status)) return '"status" is not a state Parallax knows';
  if (!isTime(retryAt)) return '"retryAt" must be a time';
  if (typeof failures !== 'number' || !Number.isInteger(failures) || failures < 0 || failures > 1_000) return '"failures" must be a whole number';
  return { status: status as Extract<LookupState, { retryAt: number }>['status'], at, retryAt, failures };
}

/** The reader's words, bounded as the outlet form bounds them; unlike a message, too long is refused rather than clipped. */
function parseReader(value: unknown): ReaderNotes | string {
  if (!isObject(value)) return 'must be an object or null';
  if (!isTime(value['at'])) return '"at" must be a time';
  const notes: ReaderNotes = { kind: null, country: null, owner: null, founded: null, note: null, at: value['at'] };
  for (const field of READER_FIELDS) {
    const text = value[field];
    if (text === null) continue;
    const limit = field === 'note' ? PROFILE_LIMITS.noteChars : PROFILE_LIMITS.fieldChars;
    if (typeof text !== 'string' || text.length > limit) return `"${field}" must be text of at most ${limit} characters or null`;
    notes[field] = text;
  }
  return notes;
}

function listOf<T>(value: unknown, max: number, parse: (item: unknown) => T | string): T[] | string {
  if (!Array.isArray(value)) return 'must be a list';
  if (value.length > max) return `holds more than ${max} entries`;
  const items: T[] = [];
  for (const [i, raw] of value.entries()) {
    const item = parse(raw);
    if (typeof item === 'string') return `[${i}]: ${item}`;
    items.push(item);
  }
  return items;
}

function isLabel(value: unknown): value is string {
  return typeof value === 'string' && value.length <= PROFILE_SECTION_LIMITS.labelChars;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME;
}

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > PROFILE_SECTION_LIMITS.urlChars) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
