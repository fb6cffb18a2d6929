/**
 * Where WebAssembly cannot run (a browser or policy that refuses it), the worker falls back to Intl.Segmenter
 * (load-engine-web.ts): the reader still gets a summary and keywords, and the card says they are rougher. Proven on a
 * copy of the build without its jieba wasm file, so the worker's real load fails as it would there.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, EXTENSION_DIR, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import type { FixtureServer } from './support/fixture-server';
import { openArticle } from './support/seed-article';

// The extension API as seen inside the popup page, where the evaluate() callback runs.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const skip = browserSkipReason();

function buildWithoutWasm(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'tcn-no-wasm-')), 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const removed = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.wasm'));
  for (const file of removed) rmSync(path.join(dir, file));
  // The build emits jieba's wasm exactly once (a module worker, not inlined); a build without it proves nothing here.
  expect(removed).toHaveLength(1);
  return dir;
}

describe.skipIf(skip !== null)('the popup when WebAssembly cannot load (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => ({ server, browser } = await startSession(undefined, undefined, buildWithoutWasm())));
  afterAll(() => closeSession(server, browser));

  it('still shows a summary and keywords, and says they come without jieba', async () => {
    const { tabId } = await openArticle(browser);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    expect(((await page.getByTestId('summary').textContent()) ?? '').length).toBeGreaterThan(20);
    expect(await page.locator('[data-testid="keywords"] li').count()).toBeGreaterThanOrEqual(5);
    const said = await page.evaluate(() => chrome.i18n.getMessage('warningNoWasm'));
    expect(said.length).toBeGreaterThan(10);
    expect(await page.getByTestId('notices').textContent()).toBe(said);
  });
});
