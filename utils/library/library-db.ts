/**
 * The saved-articles library: the one module that stores it (IndexedDB through `idb`). Every write is one
 * transaction over both stores, so a write that fails (a full disk) rolls back whole and older entries stay as they were.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Article } from '../article';
import { catalogRow, searchRow, toItem } from './catalog-row';
import { asLibraryError, LibraryError } from './library-errors';
import { libraryKey } from './library-key';
import { facetsOf, filterRows } from './library-query';
import { queryTerms } from './search-text';
import { DB_NAME, DB_VERSION, upgradeLibrary, type LibrarySchema } from './library-schema';
import type {
  CatalogRow,
  Facets,
  ImportReport,
  LibraryEntry,
  LibraryFilter,
  LibraryItem,
  PutResult,
} from './library-types';
import { markdownZip } from './markdown-zip';
import { parseJsonl } from './validate-entry';

export { DB_NAME, DB_VERSION } from './library-schema';
export type { Facets, ImportReport, LibraryEntry, LibraryFilter, LibraryItem, PutResult } from './library-types';
export { LibraryError, LibraryQuotaError } from './library-errors';

type WriteTx = IDBPTransaction<LibrarySchema, ('entries' | 'catalog' | 'search')[], 'readwrite'>;

/** Start every request before awaiting any, and leave none unobserved when one throws or the transaction aborts. */
async function settle(requests: (() => Promise<unknown>)[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const request of requests) pending.push(request());
  } catch (error) {
    for (const p of pending) p.catch(() => undefined);
    throw error;
  }
  const results = await Promise.allSettled(pending);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

function writeEntry(tx: WriteTx, entry: LibraryEntry): (() => Promise<unknown>)[] {
  return [
    () => tx.objectStore('entries').put(entry),
    () => tx.objectStore('catalog').put(catalogRow(entry)),
    () => tx.objectStore('search').put(searchRow(entry)),
  ];
}

// Every page that holds the library open hears when any page writes to it (the popup adds, the library page deletes).
const CHANGES_CHANNEL = 'taiwan-cn-reader-library';

export class Library {
  /**
   * The list rows, read once and kept until something writes: reading all 1,000 rows out of IndexedDB costs about
   * 100 ms in Chromium, filtering them in memory a few; listing and searching repeat far more often than writes.
   */
  private rows: Promise<CatalogRow[]> | null = null;
  /** The folded search texts by URL, read on the first search and kept like the rows. */
  private texts: Promise<Map<string, string>> | null = null;
  private readonly changes: BroadcastChannel | null;

  constructor(private readonly db: IDBPDatabase<LibrarySchema>) {
    this.changes = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : null;
    if (this.changes) this.changes.onmessage = () => this.forget();
  }

  private catalog(): Promise<CatalogRow[]> {
    this.rows ??= this.db.getAll('catalog').catch((error: unknown) => {
      this.rows = null;
      throw error;
    });
    return this.rows;
  }

  private searchTexts(): Promise<Map<string, string>> {
    this.texts ??= this.db.getAll('search').then(
      (rows) => new Map(rows.map((r) => [r.url, r.text])),
      (error: unknown) => {
        this.texts = null;
        throw error;
      },
    );
    return this.texts;
  }

  private forget(): void {
    this.rows = null;
    this.texts = null;
  }

  private changed(): void {
    this.forget();
    this.changes?.postMessage('changed');
  }

  /** All-or-nothing: on any failure the transaction is aborted and the error comes back typed. */
  private async write<T>(run: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = this.db.transaction(['entries', 'catalog', 'search'], 'readwrite');
    // Forget the cached rows whatever the outcome: an aborted write changes nothing, a re-read is merely redundant.
    this.changed();
    const done = tx.done.then(
      () => null,
      (error: unknown) => error ?? tx.error ?? new Error('The transaction was aborted.'),
    );
    try {
      const result = await run(tx);
      const failure = await done;
      if (failure) throw failure;
      this.changed(); // and again once committed, so no page keeps rows read while the write was under way
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already committed or aborted; the error below says why.
      }
      await done;
      throw asLibraryError(error);
    }
  }

  /** Save an article; saving the same address again updates it and keeps the first save date. */
  async put(article: Article, now: Date = new Date()): Promise<PutResult> {
    let url: string;
    try {
      url = libraryKey(article.url);
    } catch (error) {
      throw new LibraryError('invalid', error instanceof Error ? error.message : String(error), { cause: error });
    }
    return this.write(async (tx) => {
      const existing = await tx.objectStore('entries').get(url);
      const stamp = now.toISOString();
      const entry: LibraryEntry = { url, article, savedAt: existing?.savedAt ?? stamp, updatedAt: stamp };
      await settle(writeEntry(tx, entry));
      return { entry, created: !existing };
    });
  }

  async get(url: string): Promise<LibraryEntry | undefined> {
    return this.db.get('entries', libraryKey(url));
  }

  async has(url: string): Promise<boolean> {
    return (await this.db.getKey('catalog', libraryKey(url))) !== undefined;
  }

  /** Newest save first, optionally filtered by query, section and month. */
  async list(filter: LibraryFilter = {}): Promise<LibraryItem[]> {
    const texts = filter.query?.trim() ? await this.searchTexts() : undefined;
    return filterRows(await this.catalog(), filter, texts).map(toItem);
  }

  /**
   * Read the search texts and build the script converter ahead of the first search, so the first query answers as
   * fast as the later ones. The library page calls it once the list is on screen.
   */
  async warmSearch(): Promise<void> {
    await this.searchTexts();
    queryTerms('两岸');
  }

  /** Substring search over title, keywords and body; simplified and traditional queries find the same entries. */
  async search(query: string, filter: Omit<LibraryFilter, 'query'> = {}): Promise<LibraryItem[]> {
    return this.list({ ...filter, query });
  }

  async facets(): Promise<Facets> {
    return facetsOf(await this.catalog());
  }

  async count(): Promise<number> {
    return this.db.count('catalog');
  }

  /** Delete an entry and hand it back, so the page can offer undo through `restore`. */
  async remove(url: string): Promise<LibraryEntry | undefined> {
    const key = libraryKey(url);
    return this.write(async (tx) => {
      const entry = await tx.objectStore('entries').get(key);
      await settle([
        () => tx.objectStore('entries').delete(key),
        () => tx.objectStore('catalog').delete(key),
        () => tx.objectStore('search').delete(key),
      ]);
      return entry;
    });
  }

  /** Undo a delete: put the entry back exactly, unless a newer save of the same address happened meanwhile. */
  async restore(entry: LibraryEntry): Promise<void> {
    await this.write(async (tx) => {
      const current = await tx.objectStore('entries').get(entry.url);
      if (!current || current.updatedAt < entry.updatedAt) await settle(writeEntry(tx, entry));
    });
  }

  /** Every entry, one JSON object per line, oldest save first. */
  async exportJsonl(): Promise<string> {
    const entries = await this.db.getAll('entries');
    entries.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.url < b.url ? -1 : 1));
    return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
  }

  /**
   * Merge an export: new addresses are added; a known address is updated only by a copy updated later than the stored
   * one (keeping the earliest save date); bad lines are reported. The whole import is one transaction.
   */
  async importJsonl(text: string, now: Date = new Date()): Promise<ImportReport> {
    const { entries, rejected } = parseJsonl(text, now);
    // Within one file the latest copy of an address wins, as it would if the lines were imported one by one.
    const byUrl = new Map<string, LibraryEntry>();
    for (const entry of entries) {
      const seen = byUrl.get(entry.url);
      if (!seen || seen.updatedAt < entry.updatedAt) byUrl.set(entry.url, entry);
    }
    const report: ImportReport = { added: [], updated: [], unchanged: [], rejected };
    await this.write(async (tx) => {
      const store = tx.objectStore('entries');
      const incoming = [...byUrl.values()];
      const existing = await Promise.all(incoming.map((entry) => store.get(entry.url)));
      const writes: (() => Promise<unknown>)[] = [];
      incoming.forEach((entry, i) => {
        const old = existing[i];
        if (old && old.updatedAt >= entry.updatedAt) {
          report.unchanged.push(entry.url);
          return;
        }
        (old ? report.updated : report.added).push(entry.url);
        const merged = old && old.savedAt < entry.savedAt ? { ...entry, savedAt: old.savedAt } : entry;
        writes.push(...writeEntry(tx, merged));
      });
      await settle(writes);
    });
    return report;
  }

  /** A zip of Markdown copies of every entry, one `YYYY-MM-DD 标题.md` per article. */
  async exportMarkdownZip(): Promise<Uint8Array<ArrayBuffer>> {
    return markdownZip(await this.db.getAll('entries'));
  }

  close(): void {
    this.changes?.close();
    this.db.close();
  }
}

/** Open (creating or migrating) the library. Tests pass their own name to start from an empty database. */
export async function openLibrary(name: string = DB_NAME): Promise<Library> {
  try {
    const db = await openDB<LibrarySchema>(name, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => upgradeLibrary(database, oldVersion, tx),
      // Another page is upgrading the schema: step aside instead of blocking it forever.
      blocking: () => db.close(),
    });
    return new Library(db);
  } catch (error) {
    throw error instanceof LibraryError
      ? error
      : new LibraryError('open', `The library could not be opened: ${String(error)}`, { cause: error });
  }
}
