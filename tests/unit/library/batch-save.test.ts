import { describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import { emptyArticle } from '../../../utils/article';
import { batchSave, type BatchProgress } from '../../../utils/library/batch-save';

const link = (n: number) => ({
  url: `http://www.taiwan.cn/xwzx/la/202607/t2026070${n}_${n}.htm`,
  title: `新闻${n}`,
  date: null,
});
const article = (url: string): Article => ({ ...emptyArticle(url, 'article'), title: url, paragraphs: ['正文。'] });
const noSleep = async () => {};

function fakeLibrary(existing: string[] = []) {
  const saved = new Set(existing);
  return {
    saved,
    has: async (url: string) => saved.has(url),
    put: async (a: Article) => (saved.add(a.url), { created: true, entry: {} as never }),
  };
}

describe('batch save from a list page', () => {
  it('saves new articles, skips saved ones and reports each failure with its reason', async () => {
    const library = fakeLibrary([link(2).url]);
    const seen: BatchProgress[] = [];
    const result = await batchSave(
      [link(1), link(2), link(3), link(4)],
      {
        library,
        sleep: noSleep,
        readArticle: async (url) => {
          if (url === link(3).url) throw new Error('HTTP 404');
          if (url === link(4).url) return { ...article(url), kind: 'list' };
          return article(url);
        },
      },
      (p) => seen.push(p),
      new AbortController().signal,
    );
    expect(result).toMatchObject({ total: 4, saved: 1, skipped: 1, done: true, cancelled: false });
    expect(result.failed).toEqual([
      { url: link(3).url, title: '新闻3', reason: 'HTTP 404' },
      { url: link(4).url, title: '新闻4', reason: 'not an article (list)' },
    ]);
    expect([...library.saved].sort()).toEqual([link(1).url, link(2).url].sort());
    expect(seen.at(0)).toMatchObject({ saved: 0, skipped: 0 });
    expect(seen.length).toBeGreaterThanOrEqual(5);
  });

  it('stops when cancelled and keeps what was saved', async () => {
    const library = fakeLibrary();
    const controller = new AbortController();
    const result = await batchSave(
      [link(1), link(2), link(3), link(4), link(5)],
      {
        library,
        concurrency: 1,
        sleep: noSleep,
        readArticle: async (url) => {
          if (url === link(2).url) controller.abort();
          return article(url);
        },
      },
      () => {},
      controller.signal,
    );
    expect(result.cancelled).toBe(true);
    expect(result.saved).toBe(2);
    expect(library.saved.size).toBe(2);
  });

  it('never has more pages in flight than allowed', async () => {
    let inFlight = 0;
    let peak = 0;
    await batchSave(
      Array.from({ length: 9 }, (_, i) => link(i)),
      {
        library: fakeLibrary(),
        concurrency: 3,
        sleep: noSleep,
        readArticle: async (url) => {
          peak = Math.max(peak, ++inFlight);
          await new Promise((r) => setTimeout(r, 5));
          inFlight--;
          return article(url);
        },
      },
      () => {},
      new AbortController().signal,
    );
    expect(peak).toBe(3);
  });
});
