/** Filtering, ordering and facet counts over list rows: plain functions, so they are measured and tested directly. */
import { categoryPath } from './catalog-row';
import type { CatalogRow, Facets, LibraryFilter } from './library-types';
import { queryTerms } from './search-text';

/** Newest save first; equal times fall back to the latest update, then the URL, so the order never flickers. */
function newestFirst(a: CatalogRow, b: CatalogRow): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** `texts` (url → folded search text) is needed only when the filter has a query. */
export function filterRows(
  rows: CatalogRow[],
  filter: LibraryFilter = {},
  texts: ReadonlyMap<string, string> = new Map(),
): CatalogRow[] {
  // No query, no folding: building the t→s converter costs tens of milliseconds a plain listing should not pay.
  const terms = filter.query?.trim() ? queryTerms(filter.query) : [];
  const section = filter.category?.trim();
  const matches = (row: CatalogRow) => {
    if (filter.month && row.month !== filter.month) return false;
    if (section) {
      const path = categoryPath(row.category);
      if (path !== section && !path.startsWith(`${section} › `)) return false;
    }
    if (terms.length === 0) return true;
    const text = texts.get(row.url) ?? '';
    return terms.every((term) => text.includes(term));
  };
  return rows.filter(matches).sort(newestFirst);
}

/** Every section path (with its parents) and month that has entries, with counts, for the filter menus. */
export function facetsOf(rows: CatalogRow[]): Facets {
  const categories = new Map<string, number>();
  const months = new Map<string, number>();
  for (const row of rows) {
    for (let depth = 1; depth <= row.category.length; depth += 1) {
      const path = categoryPath(row.category.slice(0, depth));
      categories.set(path, (categories.get(path) ?? 0) + 1);
    }
    months.set(row.month, (months.get(row.month) ?? 0) + 1);
  }
  return {
    categories: [...categories].map(([path, count]) => ({ path, count })).sort((a, b) => a.path.localeCompare(b.path)),
    months: [...months].map(([month, count]) => ({ month, count })).sort((a, b) => (a.month < b.month ? 1 : -1)),
  };
}
