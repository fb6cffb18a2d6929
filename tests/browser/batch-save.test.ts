/**
 * "Save all articles on this page" from a real list page: the popup lists the links, the library page fetches each
 * article from the loopback server, reads it like a visit, saves it, and reports saved / already saved / failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, tabIdFor, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import type { FixtureServer } from './support/fixture-server';

const LIST_URL = 'http://www.taiwan.cn/xwzx/la/index.htm';
const ARTICLES = [
  ['http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm', '干部“新春走基层”关键要“走心”'],
  ['http://www.taiwan.cn/local/dfkx/201706/t20170614_11793317.htm', '地方新闻'],
  ['http://www.taiwan.cn/xwzx/bwkx/201507/t20150708_10193144.htm', '快讯'],
  ['http://www.taiwan.cn/xwzx/la/201801/t20180101_19999999.htm', '已删除的文章'],
];
// A list page written for this test (UTF-8): three links to article fixtures and one to a page that is gone.
const LIST_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>两岸_中国台湾网</title>
<meta name="pagetype" content="2"></head><body><div class="crumb"><a href="http://www.taiwan.cn/">中国台湾网</a> &gt; 两岸</div>
<ul class="list">${ARTICLES.map(([u, t]) => `<li><a href="${u}">${t}</a><span>2017-02-23</span></li>`).join('')}</ul>
</body></html>`;

const skip = browserSkipReason();

describe.skipIf(skip !== null)('batch save from a list page', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ server, browser } = await startSession({ 'www.taiwan.cn/xwzx/la/index.htm': Buffer.from(LIST_PAGE) }));
  });
  afterAll(() => closeSession(server, browser));

  it('lists the articles in the popup and saves them all with a report', async () => {
    const page = await browser.context.newPage();
    await page.goto(LIST_URL);
    const tabId = await tabIdFor(browser.worker, LIST_URL);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('save-all').waitFor({ timeout: 30_000 });
    const titles = await popup.locator('ol.links a').allTextContents();
    expect(titles).toHaveLength(4);
    expect(titles).toContain('干部“新春走基层”关键要“走心”');

    const [library] = await Promise.all([browser.context.waitForEvent('page'), popup.getByTestId('save-all').click()]);
    const counts = library.getByTestId('batch-counts');
    await counts.waitFor({ timeout: 30_000 });
    await library.locator('.batch .status').waitFor({ timeout: 60_000 });
    const numbers = ((await counts.textContent()) ?? '').match(/\d+/g)?.map(Number);
    expect(numbers).toEqual([3, 0, 1, 4]); // saved, already saved, failed, total
    expect(await library.locator('.batch .failures').textContent()).toContain('404');
    await expect.poll(() => library.getByTestId('library-item').count()).toBeGreaterThanOrEqual(3);

    // A second run skips what is already saved and fetches nothing again.
    const before = server.requests.length;
    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.extensionId}/library.html?batch=${tabId}`);
    await again.locator('.batch .status').waitFor({ timeout: 60_000 });
    expect((await again.getByTestId('batch-counts').textContent())?.match(/\d+/g)?.map(Number)).toEqual([0, 3, 1, 4]);
    expect(server.requests.slice(before).filter((r) => r.includes('11709385'))).toEqual([]);
  });
});
