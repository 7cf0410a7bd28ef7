import { OWNER_KINDS, type KnownOwnerKind } from './owner-kind';
import type { PolicyLink } from './policies';

/**
 * What Parallax keeps about one outlet, keyed by its site: the registrable domain of its
 * pages by the Public Suffix List (`siteOf` in core/identity/outlet-site.ts), so
 * "news.example.co.uk" and "www.example.co.uk" are one outlet and "a.github.io" and
 * "b.github.io" are two. Three sources, each said apart in the popup: what the outlet
 * declares on its pages (policies), what Wikidata says (only when the reader turned
 * lookups on), and what the reader wrote, which wins over Wikidata.
 */

/** An entity Wikidata names, with its label as text (the id when it has no label in the reader's language or English). */
export interface WikidataFact {
  id: string;
  label: string;
}

/** An owner or parent organisation, up the chain from the outlet. */
export interface OwnerLink extends WikidataFact {
  relation: 'owner' | 'parent';
  /** 1 for the outlet's own owner or parent, 2 for theirs, and so on. */
  depth: number;
  /** The item whose statement this is (the outlet's, or an owner's further up). */
  statedBy: string;
}

export interface WikidataProfile {
  /** The outlet's item ("Q1234"); its page is the source of every fact here. */
  item: string;
  label: string | null;
  /** When these facts were read, ms since the epoch. */
  readAt: number;
  kinds: WikidataFact[];
  countries: WikidataFact[];
  owners: OwnerLink[];
  /** The year it was founded, as Wikidata gives it ("1821"; "-0044" is 45 BC). */
  founded: string | null;
  languages: WikidataFact[];
  wikipedia: { url: string; lang: string; title: string } | null;
}

/**
 * Where the lookup stands. `unknown`: Wikidata has no item with this site as its official
 * website. The failures wait until `retryAt` (a rate limit's Retry-After, else a backoff).
 */
export type LookupState =
  | { status: 'never' }
  | { status: 'found'; at: number }
  | { status: 'unknown'; at: number }
  | { status: LookupFailureStatus; at: number; retryAt: number; failures: number };

export type LookupFailureStatus = 'offline' | 'timeout' | 'rate-limited' | 'failed';

/** The reader's own corrections and note; each field, when set, is shown instead of Wikidata's. */
export interface ReaderNotes {
  kind: string | null;
  country: string | null;
  owner: string | null;
  founded: string | null;
  note: string | null;
  /** The kind of owner, chosen from a list (core/outlet/owner-kind.ts); absent in notes kept before it existed. */
  ownerKind?: KnownOwnerKind | null;
  at: number;
}

export const READER_FIELDS = ['kind', 'country', 'owner', 'founded', 'note'] as const;
export type ReaderField = (typeof READER_FIELDS)[number];

export const PROFILE_LIMITS = { fieldChars: 200, noteChars: 2_000, siteChars: 253 } as const;

export interface OutletProfile {
  site: string;
  policies: PolicyLink[];
  /** The page the policies were last read from, and when. */
  policiesFrom: string | null;
  policiesAt: number | null;
  wikidata: WikidataProfile | null;
  lookup: LookupState;
  reader: ReaderNotes | null;
  firstSeen: number;
}

export function emptyProfile(site: string, now: number): OutletProfile {
  return { site, policies: [], policiesFrom: null, policiesAt: null, wikidata: null, lookup: { status: 'never' }, reader: null, firstSeen: now };
}

/** Days after which a profile found (or found missing) on Wikidata is looked up again. */
export const LOOKUP_REFRESH_MS = 30 * 24 * 3_600_000;

/** Whether the profile should be looked up now: never looked up, read 30 days ago or more, or a failure whose wait is over. */
export function lookupDue(lookup: LookupState, now: number): boolean {
  switch (lookup.status) {
    case 'never':
      return true;
    case 'found':
    case 'unknown':
      return now - lookup.at >= LOOKUP_REFRESH_MS;
    default:
      return now >= lookup.retryAt;
  }
}

/** The reader's words from a message: text only, one line each but the note, bounded; an empty field clears it. */
export function parseReaderNotes(value: unknown, now: number): ReaderNotes | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the note must be an object';
  const record = value as Record<string, unknown>;
  const notes: ReaderNotes = { kind: null, country: null, owner: null, founded: null, note: null, at: now };
  for (const field of READER_FIELDS) {
    const raw = record[field];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string') return `${field} must be text`;
    const limit = field === 'note' ? PROFILE_LIMITS.noteChars : PROFILE_LIMITS.fieldChars;
    if (raw.length > limit) return `${field} takes at most ${limit} characters`;
    const text = (field === 'note' ? raw.replace(/[^\S\n]+/g, ' ') : raw.replace(/\s+/g, ' ')).replace(CONTROL, '').trim();
    notes[field] = text || null;
  }
  const ownerKind = record['ownerKind'];
  if (ownerKind !== undefined && ownerKind !== null && ownerKind !== '') {
    if (!OWNER_KINDS.includes(ownerKind as KnownOwnerKind) || ownerKind === 'unknown') return `ownerKind must be one of ${OWNER_KINDS.filter((k) => k !== 'unknown').join(', ')}`;
    notes.ownerKind = ownerKind as KnownOwnerKind;
  }
  return notes;
}

// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/** Whether the reader has written anything. */
export function hasReaderWords(notes: ReaderNotes | null): boolean {
  return notes !== null && (READER_FIELDS.some((field) => notes[field] !== null) || Boolean(notes.ownerKind));
}
