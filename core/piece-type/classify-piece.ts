import { cutText } from '../text/cut-text';
import { kindOfAddress, newsFolder } from './address-signals';
import { kindOfBylineForm } from './byline-forms';
import { columnistOfHeadline } from './columnist-headline';
import { MAX_EVIDENCE_CHARS, MAX_PIECE_REASONS, type PieceKind, type PieceReason, type PieceReasonId, type PieceType } from './piece-kind';
import { kindOfLabel } from './piece-labels';
import { schemaKind, schemaTypeName } from './schema-kinds';
import { kindOfTitle } from './title-labels';

/**
 * Decides what kind of piece an article is from signals the page gives about itself
 * (read by dom/metadata/piece-signals.ts), DOM-free so the CLI and tests run it on plain data.
 *
 * Evidence is ranked by trust: a schema.org type (3) over the outlet's own labels
 * (section fields, a label by the headline, breadcrumbs, byline forms, a labelled
 * headline, a single-kind host: 2) over a folder of the address (1). The most trusted
 * tier that names a kind decides; within a tier, sponsorship wins, then satire, press
 * release, opinion and the rest (a paid post that is also labelled "Opinion" is an ad).
 * With no such evidence, a page typed or filed as news is a `report`; a page that
 * says nothing at all is `unknown`, and the interface shows no kind for it.
 */

export interface PieceSignals {
  /** schema.org types of the article (JSON-LD `@type`, microdata `itemtype`), any case. */
  schemaTypes: readonly string[];
  /** JSON-LD `genre` and `articleSection` of the article. */
  schemaGenres: readonly string[];
  /** `article:section` and the like from meta tags. */
  metaSections: readonly string[];
  /** Short labels shown next to the headline (kicker, eyebrow, rubric). */
  labels: readonly string[];
  breadcrumbs: readonly string[];
  /** Byline and standfirst lines near the headline. */
  bylines: readonly string[];
  title: string | null;
  url: string | null;
  /** A meta tag declares the piece an opinion (`article:opinion` = true). */
  opinionFlag?: boolean;
}

type OtherKind = Exclude<PieceKind, 'report' | 'unknown'>;

interface Evidence {
  kind: OtherKind;
  tier: number;
  reason: PieceReason;
}

const KIND_PRIORITY: OtherKind[] = ['sponsored', 'satire', 'press-release', 'opinion', 'review', 'interview', 'liveblog', 'analysis'];

export function classifyPiece(signals: PieceSignals): PieceType {
  const evidence = collectEvidence(signals);
  const top = Math.max(0, ...evidence.map((e) => e.tier));
  const best = evidence.filter((e) => e.tier === top);
  const kind = KIND_PRIORITY.find((k) => best.some((e) => e.kind === k));
  const reportType = signals.schemaTypes.map((t) => t.toLowerCase()).find((t) => t === 'reportagenewsarticle');
  // A publisher's explicit "this is reportage" outranks a label that only tier 2 or 1 gave.
  if (reportType && top < 3) return { kind: 'report', reasons: [reason('schema-type', 'ReportageNewsArticle')] };
  if (kind) {
    const reasons = evidence.filter((e) => e.kind === kind).sort((a, b) => b.tier - a.tier).map((e) => e.reason);
    return { kind, reasons: dedupe(reasons).slice(0, MAX_PIECE_REASONS) };
  }
  return reportOrUnknown(signals);
}

function collectEvidence(s: PieceSignals): Evidence[] {
  const out: Evidence[] = [];
  const add = (kind: OtherKind | undefined, tier: number, id: PieceReasonId, text: string) => {
    if (kind) out.push({ kind, tier, reason: reason(id, text) });
  };
  for (const type of s.schemaTypes) add(schemaKind(type), 3, 'schema-type', schemaTypeName(type));
  for (const genre of s.schemaGenres) add(kindOfLabel(genre)?.kind, 2, 'schema-genre', genre);
  for (const section of s.metaSections) add(kindOfLabel(section)?.kind, 2, 'meta-section', section);
  if (s.opinionFlag) add('opinion', 2, 'meta-section', 'article:opinion');
  for (const label of s.labels) add(kindOfLabel(label, true)?.kind, 2, 'page-label', label);
  for (const crumb of s.breadcrumbs) add(kindOfLabel(crumb)?.kind, 2, 'breadcrumb', crumb);
  for (const line of s.bylines) add(kindOfBylineForm(line)?.kind, 2, 'byline-form', line);
  const title = s.title ? kindOfTitle(s.title) : null;
  if (title) add(title.kind, 2, 'title-label', title.label);
  const columnist = columnistOfHeadline(s.title, s.bylines);
  if (columnist) add('opinion', 2, 'title-label', columnist);
  const address = kindOfAddress(s.url);
  if (address) add(address.kind, address.from === 'address-host' ? 2 : 1, address.from, address.evidence);
  return out;
}

const NEWS_TYPES = new Set(['newsarticle', 'reportagenewsarticle']);

function reportOrUnknown(s: PieceSignals): PieceType {
  const reasons: PieceReason[] = [];
  const type = s.schemaTypes.find((t) => NEWS_TYPES.has(t.toLowerCase()));
  if (type) reasons.push(reason('news-type', schemaTypeName(type)));
  const section = [...s.schemaGenres, ...s.metaSections].find(isNewsDesk);
  if (section) reasons.push(reason('news-section', section));
  const folder = newsFolder(s.url);
  if (folder && !section) reasons.push(reason('news-section', folder));
  return reasons.length > 0 ? { kind: 'report', reasons: reasons.slice(0, MAX_PIECE_REASONS) } : { kind: 'unknown', reasons: [] };
}

/** Desks that file recipes, guides and games rather than news; and CMS placeholders. */
const NOT_NEWS_DESKS = /^(food|food & drink|recipes?|cooking|travel|shopping|deals|style|fashion|games?|puzzles?|crosswords?|horoscopes?|lifestyle|nil|null|none|undefined|front-page|home)$/i;

function isNewsDesk(section: string): boolean {
  const name = section.trim();
  return name.length > 0 && !NOT_NEWS_DESKS.test(name);
}

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** Evidence is shown in the popup: one line of plain text, bounded, whatever field it came from. */
function reason(id: PieceReasonId, evidence: string): PieceReason {
  return { id, evidence: cutText(evidence.replace(SPACE_OR_CONTROL, ' ').trim(), MAX_EVIDENCE_CHARS).trim() };
}

function dedupe(reasons: PieceReason[]): PieceReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.id}\u0000${r.evidence.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
