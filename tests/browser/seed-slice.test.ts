/**
 * The foundation slice in a real browser: Chromium with the built extension opens the seed article (served from its
 * GBK bytes on loopback under its real host name), the badge marks it, the real popup shows title, meta, summary and
 * keywords, and the reading view shows the clean body; its controls change what is shown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, browserSkipReason, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import type { FixtureServer } from './support/fixture-server';
import { openArticle } from './support/seed-article';
import { openRealPopup } from './support/real-popup';

const expected = JSON.parse(readFileSync('../shared/fixtures/seed-2017/expected.json', 'utf8')) as {
  title: string;
  paragraphs: string[];
};
const SHOTS = path.resolve('docs/screenshots');
const skip = browserSkipReason();
if (skip) console.warn(`[browser] ${skip}`);

describe.skipIf(skip !== null)('seed article in Chromium with the extension', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let article: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ server, browser } = await startSession());
    ({ page: article, tabId } = await openArticle(browser));
  });

  afterAll(() => closeSession(server, browser));

  it('marks the article with the toolbar badge', async () => {
    await expect.poll(() => badgeText(browser.worker, tabId), { timeout: 15_000 }).toBe('文');
  });

  it('shows title, meta line, summary and keywords in the real toolbar popup', async () => {
    // Give the worker the head start a reader has (page open ≥ 2 s), then click the icon as a reader would.
    await article.bringToFront();
    await article.waitForTimeout(2000);
    // How soon it shows them is measured in popup-speed.test.ts.
    const popup = await openRealPopup(browser);
    await expect
      .poll(() => popup.evaluate<boolean>(`!!document.querySelector('[data-testid="summary"]')`), { timeout: 30_000 })
      .toBe(true);
    const text = (id: string) =>
      popup.evaluate<string | null>(`document.querySelector('[data-testid="${id}"]')?.textContent ?? null`);
    // The worker gave the article's tab its own popup URL, so the popup did not have to ask which tab is active,
    // and put the card's head in it.
    const search = new URLSearchParams(await popup.evaluate<string>('location.search'));
    expect([search.get('tabId'), search.get('title')]).toEqual([String(tabId), expected.title]);

    expect(await text('title')).toBe(expected.title);
    const meta = (await text('meta')) ?? '';
    expect(meta).toContain('2017-02-23 16:43');
    expect(meta).toContain('东方网');
    expect(meta).toContain('李帅');
    const summary = (await text('summary')) ?? '';
    expect(summary.length).toBeGreaterThan(20);
    // A summary is made of whole sentences taken from the article.
    expect(expected.paragraphs.join('')).toContain(summary.slice(0, 12));
    const chips = await popup.evaluate<string[]>(
      'Array.from(document.querySelectorAll(\'[data-testid="keywords"] li\'), (li) => li.textContent)',
    );
    expect(chips.length).toBeGreaterThanOrEqual(5);
    expect(chips.some((w) => w.includes('基层') || w.includes('干部'))).toBe(true);
    // No notice: the page gave every fact, and the worker ran jieba's wasm (without it, the card would say so).
    expect(await text('notices')).toBeNull();
    await popup.close();

    // The same popup as a page (popup.html?tabId=N) for the screenshot in the README.
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('title').textContent()).toBe(expected.title);
    await page.screenshot({ path: path.join(SHOTS, 'popup.png'), fullPage: true });
    await page.close();
  });

  it('opens the reading view with the clean body from the popup button', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('summary').waitFor({ timeout: 30_000 });
    // The same popup as a tab (popup.html?tabId=N): a tab navigation has more overhead than the toolbar popup.
    const [titleMs, summaryMs] = await popup.evaluate(() =>
      ['popup:title', 'popup:summary'].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN),
    );
    console.log(
      `[popup] popup.html in a tab: title+meta ${titleMs!.toFixed(0)} ms, summary+keywords ${summaryMs!.toFixed(0)} ms`,
    );
    const [reader] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.getByTestId('open-reader').click(),
    ]);
    await reader.setViewportSize({ width: 900, height: 1100 });
    const body = reader.getByTestId('article');
    await body.waitFor({ timeout: 30_000 });
    const text = (await body.textContent()) ?? '';
    expect(text).toContain(expected.paragraphs[0]!.slice(0, 30));
    expect(text).not.toContain('责任编辑');
    expect(text).not.toContain('字号');
    expect(await reader.getByTestId('title').textContent()).toBe(expected.title);
    // Each theme changes what the reader sees: the page's background (components/page-palette.css, reader style.css).
    const background = () => reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const BACKGROUND = { light: 'rgb(253, 253, 251)', sepia: 'rgb(244, 236, 216)', dark: 'rgb(23, 24, 26)' };
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      await reader.getByTestId('theme').selectOption(theme);
      await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await background(), theme).toBe(BACKGROUND[theme]);
      await reader.screenshot({ path: path.join(SHOTS, `reader-${theme}.png`) });
    }
    // The default follows the system, light or dark.
    await reader.getByTestId('theme').selectOption('system');
    await reader.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe(BACKGROUND.dark);
    await reader.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe(BACKGROUND.light);
    await reader.close();
  });

  it('changes size, theme and script in the reading view, and remembers them', async () => {
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${tabId}`);
    const body = reader.getByTestId('article');
    await body.waitFor({ timeout: 30_000 });
    const size = reader.getByTestId('font-size');
    const before = Number(await size.getAttribute('data-value'));
    await reader.getByRole('button', { name: /放大|Larger/ }).click();
    await expect.poll(async () => Number(await size.getAttribute('data-value'))).toBeGreaterThan(before);
    const fontPx = await body.evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(fontPx)).toBeGreaterThan(before);

    await reader.getByTestId('script-toggle').selectOption('Hant');
    await expect.poll(async () => (await reader.getByTestId('title').textContent()) ?? '').toContain('幹部');
    expect((await body.textContent()) ?? '').toContain('群眾');

    // Keyboard: + enlarges, t moves to the next theme, h toggles keyword marks.
    const sizeBefore = Number(await size.getAttribute('data-value'));
    const themeBefore = await reader.evaluate(() => document.documentElement.dataset.theme);
    await reader.locator('body').press('+');
    await reader.locator('body').press('t');
    await reader.locator('body').press('h');
    await expect.poll(async () => Number(await size.getAttribute('data-value'))).toBeGreaterThan(sizeBefore);
    expect(await reader.evaluate(() => document.documentElement.dataset.theme)).not.toBe(themeBefore);
    await expect.poll(() => body.locator('mark').count()).toBeGreaterThan(3);
    await reader.locator('body').press('h');

    // Settings persist: a new reading view opens with the last choices.
    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${tabId}`);
    await again.getByTestId('article').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await again.getByTestId('title').textContent()) ?? '').toContain('幹部');
    await again.getByTestId('script-toggle').selectOption('original');
    await again.close();
    await reader.close();
  });
});
