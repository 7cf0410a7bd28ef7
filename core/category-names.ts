import type { FlagCategory } from './article';

/** What each flag category is called where one flag is shown (the popup, the flag card). */
export const CATEGORY_NAMES: Readonly<Record<FlagCategory, string>> = {
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
  return (CATEGORY_NAMES as Record<string, string>)[category] ?? category;
}
