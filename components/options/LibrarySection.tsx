import { useCallback, useEffect, useState } from 'preact/hooks';
import { deleteArticles, listOutlets } from './library-client';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import { SpaceNotice } from './SpaceNotice';
import { formatBytes, uiText } from './ui-text';
import { isFiltered, NO_FILTERS, useLibrarySearch, type Filters } from './use-library-search';

/** The reader's library: how big it is, search and filters, and deleting articles. */
export function LibrarySection() {
  const t = uiText.library;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const { results, more, reload } = useLibrarySearch(filters);
  const [outlets, setOutlets] = useState<Array<{ name: string; count: number }>>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [usage, setUsage] = useState<number | null>(null);
  const [deleting, setDeleting] = useState(false);

  const refreshSide = useCallback(() => {
    void listOutlets().then((answer) => answer.ok && setOutlets(answer.outlets));
    // The options page shares the background's origin, so this includes the library.
    void navigator.storage
      ?.estimate()
      .then((estimate) => setUsage(estimate.usage ?? null))
      .catch(() => setUsage(null));
  }, []);
  useEffect(refreshSide, [refreshSide]);

  // Only articles on screen can be selected: a new search drops the selection.
  const shown = new Set(results.items.map((item) => item.url));
  const chosen = [...selected].filter((url) => shown.has(url));
  const allChosen = results.items.length > 0 && chosen.length === results.items.length;
  const changeFilters = (next: Filters) => {
    setFilters(next);
    setSelected(new Set());
  };
  const toggle = (url: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(url);
    else next.delete(url);
    setSelected(next);
  };

  const remove = async () => {
    setDeleting(true);
    const answer = await deleteArticles(chosen);
    setDeleting(false);
    setStatus(answer.ok ? { text: t.deleted(answer.deleted), error: false } : { text: t.deleteFailed(answer.error), error: true });
    setSelected(new Set());
    await reload();
    refreshSide();
  };

  return (
    <>
      <SpaceNotice />
      <p class="px-intro">{t.intro}</p>
      <p class="px-lib-summary" aria-live="polite">
        {results.libraryCount !== null && <strong>{t.count(results.libraryCount)}</strong>}
        {usage !== null && <span> · {t.storage(formatBytes(usage))}</span>}
      </p>
      <LibraryFilters filters={filters} outlets={outlets} onChange={changeFilters} onSubmit={() => void reload()} />
      <div class="px-toolbar">
        <label class="px-switch">
          <input
            type="checkbox"
            checked={allChosen}
            disabled={results.items.length === 0}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(shown) : new Set())}
          />{' '}
          {t.selectAll}
        </label>
        <button type="button" class="px-button px-danger" disabled={chosen.length === 0 || deleting} onClick={() => void remove()}>
          {t.deleteSelected(chosen.length)}
        </button>
      </div>
      <p role="status" class={status?.error ? 'px-error' : 'px-status'}>
        {status?.text}
      </p>
      <ResultsBody results={results} selected={selected} onToggle={toggle} filtered={isFiltered(filters)} />
      {results.hasMore && (
        <button type="button" class="px-button px-more" disabled={results.loading} onClick={more}>
          {t.showMore}
        </button>
      )}
    </>
  );
}

interface BodyProps {
  results: ReturnType<typeof useLibrarySearch>['results'];
  selected: ReadonlySet<string>;
  onToggle: (url: string, on: boolean) => void;
  filtered: boolean;
}

function ResultsBody({ results, selected, onToggle, filtered }: BodyProps) {
  const t = uiText.library;
  if (results.error) return <p class="px-error">{t.searchFailed(results.error)}</p>;
  if (results.items.length === 0) {
    if (results.loading) return <p class="px-status">{t.loading}</p>;
    return <p class="px-empty">{results.libraryCount === 0 && !filtered ? t.emptyLibrary : t.noResults}</p>;
  }
  return (
    <>
      <LibraryList items={results.items} selected={selected} onToggle={onToggle} />
      <p class="px-hint" aria-live="polite">
        {t.shown(results.items.length, results.hasMore)} {results.scanLimited && t.scanLimited}
      </p>
    </>
  );
}
