import { popupText } from './popup-text';

/** Small display helpers for the popup; text only, never markup. The words are in popup-text.ts. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DATE_ONLY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** What one flag's kind of framing is called; an unknown kind is shown as it is. */
export function categoryName(category: string): string {
  return (popupText.categories as Record<string, string>)[category] ?? category;
}

/**
 * When `other` was published relative to `reference` (the article being read): "8 hours
 * earlier", "1 day later"; hours under a day, minutes under an hour. A date without a time
 * of day says only days ("same day"), since its hour would be invented.
 */
export function relativeTime(other: string | null, reference: string | null): string | null {
  if (!other || !reference) return null;
  const a = Date.parse(other);
  const b = Date.parse(reference);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const diff = a - b;
  const earlier = diff < 0;
  const t = popupText.when;
  if (DATE_ONLY_RE.test(other.trim()) || DATE_ONLY_RE.test(reference.trim())) {
    const days = Math.round(Math.abs(Date.parse(other.slice(0, 10)) - Date.parse(reference.slice(0, 10))) / DAY);
    if (!Number.isFinite(days)) return null;
    return days === 0 ? t.sameDay : t.days(days, earlier);
  }
  const abs = Math.abs(diff);
  if (abs < MINUTE) return t.sameTime;
  if (abs < HOUR) return t.minutes(Math.round(abs / MINUTE), earlier);
  const hours = Math.round(abs / HOUR);
  if (hours < 24) return t.hours(hours, earlier);
  return t.days(Math.max(1, Math.round(abs / DAY)), earlier);
}

/** The matcher's time evidence in words: whole days between the two publication times. */
export function timeApart(daysApart: number | null): string | null {
  if (daysApart === null) return null;
  return daysApart === 0 ? popupText.when.withinADay : popupText.when.daysApart(daysApart);
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return popupText.listAnd(items.slice(0, -1).join(', '), items[items.length - 1]!);
}

export function shortDate(iso: string | null): string | null {
  if (!iso) return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  if (!day) return null;
  const date = new Date(`${day}T12:00:00Z`);
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function strengthLabel(score: number): string {
  const t = popupText.accounts;
  return score >= 0.7 ? t.strong : score >= 0.45 ? t.good : t.possible;
}
