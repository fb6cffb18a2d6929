/** The built extension against its size budgets (in the browser project because it needs the build). */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_LIMIT, ZIP_LIMIT, packageSizes } from '../../scripts/package-budget';

const built = existsSync('.output/chrome-mv3/manifest.json');
if (!built && process.env.CI !== 'true') console.warn('[budget] no build in .output/chrome-mv3: skipped');

describe.skipIf(!built && process.env.CI !== 'true')('package budgets', () => {
  const sizes = packageSizes();
  it(`keeps the content script under ${CONTENT_SCRIPT_LIMIT / 1024} kB`, () => {
    console.log(
      `[budget] content script ${(sizes.contentScript / 1024).toFixed(1)} kB, Chrome zip ${(sizes.zip / 1024 / 1024).toFixed(2)} MB`,
    );
    expect(sizes.contentScript).toBeLessThanOrEqual(CONTENT_SCRIPT_LIMIT);
  });
  it(`keeps the Chrome zip under ${ZIP_LIMIT / 1024 / 1024} MB`, () => {
    expect(sizes.zip).toBeLessThanOrEqual(ZIP_LIMIT);
  });
});
