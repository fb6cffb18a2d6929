/** The seed article as the browser tests open it: its real address, served from its GBK bytes by the fixture server. */
import type { Page } from 'playwright-core';
import { tabIdFor, type ExtensionBrowser } from './chromium';

export const SEED_URL = 'http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm';

/** Open `url` in a new tab and return the page with the tab id the extension knows it by. */
export async function openArticle(browser: ExtensionBrowser, url = SEED_URL): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdFor(browser.worker, url) };
}
