/** Search box and the section and month menus above the list. */
import type { Facets, LibraryFilter } from '../../utils/library/library-db';
import { t } from '../../utils/i18n';

interface Props {
  filter: LibraryFilter;
  facets: Facets;
  onChange: (filter: LibraryFilter) => void;
}

export function LibraryFilters({ filter, facets, onChange }: Props) {
  return (
    <div class="filters" role="search">
      <input
        type="search"
        data-testid="library-search"
        aria-label={t('librarySearch')}
        placeholder={t('librarySearch')}
        value={filter.query ?? ''}
        onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
      />
      <select
        data-testid="library-category"
        aria-label={t('libraryFilterCategory')}
        value={filter.category ?? ''}
        onChange={(e) => onChange({ ...filter, category: e.currentTarget.value || undefined })}
      >
        <option value="">{t('libraryAllCategories')}</option>
        {facets.categories.map(({ path, count }) => (
          <option key={path} value={path}>
            {`${path} (${count})`}
          </option>
        ))}
      </select>
      <select
        data-testid="library-month"
        aria-label={t('libraryFilterMonth')}
        value={filter.month ?? ''}
        onChange={(e) => onChange({ ...filter, month: e.currentTarget.value || undefined })}
      >
        <option value="">{t('libraryAllMonths')}</option>
        {facets.months.map(({ month, count }) => (
          <option key={month} value={month}>
            {`${month} (${count})`}
          </option>
        ))}
      </select>
    </div>
  );
}
