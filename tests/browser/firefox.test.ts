/**
 * The Firefox build, for real: firefox-esr (headless, WebDriver BiDi) with .output/firefox-mv3 installed, reading the
 * seed article from its GBK bytes through the loopback proxy. The content script must recognise the article (the
 * worker's state for the tab, the badge), and the background must answer the popup (title, meta, summary, keywords).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import {
  firefoxSkipReason,
  GECKO_ID,
  launchFirefoxWithExtension,
  until,
  type FirefoxWithExtension,
} from './support/firefox';

const SEED_URL = 'http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm';
const expected = JSON.parse(readFileSync('tests/fixtures/seed-2017/expected.json', 'utf8')) as {
  title: string;
  paragraphs: string[];
};
const skip = firefoxSkipReason();
if (skip) console.warn(`[firefox] ${skip}`);

// The WebExtension API as seen inside the extension's own pages, where these evaluate() callbacks run.
declare const browser: any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.skipIf(skip !== null)('seed article in Firefox ESR with the extension', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;
  let extensionPage: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxWithExtension(server.port);
    const article = await firefox.browser.newPage();
    await article.goto(SEED_URL);
    extensionPage = await firefox.openExtensionPage('popup.html');
    const tabs = await extensionPage.evaluate(
      async () => (await browser.tabs.query({})) as { id: number; url?: string }[],
    );
    tabId = tabs.find((t) => t.url === SEED_URL)?.id ?? -1;
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the build under its gecko id and loads the page through the loopback proxy', () => {
    expect(firefox.extensionId).toBe(GECKO_ID);
    expect(tabId).toBeGreaterThan(0);
    expect(server.requests).toContain('www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm');
  });

  it('recognises the article: the content script told the background, which read and analysed it', async () => {
    // Nothing else asked about this tab yet, so its state can only come from the content script's message.
    const state = await until(
      () =>
        extensionPage.evaluate(async (id) => {
          const key = `tab:${id}`;
          const got = (await browser.storage.session.get(key))[key];
          return got
            ? {
                status: got.status,
                kind: got.kind,
                title: got.article?.title,
                analysis: got.analysisStatus,
                // Empty unless the analysis had to do without jieba's wasm or the IDF table (load-engine-web.ts).
                analysisWarnings: got.analysis?.warnings,
              }
            : null;
        }, tabId),
      (s) => s?.status === 'ready' && s.analysis === 'done',
      60_000,
    );
    // Firefox runs jieba too: its keywords are the product's, not the Intl.Segmenter fallback's.
    expect(state).toEqual({
      status: 'ready',
      kind: 'article',
      title: expected.title,
      analysis: 'done',
      analysisWarnings: [],
    });
  }, 90_000);

  it('marks the tab with the toolbar badge 文 and gives it its own popup address', async () => {
    const badge = () =>
      extensionPage.evaluate(
        (id) => (browser.action ?? browser.browserAction).getBadgeText({ tabId: id }) as Promise<string>,
        tabId,
      );
    expect(await until(badge, (text) => text === '文', 10_000).catch(() => badge())).toBe('文');
    // The tab's own popup address names it, so the popup reads its state without asking which tab is active.
    const popupUrl = await extensionPage.evaluate(
      (id) => (browser.action ?? browser.browserAction).getPopup({ tabId: id }) as Promise<string>,
      tabId,
    );
    expect(popupUrl).toMatch(new RegExp(`^moz-extension://[^/]+/popup\\.html\\?tabId=${tabId}&title=`));
    // It carries the card's head too, which the popup paints before its app loads.
    expect(new URL(popupUrl).searchParams.get('title')).toBe(expected.title);
  });

  it('answers the popup for that tab with title, meta, summary and keywords', async () => {
    // At the address the worker gave the tab, so the early paint of the card's head runs in Firefox too.
    await extensionPage.evaluate(async (id) => {
      const popup = await ((browser.action ?? browser.browserAction).getPopup({ tabId: id }) as Promise<string>);
      location.assign(popup);
    }, tabId);
    const read = () =>
      extensionPage.evaluate(() => {
        const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
        const chips = document.querySelectorAll('[data-testid="keywords"] li').length;
        return { url: location.search, title: text('title'), meta: text('meta'), summary: text('summary'), chips };
      });
    const shown = await until(read, (s) => s.url.includes(`tabId=${tabId}`) && !!s.summary && s.chips > 0, 60_000);
    expect(shown.title).toBe(expected.title);
    expect(shown.meta).toContain('东方网');
    expect(shown.summary!.length).toBeGreaterThan(20);
    expect(expected.paragraphs.join('')).toContain(shown.summary!.slice(0, 12));
    expect(shown.chips).toBeGreaterThanOrEqual(5);
  }, 90_000);

  it('adds the article to the library from that popup, which loads its copy builders in Firefox too', async () => {
    // The popup loads popup-copies.js (sanitizer, turndown, IndexedDB) on this first click.
    await extensionPage.evaluate(() =>
      (document.querySelector('[data-testid="add-library"]') as HTMLButtonElement).click(),
    );
    const added = await extensionPage.evaluate(() => browser.i18n.getMessage('statusAdded') as string);
    const status = () =>
      extensionPage.evaluate(() => document.querySelector('[data-testid="status"]')?.textContent ?? '');
    expect(await until(status, (text) => text === added, 30_000).catch(() => status())).toBe(added);
    const scripts = await extensionPage.evaluate(() =>
      Array.from(document.scripts, (script) => new URL(script.src || location.href).pathname),
    );
    expect(scripts).toContain('/popup-copies.js');
  }, 60_000);
});
