/**
 * The library with 1,000 saved articles, in the real extension page on real IndexedDB: imported through the page's
 * own import control, then listed and searched in simplified and traditional characters. Times come from the page's
 * User Timing entries and are printed, not asserted (the machine is shared); the results are asserted.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/article';
import { browserSkipReason, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import type { FixtureServer } from './support/fixture-server';

const skip = browserSkipReason();
const seed = JSON.parse(readFileSync('../shared/fixtures/seed-2017/expected.json', 'utf8')) as Article;
const TOPICS = ['两岸青年交流', '台商投资', '海峡论坛', '惠台措施', '农产品贸易'];

/** 1,000 distinct entries in the library's export format: one article per line. */
function exportFile(): string {
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const url = `http://www.taiwan.cn/xwzx/la/2024${month}/t2024${month}${day}_${13000000 + i}.htm`;
    const article: Article = {
      ...seed,
      template: 'www-2013',
      url,
      title: `${topic}第${i}期报道`,
      reporters: [],
      description: null,
      lang: 'zh-CN',
      html: `<p>${topic}：第${i}篇。</p>`,
      paragraphs: [`${topic}：第${i}篇。`, ...seed.paragraphs.slice(0, 2)],
      images: [],
      warnings: [],
      publishedAt: `2024-${month}-${day}T10:00:00+08:00`,
      category: ['新闻中心', i % 2 ? '两岸' : '台湾'],
    };
    const at = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
    lines.push(JSON.stringify({ url, article, savedAt: at, updatedAt: at }));
  }
  return lines.join('\n') + '\n';
}

describe.skipIf(skip !== null)('a library of 1,000 articles', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => ({ server, browser } = await startSession()));
  afterAll(() => closeSession(server, browser));

  it('imports, lists and searches them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await page.getByTestId('library-empty').waitFor({ timeout: 20_000 });
    const started = Date.now();
    await page.getByTestId('library-import').setInputFiles({
      name: 'library.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(exportFile()),
    });
    await page.getByTestId('library-report').waitFor({ timeout: 60_000 });
    const importMs = Date.now() - started;
    await expect.poll(() => page.getByTestId('library-item').count(), { timeout: 30_000 }).toBe(1000);

    const lastMeasure = (name: string) =>
      page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? NaN, name);
    // Opening the library with 1,000 entries saved: the first listing reads every row from IndexedDB.
    await page.reload();
    await expect.poll(() => page.getByTestId('library-item').count(), { timeout: 30_000 }).toBe(1000);
    const listMs = await lastMeasure('library:list');

    const search = async (query: string) => {
      const before = await page.evaluate(() => performance.getEntriesByName('library:search', 'measure').length);
      await page.getByTestId('library-search').fill(query);
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByName('library:search', 'measure').length))
        .toBeGreaterThan(before);
      return { ms: await lastMeasure('library:search'), count: await page.getByTestId('library-item').count() };
    };
    const simplified = await search('海峡论坛');
    const traditional = await search('海峽論壇');
    const body = await search('群众路线');
    console.log(
      `[library] 1,000 entries on IndexedDB: import ${importMs} ms (through the page), list ${listMs.toFixed(1)} ms, ` +
        `search 海峡论坛 ${simplified.ms.toFixed(1)} ms, 海峽論壇 ${traditional.ms.toFixed(1)} ms, ` +
        `body text 群众路线 ${body.ms.toFixed(1)} ms (target: list and search under 100 ms)`,
    );
    expect(simplified.count).toBe(200);
    expect(traditional.count).toBe(200);
    expect(body.count).toBe(1000);
  });
});
