/**
 * A hostile article in Chromium with the built extension. Its payloads (tests/hostile/xss-article) set
 * window.__pwned, set document.title to PWNED and call http://www.taiwan.cn/pwned/<protocol>/<name> on the loopback
 * server. On the live page they run, which proves they are live; in the reading view and the popup none may run, none
 * may even be blocked by the CSP (the sanitizer must have removed them first), and the article's text must be there.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, browserSkipReason, popupAddress, tabIdFor, type ExtensionBrowser } from './support/chromium';
import { closeSession, startSession } from './support/extension-session';
import type { FixtureServer } from './support/fixture-server';

const DIR = 'tests/hostile/xss-article';
const HOSTILE_URL = readFileSync(`${DIR}/url.txt`, 'utf8').trim();
const TITLE = '海峡论坛青年分论坛在厦门开幕';
const skip = browserSkipReason();
if (skip) console.warn(`[browser] ${skip}`);

// Runs inside the extension page before any of its scripts: records every CSP violation, i.e. every blocked attempt.
function recordViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return;
  }
}

interface PageFindings {
  pwned: unknown;
  title: string;
  violations: string[] | null;
  active: string[];
}

/** Where an extension page shows page-derived content; the rest is the extension's own UI (buttons, selects). */
const PAGE_DERIVED = ['article', 'title', 'meta', 'summary', 'keywords']
  .map((id) => `[data-testid="${id}"]`)
  .join(', ');

/** What a payload could have left behind in an extension page, read from its live DOM. */
function findings(page: Page, regions = PAGE_DERIVED): Promise<PageFindings> {
  return page.evaluate((selector) => {
    const active: string[] = [];
    const scopes = Array.from(document.querySelectorAll(selector));
    for (const el of scopes.flatMap((scope) => [scope, ...Array.from(scope.querySelectorAll('*'))])) {
      if (
        /^(script|iframe|frame|object|embed|form|input|button|svg|math|style|link|meta|base|video|audio)$/i.test(
          el.localName,
        )
      ) {
        active.push(`<${el.localName}>`);
      }
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcset')
          active.push(`${attr.name} on <${el.localName}>`);
        if (attr.name === 'href' && !/^https?:\/\//.test(attr.value)) active.push(`href ${attr.value}`);
      }
      if (getComputedStyle(el).position === 'fixed') active.push(`position:fixed <${el.localName}>`);
    }
    const w = window as unknown as { __pwned?: unknown; __violations?: string[] };
    return { pwned: w.__pwned ?? null, title: document.title, violations: w.__violations ?? null, active };
  }, regions);
}

describe.skipIf(skip !== null)('a hostile article in the extension pages (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let article: Page;
  let tabId: number;
  let mark: number;

  const pwnedSince = (from: number) => server.requests.slice(from).filter((r) => r.includes('/pwned/'));

  beforeAll(async () => {
    ({ server, browser } = await startSession({
      [HOSTILE_URL.replace(/^http:\/\//, '')]: readFileSync(`${DIR}/page.htm`),
    }));
    article = await browser.context.newPage();
    await article.goto(HOSTILE_URL);
    tabId = await tabIdFor(browser.worker, HOSTILE_URL);
    await until(async () => (await badgeText(browser.worker, tabId)) === '文', 20_000);
    await article.waitForTimeout(1000); // let the live page's own late loads land before the mark
    mark = server.requests.length;
  });

  afterAll(() => closeSession(server, browser));

  it('recognises the article, whose payloads are live on the page itself (positive control)', async () => {
    expect(await badgeText(browser.worker, tabId)).toBe('文');
    expect(pwnedSince(0)).toEqual(expect.arrayContaining(['www.taiwan.cn/pwned/http/script-inline']));
    expect(await article.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeTruthy();
    expect(await article.title()).toBe('PWNED');
    // The same check that must find nothing in the extension pages finds the payloads in the page's own body.
    expect((await findings(article, 'div.TRS_Editor')).active.length).toBeGreaterThan(10);
  });

  it('shows the text in the reading view, and nothing from the page runs there', async () => {
    const reader = await browser.context.newPage();
    await reader.addInitScript(recordViolations);
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${tabId}`);
    const body = reader.getByTestId('article');
    await body.waitFor({ timeout: 30_000 });
    await reader.waitForTimeout(1500); // time for any deferred payload (onerror of a failing image, a timer) to fire
    const text = (await body.textContent()) ?? '';
    expect(text).toContain('第十届海峡论坛青年分论坛15日在厦门开幕');
    expect(text).toContain('与会青年表示，愿意为两岸交流合作贡献自己的力量。');
    expect(await reader.getByTestId('title').textContent()).toBe(TITLE);

    const found = await findings(reader);
    expect(found.pwned).toBeNull();
    expect(found.title).toBe(TITLE);
    expect(found.active).toEqual([]);
    expect(found.violations).toEqual([]);
    expect(pwnedSince(mark)).toEqual([]);
    await reader.close();
  });

  it('shows the title as text in the popup, and nothing from the page runs there', async () => {
    const popup = await browser.context.newPage();
    await popup.addInitScript(recordViolations);
    // At the address the worker gave the tab: the page's title travels in it and is painted before Preact loads.
    const address = await popupAddress(browser.worker, tabId);
    expect(address.searchParams.get('title')).toBe(TITLE);
    await popup.goto(address.href);
    await popup.getByTestId('title').waitFor({ timeout: 30_000 });
    await popup.getByTestId('summary').waitFor({ timeout: 30_000 });
    expect(await popup.getByTestId('title').textContent()).toBe(TITLE);
    expect(await popup.getByTestId('title').locator('*').count()).toBe(0);
    const found = await findings(popup);
    expect(found.pwned).toBeNull();
    expect(found.active).toEqual([]);
    expect(found.violations).toEqual([]);
    expect(pwnedSince(mark)).toEqual([]);
    await popup.close();
  });
});
