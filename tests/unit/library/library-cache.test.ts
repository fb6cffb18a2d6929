import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../utils/library/library-db';
import { hansArticle, hantArticle } from '../export/sample-articles';

describe('library list cache', () => {
  it('shows a write made through another open page', async () => {
    const name = 'library-cache-test';
    const page = await openLibrary(name);
    const popup = await openLibrary(name);
    await page.put(hansArticle());
    expect((await page.list()).map((i) => i.url)).toHaveLength(1);
    await popup.put(hantArticle());
    // The other page hears about the write over a BroadcastChannel, asynchronously.
    await expect.poll(async () => (await page.list()).length).toBe(2);
    expect((await page.facets()).months.reduce((n, m) => n + m.count, 0)).toBe(2);
    page.close();
    popup.close();
  });

  it('shows its own writes at once', async () => {
    const library = await openLibrary('library-cache-own');
    expect(await library.list()).toEqual([]);
    await library.put(hansArticle());
    expect(await library.list()).toHaveLength(1);
    await library.remove(hansArticle().url);
    expect(await library.list()).toEqual([]);
    library.close();
  });
});
