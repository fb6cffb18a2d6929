/**
 * axe-core inside the real popup and reading view: no serious or critical violations. Also takes the popup's dark
 * screenshot, since that is the same page under the dark colour scheme.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import type { FixtureServer } from './support/fixture-server';
import { openArticle } from './support/seed-article';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const skip = browserSkipReason();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the extension page's CSP does not apply to.
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(skip !== null)('accessibility of the popup and the reading view', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let tabId: number;

  beforeAll(async () => {
    ({ server, browser } = await startSession());
    ({ tabId } = await openArticle(browser));
  });
  afterAll(() => closeSession(server, browser));

  it('the popup has no serious violations, in light and dark', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup
      .getByTestId('summary')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        // Say what the reader saw instead, so a failure here can be told apart from a slow machine.
        throw new Error(`no summary after 30 s; the popup showed: ${await popup.locator('body').innerText()}`, {
          cause: error,
        });
      });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: path.resolve('docs/screenshots/popup-dark.png'), fullPage: true });
  });

  it('the reading view has no serious violations in any theme', async () => {
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${tabId}`);
    await reader.getByTestId('article').waitFor({ timeout: 30_000 });
    for (const theme of ['light', 'sepia', 'dark']) {
      await reader.getByTestId('theme').selectOption(theme);
      expect(await seriousViolations(reader), theme).toEqual([]);
    }
    await reader.getByTestId('theme').selectOption('system');
  });

  it('the notice of a page the copy lacks reads well in both, in every colour scheme', async () => {
    const missing = await openArticle(browser, 'http://www.taiwan.cn/plzhx/hxshp/201803/t20180312_11930127.htm');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${missing.tabId}`);
    await popup.getByTestId('notices').waitFor({ timeout: 30_000 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await seriousViolations(popup), colorScheme).toEqual([]);
    }
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${missing.tabId}`);
    await reader.getByTestId('notices').waitFor({ timeout: 30_000 });
    for (const theme of ['light', 'sepia', 'dark']) {
      await reader.getByTestId('theme').selectOption(theme);
      expect(await seriousViolations(reader), theme).toEqual([]);
    }
    await reader.getByTestId('theme').selectOption('system');
  });
});
