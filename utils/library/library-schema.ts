/**
 * The library's IndexedDB layout and its migrations. Each version step runs in order inside the upgrade transaction,
 * so a fresh install and an old database end in the same shape.
 *
 * v1: `entries` (key `url`): `{url, article, savedAt}`.
 * v2: `updatedAt` on every entry; `catalog` (key `url`): the list row and folded search text of each entry, so the
 *     library page lists and searches without loading article bodies.
 * v3: the folded search text moves to its own store `search` (key `url`): listing 1,000 entries read every body's
 *     text too and took over 100 ms; now a listing reads only list rows and a search reads the texts once.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { catalogRow, searchRow } from './catalog-row';
import type { CatalogRow, LibraryEntry, SearchRow } from './library-types';

export const DB_NAME = 'taiwan-cn-library';
export const DB_VERSION = 3;

export interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry };
  catalog: { key: string; value: CatalogRow };
  search: { key: string; value: SearchRow };
}

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/** Rewrite every entry's derived rows in the current shape (and give v1 entries their `updatedAt`). */
async function rebuildDerivedRows(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('entries').openCursor();
  while (cursor) {
    const old = cursor.value as Omit<LibraryEntry, 'updatedAt'> & { updatedAt?: string };
    const entry: LibraryEntry = { ...old, updatedAt: old.updatedAt ?? old.savedAt };
    await cursor.update(entry);
    await tx.objectStore('catalog').put(catalogRow(entry));
    await tx.objectStore('search').put(searchRow(entry));
    cursor = await cursor.continue();
  }
}

/**
 * Runs inside idb's `upgrade` callback. Stores are created first, synchronously, while the upgrade transaction is
 * surely active; then the rows are rebuilt. A failed step aborts the upgrade, leaving the old version untouched.
 */
export function upgradeLibrary(db: IDBPDatabase<LibrarySchema>, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) db.createObjectStore('entries', { keyPath: 'url' });
  if (oldVersion < 2) db.createObjectStore('catalog', { keyPath: 'url' });
  if (oldVersion < 3) db.createObjectStore('search', { keyPath: 'url' });
  if (oldVersion >= 1 && oldVersion < 3) {
    rebuildDerivedRows(tx).catch(() => {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: the open request reports the failure.
      }
    });
  }
}
