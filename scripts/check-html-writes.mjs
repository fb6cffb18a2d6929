// Fails when any source file other than the one sanitizer writes HTML into a document (product.md, security rules).
// A read of innerHTML is flagged too: it is almost always the first half of a write, and nothing here needs it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const SANITIZER = 'utils/sanitize-html.ts';
const PATTERN = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write(ln)?)\b/;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|js|mjs|jsx)$/.test(f) && /^(entrypoints|components|utils|scripts)\//.test(f))
  .filter((f) => f !== SANITIZER && f !== 'scripts/check-html-writes.mjs');

const hits = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the work tree but still in the index
  }
  text.split('\n').forEach((line, i) => {
    if (PATTERN.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
  });
}
if (hits.length > 0) {
  console.error(`HTML may only be written by ${SANITIZER}; found:\n${hits.join('\n')}`);
  process.exit(1);
}
console.log(`html-writes check: ${files.length} files, none write HTML outside ${SANITIZER}`);
