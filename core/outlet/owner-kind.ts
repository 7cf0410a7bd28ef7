import type { StarterKind, StarterOutlet } from '../starter/starter-outlet';
import type { OutletProfile, WikidataFact } from './outlet-profile';

/**
 * Who owns an outlet, in five words a reader can check: public (a public broadcaster),
 * state-controlled, private, independent (non-profit, cooperative, foundation) or unknown.
 * It is derived, most trusted first, from the reader's own correction (which wins and
 * says so), the starter set's kind (each entry cites its source), Wikidata's "instance of"
 * of the outlet, and its owner chain. Every answer carries the facts it rests on, and
 * "unknown" is said plainly rather than guessed: a kind of outlet such as "newspaper"
 * or a wire service says nothing about its owner.
 */

export const OWNER_KINDS = ['public', 'state-controlled', 'private', 'independent', 'unknown'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];
/** What a reader may set; "unknown" is what no correction means. */
export type KnownOwnerKind = Exclude<OwnerKind, 'unknown'>;

export type OwnerKindReason =
  | { source: 'reader' }
  | { source: 'starter-set'; outlet: string; starterKind: StarterKind; cited: StarterOutlet['kindSource'] }
  | { source: 'wikidata-kind'; item: string; fact: WikidataFact }
  /** An owner or parent up the chain, and the form that tells: a government (or the country itself), a company, a non-profit. */
  | { source: 'wikidata-owner'; item: string; fact: WikidataFact; depth: number; form: OwnerForm };

export type OwnerForm = 'government' | 'company' | 'non-profit';

export interface OwnerKindAnswer {
  kind: OwnerKind;
  /** The facts the kind rests on; for "unknown", none. */
  reasons: OwnerKindReason[];
}

const FROM_STARTER: Record<StarterKind, KnownOwnerKind | null> = {
  'public-broadcaster': 'public',
  'state-controlled': 'state-controlled',
  private: 'private',
  independent: 'independent',
  // A wire service may be a cooperative, a company or a state agency: the kind does not say.
  wire: null,
};

/**
 * Wikidata classes whose instances say who owns them, by item id and by English label
 * (labels are kept in the reader's language, else English: an id always counts).
 */
const KIND_BY_ID: Record<string, KnownOwnerKind> = {
  Q1126006: 'public', // public broadcaster
  Q270791: 'state-controlled', // state-owned enterprise
  Q327333: 'state-controlled', // government agency
  Q163740: 'independent', // nonprofit organization
  Q4539: 'independent', // cooperative
  Q157031: 'independent', // foundation
  Q4830453: 'private', // business
  Q783794: 'private', // company
  Q891723: 'private', // public company (traded on a stock exchange: privately owned)
  Q134161: 'private', // joint-stock company
  Q6881511: 'private', // enterprise
  Q219577: 'private', // holding company
};

const KIND_BY_LABEL: Record<string, KnownOwnerKind> = {
  'public broadcaster': 'public',
  'public broadcasting': 'public',
  'public service broadcaster': 'public',
  'state media': 'state-controlled',
  'state-owned media': 'state-controlled',
  'state-controlled media': 'state-controlled',
  'state broadcaster': 'state-controlled',
  'state news agency': 'state-controlled',
  'state-owned enterprise': 'state-controlled',
  'government agency': 'state-controlled',
  'nonprofit organization': 'independent',
  'non-profit organization': 'independent',
  'nonprofit organisation': 'independent',
  'non-profit organisation': 'independent',
  'nonprofit news organization': 'independent',
  'charitable organization': 'independent',
  cooperative: 'independent',
  foundation: 'independent',
  business: 'private',
  company: 'private',
  'public company': 'private',
  'privately held company': 'private',
  'joint-stock company': 'private',
  enterprise: 'private',
  'holding company': 'private',
  'media company': 'private',
};

/** When the outlet's classes disagree, the one that says most about control wins. */
const PRECEDENCE: readonly KnownOwnerKind[] = ['state-controlled', 'public', 'independent', 'private'];

// Owners' names: only forms that say what the owner is. "Trust" is left out: a family trust and the Scott Trust differ.
// Word edges by letters of any script: \b knows only ASCII.
const words = (list: string, end = '') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list})(?![\\p{L}\\p{N}])${end}`, 'iu');
const GOVERNMENT = words('government|ministry|ministère|ministerio|ministerium|министерство|міністерство|cabinet office|state council|presidential administration|council of ministers');
const NON_PROFIT = words('foundation|stiftung|fondation|fundación|fundação|fondazione|fundacja|non-?profit');
// A company's legal form ends its name: "Ledger Media Group", "Axel Springer SE", "Schibsted ASA".
const COMPANY = words('inc|incorporated|ltd|limited|llc|plc|gmbh|ag|se|s\\.a|sa|s\\.p\\.a|spa|as|asa|ab|oy|n\\.v|nv|b\\.v|bv|corp|corporation|company|holdings?|group', '\\.?$');

/** The starter set's entry for a site: one whose home page is on that site (the site is a registrable domain). */
export function starterOutletFor(site: string, starter: readonly StarterOutlet[]): StarterOutlet | undefined {
  return starter.find((outlet) => {
    const host = hostOf(outlet.site);
    return host === site || host.endsWith(`.${site}`);
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function ownerKind(profile: OutletProfile, starter: readonly StarterOutlet[]): OwnerKindAnswer {
  const fromReader = profile.reader?.ownerKind;
  if (fromReader) return { kind: fromReader, reasons: [{ source: 'reader' }] };
  const entry = starterOutletFor(profile.site, starter);
  const starterKind = entry ? FROM_STARTER[entry.kind] : null;
  if (entry && starterKind) return { kind: starterKind, reasons: [{ source: 'starter-set', outlet: entry.name, starterKind: entry.kind, cited: entry.kindSource }] };
  return fromWikidata(profile) ?? { kind: 'unknown', reasons: [] };
}

function fromWikidata(profile: OutletProfile): OwnerKindAnswer | null {
  const wikidata = profile.wikidata;
  if (!wikidata) return null;
  const classed = wikidata.kinds
    .map((fact) => ({ fact, kind: KIND_BY_ID[fact.id] ?? KIND_BY_LABEL[fact.label.toLowerCase()] }))
    .filter((c): c is { fact: WikidataFact; kind: KnownOwnerKind } => c.kind !== undefined);
  const kind = PRECEDENCE.find((k) => classed.some((c) => c.kind === k));
  if (kind) return { kind, reasons: classed.filter((c) => c.kind === kind).map((c) => ({ source: 'wikidata-kind', item: wikidata.item, fact: c.fact })) };
  const countries = new Set(wikidata.countries.map((c) => c.id));
  const owners = wikidata.owners.map((owner) => ({ owner, form: formOf(owner, countries) })).filter((o): o is { owner: (typeof wikidata.owners)[number]; form: OwnerForm } => o.form !== null);
  const reason = (o: (typeof owners)[number]): OwnerKindReason => ({ source: 'wikidata-owner', item: o.owner.statedBy, fact: { id: o.owner.id, label: o.owner.label }, depth: o.owner.depth, form: o.form });
  // A government anywhere up the chain controls what is below it.
  const government = owners.filter((o) => o.form === 'government');
  if (government.length > 0) return { kind: 'state-controlled', reasons: government.map(reason) };
  // Else the nearest owner whose name tells its form.
  const nearest = owners.sort((a, b) => a.owner.depth - b.owner.depth)[0];
  if (!nearest) return null;
  return { kind: nearest.form === 'company' ? 'private' : 'independent', reasons: [reason(nearest)] };
}

function formOf(owner: WikidataFact, countries: ReadonlySet<string>): OwnerForm | null {
  // An outlet owned by its own country (an item such as "Norway") is owned by that state.
  if (countries.has(owner.id) || GOVERNMENT.test(owner.label)) return 'government';
  if (NON_PROFIT.test(owner.label)) return 'non-profit';
  if (COMPANY.test(owner.label.trim())) return 'company';
  return null;
}
