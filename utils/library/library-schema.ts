/**
 * The library's IndexedDB layout and its migrations. Each version step runs in order inside the upgrade transaction,
 * so a fresh install and an old database end in the same shape.
 *
 * v1: `entries` (key `url`): `{url, article, savedAt}`.
 * v2: `updatedAt` on every entry; `catalog` (key `url`): the list row and folded search text of each entry, so the
 *     library page lists and searches without loading article bodies.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { catalogRow } from './catalog-row';
import type { CatalogRow, LibraryEntry } from './library-types';

export const DB_NAME = 'taiwan-cn-library';
export const DB_VERSION = 2;

export interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry };
  catalog: { key: string; value: CatalogRow };
}

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

async function addCatalog(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('catalog', { keyPath: 'url' });
  let cursor = await tx.objectStore('entries').openCursor();
  while (cursor) {
    const old = cursor.value as Omit<LibraryEntry, 'updatedAt'> & { updatedAt?: string };
    const entry: LibraryEntry = { ...old, updatedAt: old.updatedAt ?? old.savedAt };
    await cursor.update(entry);
    await tx.objectStore('catalog').put(catalogRow(entry));
    cursor = await cursor.continue();
  }
}

/** Runs inside idb's `upgrade` callback; a failed step aborts the upgrade, leaving the old version untouched. */
export function upgradeLibrary(db: IDBPDatabase<LibrarySchema>, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) db.createObjectStore('entries', { keyPath: 'url' });
  if (oldVersion < 2) {
    addCatalog(db, tx).catch(() => {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: the open request reports the failure.
      }
    });
  }
}
