/**
 * Saving from the real popup: each format is downloaded through browser.downloads and read back from disk; the
 * article is added to the library (IndexedDB in the extension's origin) and opened in the reading view offline.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import type { FixtureServer } from './support/fixture-server';
import { openArticle, SEED_URL } from './support/seed-article';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TITLE = '干部“新春走基层”关键要“走心”';
const skip = browserSkipReason();

interface DownloadItem {
  filename: string;
  state: string;
  url: string;
}

describe.skipIf(skip !== null)('saving copies and the library', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let popup: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ server, browser } = await startSession(undefined, mkdtempSync(path.join(tmpdir(), 'tcn-downloads-'))));
    ({ tabId } = await openArticle(browser));
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    // Record the file name the popup asks for: the harness's download folder stores files under GUID names.
    await popup.evaluate(() => {
      const names: string[] = [];
      (window as unknown as { asked: string[] }).asked = names;
      const original = chrome.downloads.download.bind(chrome.downloads);
      chrome.downloads.download = (options: { filename: string }, ...rest: unknown[]) => {
        names.push(options.filename);
        return original(options, ...rest);
      };
    });
    await popup.getByTestId('summary').waitFor({ timeout: 30_000 });
  });
  afterAll(() => closeSession(server, browser));

  /** Click a save button, wait for the status line, and return the finished download's text. */
  async function save(testId: string, ext: string): Promise<{ status: string; text: string }> {
    const before = await popup.getByTestId('status').textContent();
    await popup.getByTestId(testId).click();
    await popup.waitForFunction(
      (prev) => {
        const s = document.querySelector('[data-testid="status"]')?.textContent ?? '';
        return s !== prev && !/…$/.test(s);
      },
      before,
      { timeout: 20_000 },
    );
    const status = (await popup.getByTestId('status').textContent()) ?? '';
    const items = (await browser.worker.evaluate(() =>
      chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }),
    )) as DownloadItem[];
    const item = items.find((i) => i.url.startsWith('blob:') && i.state === 'complete');
    expect(item, `a finished download (${status})`).toBeDefined();
    const asked = await popup.evaluate(() => (window as unknown as { asked: string[] }).asked.at(-1));
    expect(asked).toBe(`2017-02-23 ${TITLE}.${ext}`);
    return { status, text: readFileSync(item!.filename, 'utf8') };
  }

  it('saves a standalone, inert HTML copy', async () => {
    const { status, text } = await save('save-html', 'html');
    expect(status).toContain(`2017-02-23 ${TITLE}.html`);
    expect(text).toContain("default-src 'none'");
    expect(text).toContain('一年之计在于春');
    expect(text).not.toMatch(/<script/i);
  });

  it('saves Markdown with front matter', async () => {
    const { text } = await save('save-md', 'md');
    expect(text.startsWith('---\n')).toBe(true);
    expect(text).toContain('source: "东方网"');
    expect(text).toContain('一年之计在于春');
  });

  it('saves plain text and the JSON Article', async () => {
    expect((await save('save-txt', 'txt')).text).toContain(TITLE);
    const json = JSON.parse((await save('save-json', 'json')).text) as { title: string; editor: string };
    expect(json.title).toBe(TITLE);
    expect(json.editor).toBe('李帅');
  });

  it('copies the GB/T 7714 citation and the Markdown to the clipboard', async () => {
    // Chromium will not grant clipboard-read to an extension origin, so the test records what the popup writes.
    await popup.evaluate(() => {
      const written: string[] = [];
      (window as unknown as { copied: string[] }).copied = written;
      const original = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => (written.push(text), original(text));
    });
    const lastCopied = () => popup.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
    await popup.getByTestId('copy-citation').click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/已复制|Copied/);
    const citation = await lastCopied();
    expect(citation).toContain(`${TITLE}[N/OL]`);
    expect(citation).toContain('东方网, 2017-02-23');
    expect(citation).toContain('http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm');
    await popup.getByTestId('copy-md').click();
    await expect.poll(lastCopied).toMatch(/^---\ntitle: /);
  });

  it('saves the Markdown copy from the reading view opened as the context menu and the save command open it', async () => {
    // Both open reader.html?tabId=N&save=md (entrypoints/background/shortcuts.ts): downloads need an extension page.
    const downloads = () => browser.worker.evaluate(async () => (await chrome.downloads.search({})).length as number);
    const before = await downloads();
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${tabId}&save=md`);
    await expect
      .poll(() => reader.getByTestId('status').textContent(), { timeout: 20_000 })
      .toContain(`2017-02-23 ${TITLE}.md`);
    const [item] = (await browser.worker.evaluate(() =>
      chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }),
    )) as DownloadItem[];
    expect(await downloads()).toBe(before + 1);
    expect(item?.state).toBe('complete');
    const text = readFileSync(item!.filename, 'utf8');
    expect(text).toMatch(/^---\ntitle: /);
    expect(text).toContain('一年之计在于春');
    expect(await reader.getByTestId('article').textContent()).toContain('一年之计在于春');
    await reader.close();
  });

  it('adds to the library, updates on a second add, and opens the entry offline', async () => {
    await popup.getByTestId('add-library').click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/已加入文库|Added/);
    await popup.getByTestId('add-library').click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/已更新|updated/);

    await server.close();
    await browser.context.setOffline(true);
    const reader = await browser.context.newPage();
    const canonical = encodeURIComponent(SEED_URL);
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?url=${canonical}`);
    await reader.getByTestId('article').waitFor({ timeout: 20_000 });
    expect(await reader.getByTestId('title').textContent()).toBe(TITLE);
    expect(await reader.getByTestId('article').textContent()).toContain('一年之计在于春');
  });
});
