/** Small display helpers for the popup; text only, never markup. */

const CATEGORY_NAMES: Record<string, string> = {
  label: 'Label',
  verdict: 'Moral verdict',
  euphemism: 'Euphemism',
  attribution: 'Loaded attribution',
  weasel: 'Unnamed source',
  hyperbole: 'Hyperbole',
  'scare-quote': 'Scare quotes',
  appeal: 'Fear or flag appeal',
};

export function categoryName(category: string): string {
  return CATEGORY_NAMES[category] ?? category;
}

/** "same day", "1 day earlier", "3 days later" relative to the article being read. */
export function relativeDay(other: string | null, reference: string | null): string | null {
  if (!other || !reference) return null;
  const days = Math.round((Date.parse(other) - Date.parse(reference)) / 86_400_000);
  if (!Number.isFinite(days)) return null;
  if (days === 0) return 'same day';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'earlier' : 'later'}`;
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
