/**
 * Chrome stops an MV3 service worker whenever it likes (30 s idle, or under memory pressure). Here it is stopped on
 * purpose, through the DevTools protocol, between the article being recognised and the popup opening: the popup and
 * the reading view must still show the article, read back from storage.session by a freshly started worker.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, browserSkipReason, tabIdFor, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import type { FixtureServer } from './support/fixture-server';
import { SEED_URL } from './support/seed-article';

const expected = JSON.parse(readFileSync('tests/fixtures/seed-2017/expected.json', 'utf8')) as {
  title: string;
  paragraphs: string[];
};
const skip = browserSkipReason();
if (skip) console.warn(`[browser] ${skip}`);

/** The extension's worker as the DevTools protocol reports it: every running-status change, in order. */
class WorkerWatch {
  readonly statuses: string[] = [];
  private versionId: string | null = null;

  constructor(
    private readonly cdp: CDPSession,
    extensionId: string,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
        this.versionId = v.versionId;
        if (this.statuses.at(-1) !== v.runningStatus) this.statuses.push(v.runningStatus);
      }
    });
  }

  async start(): Promise<void> {
    await this.cdp.send('ServiceWorker.enable');
    await this.waitFor('running');
  }

  /** Stop the worker now, whatever it is doing, and wait until Chrome reports it stopped. */
  async stop(): Promise<void> {
    if (!this.versionId) throw new Error('the extension has no service worker');
    this.statuses.length = 0;
    await this.cdp.send('ServiceWorker.stopWorker', { versionId: this.versionId });
    await this.waitFor('stopped');
  }

  async waitFor(status: string, timeoutMs = 10_000): Promise<void> {
    for (
      const end = Date.now() + timeoutMs;
      !this.statuses.includes(status);
      await new Promise((r) => setTimeout(r, 50))
    ) {
      if (Date.now() > end) throw new Error(`the worker never reported "${status}" (saw ${this.statuses.join(', ')})`);
    }
  }
}

describe.skipIf(skip !== null)('the popup and reading view after the service worker was stopped (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let watch: WorkerWatch;
  let tabId: number;

  beforeAll(async () => {
    ({ server, browser } = await startSession());
    const article = await browser.context.newPage();
    watch = new WorkerWatch(await browser.context.newCDPSession(article), browser.extensionId);
    await watch.start();
    await article.goto(SEED_URL);
    tabId = await tabIdFor(browser.worker, SEED_URL);
  });

  afterAll(() => closeSession(server, browser));

  it('stopped right after the article was recognised, the popup still shows title, meta, summary and keywords', async () => {
    await expect.poll(() => badgeText(browser.worker, tabId), { timeout: 20_000 }).toBe('文');
    // No waiting for the analysis: the worker dies with whatever it was doing, as Chrome may kill it.
    await watch.stop();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('title').waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('title').textContent()).toBe(expected.title);
    expect(await popup.getByTestId('meta').textContent()).toContain('东方网');
    await popup.getByTestId('summary').waitFor({ timeout: 30_000 });
    const summary = (await popup.getByTestId('summary').textContent()) ?? '';
    expect(summary.length).toBeGreaterThan(20);
    expect(expected.paragraphs.join('')).toContain(summary.slice(0, 12));
    expect(await popup.getByTestId('keywords').locator('li').count()).toBeGreaterThanOrEqual(5);
    // The popup's request woke a new worker: the answer did not come from the one that was stopped.
    expect(watch.statuses).toEqual(expect.arrayContaining(['stopped', 'starting', 'running']));
    await popup.close();
  });

  it('stopped again once all is done, the reading view opens with the clean body', async () => {
    await watch.stop();
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${tabId}`);
    const body = reader.getByTestId('article');
    await body.waitFor({ timeout: 30_000 });
    expect((await body.textContent()) ?? '').toContain(expected.paragraphs[0]!.slice(0, 30));
    expect(await reader.getByTestId('title').textContent()).toBe(expected.title);
    expect(watch.statuses).toEqual(expect.arrayContaining(['stopped', 'running']));
    await reader.close();
  });
});
