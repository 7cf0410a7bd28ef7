import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryItem, LibrarySearch } from '../../core/protocol/library-messages';
import { searchLibrary } from './library-client';

export type Filters = Omit<LibrarySearch, 'offset' | 'limit'>;

export const NO_FILTERS: Filters = { query: '', outlet: null, from: null, to: null };
export const PAGE_SIZE = 50;

export function isFiltered(filters: Filters): boolean {
  return filters.query.trim() !== '' || filters.outlet !== null || filters.from !== null || filters.to !== null;
}
/** Typing pauses this long before the search runs. */
const DEBOUNCE_MS = 250;

export interface LibraryResults {
  items: LibraryItem[];
  hasMore: boolean;
  scanLimited: boolean;
  libraryCount: number | null;
  loading: boolean;
  error: string | null;
}

const EMPTY: LibraryResults = { items: [], hasMore: false, scanLimited: false, libraryCount: null, loading: true, error: null };

/**
 * Searches the library as the filters change (debounced), pages on with `more`, and
 * `reload` runs the current search again from the top. An answer that arrives after a
 * newer search started is dropped.
 */
export function useLibrarySearch(filters: Filters) {
  const [results, setResults] = useState<LibraryResults>(EMPTY);
  const generation = useRef(0);

  const run = useCallback(async (search: Filters, offset: number) => {
    const mine = ++generation.current;
    setResults((r) => ({ ...r, loading: true }));
    const answer = await searchLibrary({ ...search, offset, limit: PAGE_SIZE });
    if (mine !== generation.current) return;
    if (!answer.ok) {
      setResults((r) => ({ ...r, loading: false, error: answer.error }));
      return;
    }
    setResults((r) => ({
      items: offset === 0 ? answer.items : [...r.items, ...answer.items],
      hasMore: answer.hasMore,
      scanLimited: answer.scanLimited,
      libraryCount: answer.libraryCount,
      loading: false,
      error: null,
    }));
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void run(filters, 0), filters.query === '' ? 0 : DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [filters, run]);

  return {
    results,
    more: () => void run(filters, results.items.length),
    reload: () => run(filters, 0),
  };
}
