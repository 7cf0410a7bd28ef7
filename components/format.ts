/** Small display helpers for the popup; text only, never markup. */


export { categoryName } from '../core/category-names';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DATE_ONLY_RE = /^\d{4}-\d{2}-\d{2}$/;

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
  const side = diff < 0 ? 'earlier' : 'later';
  if (DATE_ONLY_RE.test(other.trim()) || DATE_ONLY_RE.test(reference.trim())) {
    const days = Math.round(Math.abs(Date.parse(other.slice(0, 10)) - Date.parse(reference.slice(0, 10))) / DAY);
    if (!Number.isFinite(days)) return null;
    return days === 0 ? 'same day' : `${count(days, 'day')} ${side}`;
  }
  const abs = Math.abs(diff);
  if (abs < MINUTE) return 'at the same time';
  if (abs < HOUR) return `${count(Math.round(abs / MINUTE), 'minute')} ${side}`;
  const hours = Math.round(abs / HOUR);
  if (hours < 24) return `${count(hours, 'hour')} ${side}`;
  return `${count(Math.max(1, Math.round(abs / DAY)), 'day')} ${side}`;
}

/** The matcher's time evidence in words: whole days between the two publication times. */
export function timeApart(daysApart: number | null): string | null {
  if (daysApart === null) return null;
  return daysApart === 0 ? 'published within a day of each other' : `published ${count(daysApart, 'day')} apart`;
}

/** "1 account", "3 accounts". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function shortDate(iso: string | null): string | null {
  if (!iso) return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  if (!day) return null;
  const date = new Date(`${day}T12:00:00Z`);
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function strengthLabel(score: number): string {
  return score >= 0.7 ? 'strong match' : score >= 0.45 ? 'good match' : 'possible match';
}
