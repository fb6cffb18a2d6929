import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLibrary } from '../../../utils/library/library-db';
import { hansArticle, hantArticle, SEED_URL } from '../export/sample-articles';

/** Build a database exactly as schema version 1 left it: one `entries` store of `{url, article, savedAt}`. */
async function createVersion1(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade: (database) => {
      database.createObjectStore('entries', { keyPath: 'url' });
    },
  });
  await db.put('entries', {
    url: SEED_URL.replace('http:', 'https:'),
    article: hansArticle(),
    savedAt: '2023-05-01T00:00:00.000Z',
  });
  const hant = hantArticle();
  await db.put('entries', {
    url: hant.url.replace('http:', 'https:'),
    article: hant,
    savedAt: '2023-06-01T00:00:00.000Z',
  });
  db.close();
}

describe('library schema migration', () => {
  it('is at version 3', () => {
    expect(DB_VERSION).toBe(3);
  });

  it('upgrades a version 1 database without losing an entry, and lists and searches it', async () => {
    await createVersion1('migration-v1');
    const library = await openLibrary('migration-v1');
    const entry = await library.get(SEED_URL);
    expect(entry).toEqual({
      url: SEED_URL.replace('http:', 'https:'),
      article: hansArticle(),
      savedAt: '2023-05-01T00:00:00.000Z',
      updatedAt: '2023-05-01T00:00:00.000Z',
    });
    expect((await library.list()).map((i) => i.title)).toEqual([
      '兩岸青年在廈門交流創業經驗',
      '干部“新春走基层”关键要“走心”',
    ]);
    expect((await library.search('两岸青年')).length).toBe(1);
    library.close();

    const raw = await openDB('migration-v1');
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['catalog', 'entries', 'search']);
    raw.close();
  });

  it('upgrades a version 2 database: search text moves out of the list rows, nothing is lost', async () => {
    const hant = hantArticle();
    const url = hant.url.replace('http:', 'https:');
    const db = await openDB('migration-v2', 2, {
      upgrade: (database) => {
        database.createObjectStore('entries', { keyPath: 'url' });
        database.createObjectStore('catalog', { keyPath: 'url' });
      },
    });
    const at = '2024-01-01T00:00:00.000Z';
    await db.put('entries', { url, article: hant, savedAt: at, updatedAt: at });
    // A v2 list row carried its folded text; v3 must not keep relying on it.
    await db.put('catalog', { url, title: hant.title, searchText: 'stale text that matches nothing real' });
    db.close();

    const library = await openLibrary('migration-v2');
    expect((await library.get(url))?.article).toEqual(hant);
    const [item] = await library.list();
    expect(item).not.toHaveProperty('searchText');
    expect(item?.title).toBe(hant.title);
    expect((await library.search('两岸青年')).map((i) => i.url)).toEqual([url]);
    expect(await library.search('stale text')).toEqual([]);
    library.close();
  });

  it('creates the current schema on a fresh install', async () => {
    const library = await openLibrary('migration-fresh');
    await library.put(hansArticle());
    expect(await library.count()).toBe(1);
  });
});
