/**
 * Launches Debian's Chromium with the built extension loaded, headless, with the taiwan.cn hosts mapped onto the
 * loopback fixture server. Playwright never downloads a browser here: it drives the system one.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

// The extension APIs as seen inside the worker, where these evaluate() callbacks run.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Outside CI a machine without Chromium skips the suite with a reason; in CI a missing browser is a failure. */
export function browserSkipReason(): string | null {
  if (process.env.CI === 'true') return null;
  if (!existsSync(CHROME_PATH)) return `no Chromium at ${CHROME_PATH} (set CHROME_PATH): browser tests skipped`;
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    return 'no build in .output/chrome-mv3 (run npm run build)';
  return null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** `extensionDir`: another unpacked build than .output/chrome-mv3 (the popup-speed baseline uses a modified copy). */
export async function launchWithExtension(
  port: number,
  downloadsDir?: string,
  extensionDir = EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'tcn-profile-'));
  const map = ['taiwan.cn', '*.taiwan.cn', 'chinataiwan.cn', '*.chinataiwan.cn', 'mirror.example']
    .map((host) => `MAP ${host} 127.0.0.1:${port}`)
    .join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: false, // the new headless mode is asked for by flag: it is the one that runs extensions
    // Playwright stores downloads under GUID names in this folder; tests read the bytes from there and the file name
    // from the page's call to the downloads API.
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    // Chromium converts download file names to the locale's codeset: under a bare C locale (CI may have no LANG) every
    // Chinese file name is "Invalid filename". C.UTF-8 exists on every Debian machine.
    env: { ...process.env, LANG: 'C.UTF-8' },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${map}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: () => context.close() };
}

/** The tab id of the page showing `url`, asked of the extension's own worker. */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return (tabs as { url?: string; id?: number }[]).find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The popup address the worker gave the tab (popup.html?tabId=N, with the card's head once it has the article). */
export async function popupAddress(worker: Worker, tabId: number): Promise<URL> {
  return new URL(await worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId));
}
