/**
 * npm run bench: every speed and size target, each measured next to its baseline in the same run (the machines are
 * shared and noisy, so ratios are what to read). Runs the extraction bench (ours vs Readability, in Chromium), the
 * limits bench (a 5 MB page and a 5,000-deep page, ours vs Readability, against stated limits), the
 * analysis bench (ours vs plain jieba TF-IDF), and the package budgets. Needs a build (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CONTENT_SCRIPT_LIMIT, ZIP_LIMIT, packageSizes } from './package-budget';

if (!existsSync('.output/chrome-mv3/manifest.json')) {
  console.log('» no build yet: npm run build');
  spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
}

let failed = false;
for (const script of ['scripts/bench-extraction.ts', 'scripts/bench-limits.ts', 'scripts/bench-analysis.ts']) {
  console.log(`\n» ${script}`);
  const run = spawnSync('node_modules/.bin/tsx', [script], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  if (run.status !== 0) failed = true;
}

const sizes = packageSizes();
console.log('\n» package budgets');
console.log(
  `content script ${(sizes.contentScript / 1024).toFixed(1)} kB (limit ${CONTENT_SCRIPT_LIMIT / 1024} kB); ` +
    `Chrome zip ${(sizes.zip / 1024 / 1024).toFixed(2)} MB (limit ${ZIP_LIMIT / 1024 / 1024} MB)`,
);
process.exitCode = failed ? 1 : 0;
