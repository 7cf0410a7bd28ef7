import lexiconFile from '../../assets/lexicon.json';
import { FLAG_CATEGORIES, type FlagCategory } from '../../core/protocol/article';
import { phraseKey } from '../../core/framing';

/** The builtin lexicon as the options page lists it: by category, in the file's order. */

export interface BrowseEntry {
  id: string;
  phrase: string;
  category: FlagCategory;
  explanation: string;
  neutral: string[];
  /** How mutes compare it (see `phraseKey`). */
  key: string;
  /** Lower-cased phrase, variants, explanation and neutral wordings, for the filter box. */
  haystack: string;
}

export interface BrowseGroup {
  category: FlagCategory;
  entries: BrowseEntry[];
}

let groups: BrowseGroup[] | null = null;

/** Built on first use, not at import time. */
export function builtinGroups(): BrowseGroup[] {
  groups ??= FLAG_CATEGORIES.map((category) => ({
    category,
    entries: lexiconFile.entries
      .filter((entry) => entry.category === category)
      .map((entry) => ({
        id: entry.id,
        phrase: entry.phrase,
        category,
        explanation: entry.explanation,
        neutral: entry.neutral,
        key: phraseKey(entry.phrase),
        haystack: [entry.phrase, ...('variants' in entry && Array.isArray(entry.variants) ? entry.variants : []), entry.explanation, ...entry.neutral]
          .join('\n')
          .toLowerCase(),
      })),
  }));
  return groups;
}

/** The groups with only the entries whose text holds every word of `filter`; empty groups dropped when filtering. */
export function filterGroups(all: readonly BrowseGroup[], filter: string): BrowseGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...all];
  return all
    .map((group) => ({ ...group, entries: group.entries.filter((e) => words.every((w) => e.haystack.includes(w))) }))
    .filter((group) => group.entries.length > 0);
}
