import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../utils/library/library-db';
import { hansArticle, hantArticle, SEED_URL } from '../export/sample-articles';

let counter = 0;
/** A fresh, empty database per test. */
async function freshLibrary(): Promise<Library> {
  counter += 1;
  return openLibrary(`library-db-test-${counter}`);
}

const day = (d: number) => new Date(Date.UTC(2024, 0, d, 8, 0, 0));
const HTTPS_SEED = SEED_URL.replace('http:', 'https:');

describe('library: saving', () => {
  it('saves an article and reads it back by its address', async () => {
    const library = await freshLibrary();
    const { entry, created } = await library.put(hansArticle(), day(1));
    expect(created).toBe(true);
    expect(entry).toEqual({
      url: HTTPS_SEED,
      article: hansArticle(),
      savedAt: day(1).toISOString(),
      updatedAt: day(1).toISOString(),
    });
    expect(await library.get(SEED_URL)).toEqual(entry);
    expect(await library.has(SEED_URL)).toBe(true);
  });

  it('updates a re-saved address, from http or https, keeping the first save date', async () => {
    const library = await freshLibrary();
    await library.put(hansArticle(), day(1));
    const again = await library.put(hansArticle({ url: `${HTTPS_SEED}#top`, editor: '王小明' }), day(5));
    expect(again.created).toBe(false);
    expect(await library.count()).toBe(1);
    const stored = await library.get(SEED_URL);
    expect(stored?.savedAt).toBe(day(1).toISOString());
    expect(stored?.updatedAt).toBe(day(5).toISOString());
    expect(stored?.article.editor).toBe('王小明');
  });

  it('refuses an address that is not a web page', async () => {
    const library = await freshLibrary();
    await expect(library.put(hansArticle({ url: 'javascript:alert(1)' }))).rejects.toThrow(/Not a web address/);
    expect(await library.count()).toBe(0);
  });
});

describe('library: listing, searching, filtering', () => {
  async function filled(): Promise<Library> {
    const library = await freshLibrary();
    await library.put(hansArticle(), day(1));
    await library.put(hantArticle(), day(3));
    await library.put(
      hansArticle({
        url: 'http://www.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
        title: '台商在大陆投资的新机遇',
        publishedAt: '2016-07-23T09:00:00+08:00',
        category: ['新闻中心', '两岸'],
        paragraphs: ['不少台商表示，看好大陆中西部市场。'],
        keywords: [{ word: '台商', score: 1 }],
      }),
      day(2),
    );
    return library;
  }

  it('lists newest save first, without article bodies', async () => {
    const items = await (await filled()).list();
    expect(items.map((i) => i.title)).toEqual([
      '兩岸青年在廈門交流創業經驗',
      '台商在大陆投资的新机遇',
      '干部“新春走基层”关键要“走心”',
    ]);
    expect(items[0]).not.toHaveProperty('article');
    expect(items[0]).not.toHaveProperty('searchText');
    expect(items[2]?.excerpt).toBe('走访要带着问题去，带着办法回。');
  });

  it('finds a traditional article with a simplified query and a simplified one with a traditional query', async () => {
    const library = await filled();
    expect((await library.search('两岸青年')).map((i) => i.title)).toEqual(['兩岸青年在廈門交流創業經驗']);
    expect((await library.search('创业经验')).map((i) => i.title)).toEqual(['兩岸青年在廈門交流創業經驗']);
    expect((await library.search('幹部')).map((i) => i.title)).toEqual(['干部“新春走基层”关键要“走心”']);
    expect((await library.search('臺商')).map((i) => i.title)).toEqual(['台商在大陆投资的新机遇']);
  });

  it('searches title, keywords and body; all terms must match', async () => {
    const library = await filled();
    expect((await library.search('中西部市场')).map((i) => i.title)).toEqual(['台商在大陆投资的新机遇']);
    expect((await library.search('走基层')).length).toBe(1);
    expect((await library.search('台商 走基层')).length).toBe(0);
    expect((await library.search('  ')).length).toBe(3);
    expect((await library.search('不存在的词')).length).toBe(0);
  });

  it('filters by section (and its subsections) and by month of publication', async () => {
    const library = await filled();
    expect((await library.list({ category: '新闻中心' })).length).toBe(2);
    expect((await library.list({ category: '新闻中心 › 两岸' })).map((i) => i.title)).toEqual([
      '台商在大陆投资的新机遇',
    ]);
    expect((await library.list({ month: '2019-03' })).map((i) => i.title)).toEqual(['兩岸青年在廈門交流創業經驗']);
    expect((await library.list({ month: '2017-02', query: '两岸' })).length).toBe(0);
  });

  it('offers the sections and months that have entries, with counts', async () => {
    const facets = await (await filled()).facets();
    expect(facets.categories).toEqual([
      { path: '台灣', count: 1 },
      { path: '台灣 › 即時新聞', count: 1 },
      { path: '新闻中心', count: 2 },
      { path: '新闻中心 › 两岸', count: 1 },
      { path: '新闻中心 › 时政新闻', count: 1 },
    ]);
    expect(facets.months.map((m) => m.month)).toEqual(['2019-03', '2017-02', '2016-07']);
  });
});

describe('library: delete and undo', () => {
  it('removes an entry and restores it exactly', async () => {
    const library = await freshLibrary();
    await library.put(hansArticle(), day(1));
    await library.put(hantArticle(), day(2));
    const removed = await library.remove(SEED_URL);
    expect(removed?.article.title).toBe('干部“新春走基层”关键要“走心”');
    expect((await library.list()).map((i) => i.url)).toEqual([hantArticle().url.replace('http:', 'https:')]);
    expect(await library.get(SEED_URL)).toBeUndefined();
    await library.restore(removed!);
    expect(await library.get(SEED_URL)).toEqual(removed);
    expect((await library.search('走基层')).length).toBe(1);
  });

  it('does not let undo overwrite a newer save of the same article', async () => {
    const library = await freshLibrary();
    await library.put(hansArticle(), day(1));
    const removed = await library.remove(SEED_URL);
    await library.put(hansArticle({ editor: '新编辑' }), day(9));
    await library.restore(removed!);
    expect((await library.get(SEED_URL))?.article.editor).toBe('新编辑');
  });
});
