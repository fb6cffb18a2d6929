/**
 * The real toolbar popup (chrome.action.openPopup) over the site's templates and page kinds: articles from the 2010
 * table layout to the 2026 one, a Big5 gateway page in traditional script, a multi-page article, the English edition, a
 * list page, a topic page, a page at an article address that is not an article, and a page that is not taiwan.cn at
 * all. Each is opened in a tab as a reader would, then the popup is read through its data-testids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
import { browserSkipReason, popupAddress, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import { FIXTURES, type FixtureServer } from './support/fixture-server';
import { openArticle } from './support/seed-article';
import { openRealPopup, type RealPopup } from './support/real-popup';

interface Expected {
  kind: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  editor: string | null;
  lang: string;
}

// The loopback fixture server speaks plain HTTP; the same path over http reaches the same bytes on an https-era page.
const fixture = (slug: string) => ({
  url: readFileSync(path.join(FIXTURES, slug, 'url.txt'), 'utf8')
    .trim()
    .replace(/^https:/, 'http:'),
  expected: JSON.parse(readFileSync(path.join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected,
});

const ARTICLES = [
  'tables-2010-gbk',
  'big5-gateway-www-2016',
  'multi-page-3-pages-2018',
  'infoafun-2020-utf8-img-wrapper',
  'www-2026-utf8-site-credit',
];

const skip = browserSkipReason();
if (skip) console.warn(`[browser] ${skip}`);

describe.skipIf(skip !== null)('the real toolbar popup on each kind of page', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => ({ server, browser } = await startSession()));

  afterAll(() => closeSession(server, browser));

  /** Bring `page`'s tab to the front, open the toolbar popup over it, run `check`, then close both. */
  async function inPopup(page: Page, check: (popup: RealPopup) => Promise<void>): Promise<void> {
    await page.bringToFront();
    const popup = await openRealPopup(browser);
    try {
      await check(popup);
    } finally {
      await popup.close();
      if (page !== browser.context.pages()[0]) await page.close();
    }
  }

  /** A new tab showing `url`, loaded from the fixture server. */
  async function tabAt(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(url);
    return page;
  }

  const text = (popup: RealPopup, id: string) =>
    popup.evaluate<string | null>(`document.querySelector('[data-testid="${id}"]')?.textContent ?? null`);
  const message = (popup: RealPopup, name: string) =>
    popup.evaluate<string>(`chrome.i18n.getMessage(${JSON.stringify(name)})`);
  /** The popup settles on the one-line notice `name` (a UI string of the extension), with no article card. */
  async function expectNotice(popup: RealPopup, name: string): Promise<void> {
    const notice = await message(popup, name);
    await expect.poll(() => text(popup, 'status'), { timeout: 30_000 }).toBe(notice);
    expect(await text(popup, 'title')).toBeNull();
  }

  it.each(ARTICLES)('%s: title, meta line, summary and keywords', async (slug) => {
    const { url, expected } = fixture(slug);
    const { page, tabId } = await openArticle(browser, url);
    // Once the worker has the article, the tab's popup address carries the card's head.
    await expect
      .poll(async () => (await popupAddress(browser.worker, tabId)).searchParams.get('title'), { timeout: 30_000 })
      .toBe(expected.title);
    await inPopup(page, async (popup) => {
      await expect.poll(() => text(popup, 'summary'), { timeout: 30_000 }).not.toBeNull();
      expect(await text(popup, 'title')).toBe(expected.title);
      const meta = (await text(popup, 'meta')) ?? '';
      expect(meta).toContain(expected.publishedAt!.slice(0, 10));
      if (expected.source) expect(meta).toContain(expected.source);
      if (expected.editor) expect(meta).toContain(expected.editor);
      expect(((await text(popup, 'summary')) ?? '').length).toBeGreaterThan(10);
      const chips = await popup.evaluate<number>(`document.querySelectorAll('[data-testid="keywords"] li').length`);
      expect(chips).toBeGreaterThanOrEqual(3);
      for (const id of ['open-reader', 'save-html', 'save-md', 'copy-citation', 'add-library'])
        expect(await text(popup, id), id).not.toBeNull();
      // The worker gave the tab its own popup address, naming the tab and carrying the card's head, which the
      // popup's classic script painted before its app ran.
      const search = new URLSearchParams(await popup.evaluate<string>('location.search'));
      expect(search.get('tabId')).toBe(String(tabId));
      expect(search.get('title')).toBe(expected.title);
      expect(search.get('lang')).toBe(expected.lang);
      const marks = await popup.evaluate<{ title: number; app: number }>(
        `({ title: performance.getEntriesByName('popup:title')[0].startTime,
            app: performance.getEntriesByName('popup:script')[0].startTime })`,
      );
      expect(marks.title).toBeLessThan(marks.app);
    });
  });

  it('multi-page-missing-page: the card says, in the UI language, which page the copy lacks', async () => {
    const { url, expected } = fixture('multi-page-missing-page');
    const { page } = await openArticle(browser, url);
    await inPopup(page, async (popup) => {
      await expect.poll(() => text(popup, 'title'), { timeout: 30_000 }).toBe(expected.title);
      await expect.poll(() => text(popup, 'notices'), { timeout: 30_000 }).not.toBeNull();
      // The reason is the fetch's own (the loopback server answers 404); the rest is the extension's UI string.
      const [before, after] = (
        await popup.evaluate<string>(`chrome.i18n.getMessage('warningPageFailed', ['2', '2', '\u0001'])`)
      ).split('\u0001');
      const notice = (await text(popup, 'notices')) ?? '';
      expect(notice.startsWith(before!), notice).toBe(true);
      expect(notice.endsWith(after!), notice).toBe(true);
      expect(notice).toContain('404');
      expect(notice).not.toContain('Could not read');
    });
  });

  it('eng-2018-english: the English edition gets English keywords and an English summary', async () => {
    const { url } = fixture('eng-2018-english');
    const { page } = await openArticle(browser, url);
    await inPopup(page, async (popup) => {
      await expect.poll(() => text(popup, 'summary'), { timeout: 30_000 }).not.toBeNull();
      expect(await text(popup, 'summary')).toMatch(/^More than 400 young people/);
      const chips = await popup.evaluate<string[]>(
        `Array.from(document.querySelectorAll('[data-testid="keywords"] li'), (li) => li.textContent.trim())`,
      );
      expect(chips).toContain('Xiamen');
      // What jieba's Chinese path offered for this page: function words, and "in Xiamen" glued into one.
      for (const chip of chips) expect(['the', 'and', 'on', 'from', 'up', 'inXiamen']).not.toContain(chip);
    });
  });

  it.each([
    ['list-channel-index', 'popupList'],
    ['topic-zt-index', 'popupTopic'],
  ])('%s: says what the page is and lists its articles, each opening its page', async (slug, heading) => {
    const page = await tabAt(fixture(slug).url);
    await inPopup(page, async (popup) => {
      await expect.poll(() => text(popup, 'save-all'), { timeout: 30_000 }).not.toBeNull();
      expect(await text(popup, 'status')).toBe(await message(popup, heading));
      const links = await popup.evaluate<string[]>(
        `Array.from(document.querySelectorAll('ol.links a'), (a) => a.getAttribute('href'))`,
      );
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const href of links) expect(new URL(href).hostname).toMatch(/(^|\.)taiwan\.cn$/);
      // A click opens the article in the reader's tab, as a link on the page would.
      await popup.evaluate(`document.querySelector('ol.links a').click()`);
      await page.waitForURL(links[0]!, { timeout: 15_000 });
    });
  });

  it('a taiwan.cn page that is not an article says so in one line', async () => {
    const page = await tabAt(fixture('error-page-at-article-url').url);
    await inPopup(page, (popup) => expectNotice(popup, 'popupOther'));
  });

  it('a tab that leaves taiwan.cn for another site never shows the article it left', async () => {
    const { page, tabId } = await openArticle(browser, fixture('www-2026-utf8-site-credit').url);
    const stored = () =>
      browser.worker.evaluate(
        async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null,
        tabId,
      );
    await expect.poll(async () => (await stored())?.status, { timeout: 30_000 }).toBe('ready');
    // The extension may not read the new address (no host permission there), yet the tab's state must still go.
    await page.goto('http://mirror.example/elsewhere.htm');
    await expect.poll(stored, { timeout: 10_000 }).toBeNull();
    await inPopup(page, (popup) => expectNotice(popup, 'popupNotSite'));
  });

  it('the default popup (a tab that was open before the extension started) finds the active tab itself', async () => {
    const first = browser.context.pages()[0]!;
    await first.bringToFront();
    // The worker may have seen this tab load about:blank at start-up and given it its own popup address; put back
    // the manifest's popup so the tab stands for one the extension has never seen.
    await browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.action.setPopup({ tabId: tab.id, popup: chrome.runtime.getManifest().action.default_popup });
    });
    await inPopup(first, async (popup) => {
      await expectNotice(popup, 'popupNotSite');
      expect(await popup.evaluate<string>('location.search')).toBe('');
    });
  });

  it('a page that is not taiwan.cn gets one friendly line', async () => {
    // Not through openArticle: the extension may not read the address of a tab outside taiwan.cn to look it up.
    const page = await tabAt('http://mirror.example/elsewhere.htm');
    await inPopup(page, (popup) => expectNotice(popup, 'popupNotSite'));
  });
});
