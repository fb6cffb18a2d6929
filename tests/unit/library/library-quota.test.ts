import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryQuotaError, openLibrary } from '../../../utils/library/library-db';
import { hansArticle, hantArticle, SEED_URL } from '../export/sample-articles';

/**
 * fake-indexeddb has no quota, so the store's `put` is made to fail the way Chrome reports a full disk, on a chosen
 * store: the failure then lands in the middle of a transaction, after other writes in it succeeded.
 */
const realPut = IDBObjectStore.prototype.put;
function failPutsOn(storeName: string): void {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
}

afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

describe('library: a write that runs out of space', () => {
  it('fails with a typed quota error and leaves the older copy whole', async () => {
    const library = await openLibrary('quota-test-1');
    await library.put(hansArticle(), new Date('2024-01-01T00:00:00Z'));
    const before = await library.get(SEED_URL);

    // The entry itself is written first; the failure hits the second store of the same transaction.
    failPutsOn('catalog');
    const error = await library
      .put(hansArticle({ title: '改过的标题', paragraphs: ['新正文'] }), new Date('2024-02-01T00:00:00Z'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryQuotaError);
    expect((error as LibraryQuotaError).code).toBe('quota');

    expect(await library.get(SEED_URL)).toEqual(before);
    expect((await library.list()).map((i) => i.title)).toEqual(['干部“新春走基层”关键要“走心”']);
    expect((await library.search('新正文')).length).toBe(0);
  });

  it('imports nothing when an import runs out of space half way, and says so', async () => {
    const library = await openLibrary('quota-test-2');
    await library.put(hansArticle(), new Date('2024-01-01T00:00:00Z'));
    const line = JSON.stringify({
      url: hantArticle().url,
      article: hantArticle(),
      savedAt: '2024-03-01T00:00:00Z',
      updatedAt: '2024-03-01T00:00:00Z',
    });
    failPutsOn('catalog');
    await expect(library.importJsonl(`${line}\n`)).rejects.toBeInstanceOf(LibraryQuotaError);
    IDBObjectStore.prototype.put = realPut;
    expect(await library.count()).toBe(1);
    expect(await library.get(hantArticle().url)).toBeUndefined();
  });

  it('keeps working once space is available again', async () => {
    const library = await openLibrary('quota-test-3');
    failPutsOn('entries');
    await expect(library.put(hansArticle())).rejects.toBeInstanceOf(LibraryQuotaError);
    IDBObjectStore.prototype.put = realPut;
    expect((await library.put(hansArticle())).created).toBe(true);
  });
});
