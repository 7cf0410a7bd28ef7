import { isFiltered, NO_FILTERS, type Filters } from './use-library-search';
import { uiText } from './ui-text';

export interface Props {
  filters: Filters;
  outlets: Array<{ name: string; count: number }>;
  onChange: (filters: Filters) => void;
  onSubmit: () => void;
}

/** Search box, outlet and date range; every change searches again. */
export function LibraryFilters({ filters, outlets, onChange, onSubmit }: Props) {
  const t = uiText.library;
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  return (
    <form
      role="search"
      class="px-lib-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div class="px-field px-field-wide">
        <label for="px-lib-query">{t.searchLabel}</label>
        <div class="px-inline">
          <input
            id="px-lib-query"
            type="search"
            value={filters.query}
            maxLength={200}
            placeholder={t.searchPlaceholder}
            onInput={(e) => set({ query: e.currentTarget.value })}
          />
          <button type="submit" class="px-button">
            {t.searchButton}
          </button>
        </div>
      </div>
      <div class="px-field">
        <label for="px-lib-outlet">{t.outletLabel}</label>
        <select id="px-lib-outlet" value={filters.outlet ?? ''} onChange={(e) => set({ outlet: e.currentTarget.value || null })}>
          <option value="">{t.allOutlets}</option>
          {filters.outlet !== null && !outlets.some((o) => o.name === filters.outlet) && <option value={filters.outlet}>{filters.outlet}</option>}
          {outlets.map((o) => (
            <option key={o.name} value={o.name}>
              {t.outletOption(o.name, o.count)}
            </option>
          ))}
        </select>
      </div>
      <div class="px-field">
        <label for="px-lib-from">{t.fromLabel}</label>
        <input id="px-lib-from" type="date" value={filters.from ?? ''} max={filters.to ?? undefined} aria-describedby="px-lib-date-hint" onChange={(e) => set({ from: e.currentTarget.value || null })} />
      </div>
      <div class="px-field">
        <label for="px-lib-to">{t.toLabel}</label>
        <input id="px-lib-to" type="date" value={filters.to ?? ''} min={filters.from ?? undefined} aria-describedby="px-lib-date-hint" onChange={(e) => set({ to: e.currentTarget.value || null })} />
      </div>
      <p id="px-lib-date-hint" class="px-hint px-field-wide">
        {t.dateHint}
        {isFiltered(filters) && (
          <>
            {' '}
            <button type="button" class="px-link-button" onClick={() => onChange(NO_FILTERS)}>
              {t.clearFilters}
            </button>
          </>
        )}
      </p>
    </form>
  );
}
