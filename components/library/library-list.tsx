/** The saved articles, newest save first: title (opens the reading view), facts, excerpt, and delete. */
import type { LibraryItem } from '../../utils/library/library-db';
import { t } from '../../utils/i18n';
import { readerHref } from './library-port';

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}

function Item({ item, onDelete }: { item: LibraryItem; onDelete: (item: LibraryItem) => void }) {
  const title = item.title ?? item.url;
  const facts = [day(item.publishedAt), item.source, item.category.join(' › ')].filter(Boolean).join(' · ');
  return (
    <li class="item" data-testid="library-item" lang={item.script === 'Hant' ? 'zh-TW' : item.lang}>
      <h2>
        <a data-testid="library-open" href={readerHref(item.url)} target="_blank" rel="noopener">
          {title}
        </a>
      </h2>
      <p class="facts">{facts}</p>
      {item.excerpt && <p class="excerpt">{item.excerpt}</p>}
      <p class="item-actions">
        <span class="saved">{t('librarySavedOn', day(item.savedAt))}</span>
        <a href={item.url} target="_blank" rel="noopener noreferrer">
          {t('libraryOriginal')}
        </a>
        <button
          type="button"
          data-testid="library-delete"
          aria-label={`${t('libraryDelete')}: ${title}`}
          onClick={() => onDelete(item)}
        >
          {t('libraryDelete')}
        </button>
      </p>
    </li>
  );
}

interface Props {
  items: LibraryItem[];
  filtered: boolean;
  onDelete: (item: LibraryItem) => void;
}

export function LibraryList({ items, filtered, onDelete }: Props) {
  if (items.length === 0) {
    return (
      <p class="empty" data-testid="library-empty">
        {filtered ? t('libraryNoMatch') : t('libraryEmpty')}
      </p>
    );
  }
  return (
    <ol class="items" data-testid="library-list">
      {items.map((item) => (
        <Item key={item.url} item={item} onDelete={onDelete} />
      ))}
    </ol>
  );
}
