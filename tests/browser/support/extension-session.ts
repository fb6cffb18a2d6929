/**
 * What every Chromium suite starts with and ends with: the loopback fixture server and a browser with the built
 * extension pointed at it.
 */
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface ExtensionSession {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * `pages`: extra responses by host + path, beside the fixtures; `downloadsDir`: where the browser saves downloads;
 * `extensionDir`: another unpacked build than the one in .output.
 */
export async function startSession(
  pages?: Record<string, Buffer>,
  downloadsDir?: string,
  extensionDir?: string,
): Promise<ExtensionSession> {
  const server = await startFixtureServer(pages);
  try {
    return { server, browser: await launchWithExtension(server.port, downloadsDir, extensionDir) };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Close what was started; either may be missing when start-up itself failed. */
export async function closeSession(server?: FixtureServer, browser?: ExtensionBrowser): Promise<void> {
  await browser?.close();
  await server?.close();
}
