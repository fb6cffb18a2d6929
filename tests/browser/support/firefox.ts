/**
 * Launches Debian's firefox-esr headless over WebDriver BiDi (puppeteer-core) with a fresh profile and the built
 * Firefox extension installed. Firefox has no host-mapping flag, so the profile sends every request through the
 * loopback fixture server as an HTTP proxy: the server sees the absolute URL and the Host header and answers for
 * taiwan.cn hosts from the fixtures; anything else gets a 404 from it, so nothing reaches the network.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');
/** The gecko id in wxt.config.ts. */
export const GECKO_ID = 'reader@taiwan-cn-reader.example';
/** Fixed through the profile, so extension pages have a known address (Firefox picks a random one per profile). */
export const EXTENSION_UUID = '3f1c2a4e-8d7b-4c61-9a5e-2b0d6f8e1c47';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Outside CI a machine without firefox-esr skips the suite with a reason; in CI a missing browser is a failure. */
export function firefoxSkipReason(): string | null {
  if (process.env.CI === 'true') return null;
  if (!existsSync(FIREFOX_PATH))
    return `no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr, or set FIREFOX_PATH): Firefox tests skipped`;
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    return 'no build in .output/firefox-mv3 (run npm run build)';
  return null;
}

function profilePrefs(proxyPort: number): Record<string, unknown> {
  return {
    // Every protocol through the fixture server; it does not tunnel (no CONNECT), so https elsewhere simply fails.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Firefox's own background traffic, beyond what puppeteer already turns off.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'app.shield.optoutstudies.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.ping-centre.telemetry': false,
    'media.gmp-gmpopenh264.enabled': false,
    'intl.accept_languages': 'zh-CN, zh', // the UI language the extension's default locale is written for
    'intl.locale.requested': 'zh-CN',
  };
}

/** Poll `read` until `done` accepts its value; errors while a page is between documents count as "not yet". */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  let last: T | string = 'nothing read';
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      last = String(error);
    }
  }
  throw new Error(`timed out after ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
}

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** An extension page, opened in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(proxyPort: number): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    // BiDi refuses to navigate a tab to a moz-extension: page unless the session may reach privileged documents.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: profilePrefs(proxyPort),
  });
  try {
    // A temporary install, like about:debugging's "Load Temporary Add-on": unsigned builds are accepted.
    const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return {
      browser,
      extensionId,
      async openExtensionPage(pathAndQuery) {
        const page = await browser.newPage();
        const url = `${EXTENSION_ORIGIN}/${pathAndQuery.replace(/^\//, '')}`;
        // The tab changes process (web → extension) and puppeteer never sees that navigation finish, so the goto is
        // left to time out on its own and the page is polled until it shows the address and has loaded.
        void page.goto(url).catch(() => undefined);
        await until(
          () => page.evaluate(() => `${location.href} ${document.readyState}`),
          (s) => s === `${url} complete`,
        );
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
