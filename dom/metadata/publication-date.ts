import { isoToMillis } from '../../core/text/iso-date';
import { readDateValue } from './date-text';

/**
 * Pages state their publication date in several places (JSON-LD, Open Graph, <time>)
 * and these disagree more often than one would hope. The first valid one in order of
 * trust wins; disagreement and dates in the future are reported, not hidden.
 */

export interface DateCandidate {
  source: string;
  value: string | null | undefined;
}

export interface ChosenDate {
  iso: string | null;
  warnings: string[];
}

const DAY_MS = 86_400_000;

export function choosePublicationDate(candidates: DateCandidate[], now: number): ChosenDate {
  const valid = candidates
    .map((c) => ({ source: c.source, iso: readDateValue(c.value) }))
    .filter((c): c is { source: string; iso: string } => c.iso !== null);
  if (valid.length === 0) return { iso: null, warnings: [] };
  const warnings: string[] = [];
  const notFuture = valid.filter((c) => (isoToMillis(c.iso) ?? 0) <= now + DAY_MS);
  let chosen = valid[0]!;
  if (notFuture.length < valid.length) {
    if (notFuture[0]) {
      warnings.push(`the ${chosen.source} date ${chosen.iso} lies in the future; using the ${notFuture[0].source} date`);
      chosen = notFuture[0];
    } else warnings.push(`the publication date ${chosen.iso} lies in the future`);
  }
  const chosenMs = isoToMillis(chosen.iso) ?? 0;
  const conflict = valid.find((c) => Math.abs((isoToMillis(c.iso) ?? chosenMs) - chosenMs) > 1.5 * DAY_MS && c !== chosen);
  if (conflict) warnings.push(`the page gives conflicting dates (${chosen.source} ${chosen.iso}, ${conflict.source} ${conflict.iso})`);
  return { iso: chosen.iso, warnings };
}
