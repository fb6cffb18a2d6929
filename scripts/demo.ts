/**
 * npm run demo: builds the extension for Chrome and Firefox, reads the bundled seed page (GBK bytes) with the same
 * code the extension runs, prints what a reader would see first, and writes the four clean copies to demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleFileName } from '../utils/export/file-name';
import { render } from './cli-args';
import { readPageFile } from './page-file';

const SEED = 'tests/fixtures/seed-2017/page.htm';
const SEED_URL = 'http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm';
const OUT = 'demo-output';

console.log('» Building the extension (.output/chrome-mv3 and .output/firefox-mv3) …');
execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });

console.log(`\n» Reading ${SEED} …`);
const article = await readPageFile(SEED, { url: SEED_URL, analyze: true });
console.log(`标题   ${article.title}`);
console.log(`时间   ${article.publishedAt}`);
console.log(`来源   ${article.source}    责任编辑 ${article.editor}    栏目 ${article.category.join(' > ')}`);
console.log(`正文   ${article.paragraphs.length} 段, ${article.charCount} 字, 约 ${article.readingMinutes} 分钟`);
console.log(`摘要   ${(article.summary ?? []).join('')}`);
console.log(`关键词 ${(article.keywords ?? []).map((k) => `${k.word}(${k.score.toFixed(2)})`).join(' ')}`);
if (article.warnings.length > 0) console.log(`提示   ${article.warnings.join('; ')}`);

await mkdir(OUT, { recursive: true });
const savedAt = new Date();
for (const format of ['html', 'md', 'txt', 'json'] as const) {
  const file = path.join(OUT, articleFileName(article, format));
  await writeFile(file, render(article, format, savedAt));
  console.log(`wrote  ${file}`);
}
