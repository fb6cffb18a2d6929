/** What the browser benches share: bundling code for a page, and a headless Chromium that reaches no network. */
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

const ROOT = new URL('..', import.meta.url).pathname;

/** Bundle `contents` (TypeScript, imports relative to the repo root) into one minified IIFE for `addScriptTag`. */
export async function bundleForPage(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Debian's Chromium (CHROME_PATH overrides), headless, with its own background traffic off. */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'], // prettier-ignore
  });
}
