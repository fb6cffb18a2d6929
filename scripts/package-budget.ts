/**
 * What the product promises about its size (product.md, targets): the content script that runs on every taiwan.cn
 * page stays under 30 kB minified, and the Chrome package under 4 MB zipped. Shared by the test and `npm run bench`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export const CONTENT_SCRIPT_LIMIT = 30 * 1024;
export const ZIP_LIMIT = 4 * 1024 * 1024;

function collect(dir: string, into: Zippable, prefix = ''): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) collect(full, into, `${prefix}${name}/`);
    else into[`${prefix}${name}`] = readFileSync(full);
  }
}

export function packageSizes(buildDir = '.output/chrome-mv3'): { contentScript: number; zip: number } {
  const contentScript = statSync(path.join(buildDir, 'content-scripts/content.js')).size;
  const files: Zippable = {};
  collect(buildDir, files);
  // Deflate at the level store uploads use; this is what a user downloads.
  const zip = zipSync(files, { level: 9 }).length;
  return { contentScript, zip };
}
