/**
 * Analysis speed, ours next to the jieba TF-IDF baseline, on one article of about 3,000 characters:
 *   cold: a fresh Node process until the engine is ready (wasm compiled, jieba's dictionary built, site words added,
 *         IDF table parsed) and until the first result; median of COLD_RUNS processes each
 *   warm: median and 95th percentile of --runs analyses after a warm-up, in this process (simplified and traditional)
 * The article is the seed article followed by gold-set paragraphs (simplified) until it reaches 3,000 characters.
 *
 *   npx tsx scripts/bench-analysis.ts [--runs 200]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_CHARS = 3000;
const WARMUP = 30;
// V8 compiles the 4 MB wasm to optimised code in the background; until it has, calls run on the baseline tier.
const WARMUP_MS = 2000;
const COLD_RUNS = 3;
const WARM_TARGET_MS = 20;

interface BenchArticle {
  title: string;
  paragraphs: string[];
  script: 'Hans' | 'Hant';
  pageKeywords: string[];
}

function benchArticle(): BenchArticle {
  const seed = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed-2017/expected.json'), 'utf8'));
  const paragraphs: string[] = [...seed.paragraphs];
  const size = () => paragraphs.join('').replace(/\s/g, '').length;
  const goldDir = join(ROOT, 'tests/gold/articles');
  // In the set's numeric order, so that the article stays the same as the set grows past 99.
  const files = readdirSync(goldDir).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    if (gold.script !== 'Hans') continue;
    for (const paragraph of gold.paragraphs) if (size() < TARGET_CHARS) paragraphs.push(paragraph);
  }
  return { title: seed.title, paragraphs, script: 'Hans', pageKeywords: [] };
}

const articleText = (a: BenchArticle) => [a.title, ...a.paragraphs].join('\n');
const fullIdfPath = () => join(ROOT, 'node_modules/@node-rs/jieba/idf.txt');

/** Runs in a child process: time from a cold start to a ready engine and to the first result. */
async function cold(which: string): Promise<void> {
  const start = performance.now();
  const article = benchArticle();
  let ready: number;
  if (which === 'ours') {
    const { loadNodeEngine } = await import('../utils/analysis/load-engine-node');
    const { analyzeArticle } = await import('../utils/analysis/analyze-article');
    const engine = await loadNodeEngine();
    ready = performance.now();
    analyzeArticle(article, engine);
  } else {
    const { cut } = await import('jieba-wasm/node');
    const { parseJiebaIdf } = await import('../utils/analysis/idf-table');
    const { jiebaTfIdfKeywords } = await import('../utils/analysis/baseline-keywords');
    const idf = parseJiebaIdf(readFileSync(fullIdfPath(), 'utf8'));
    cut('预热', true); // builds jieba's dictionary, as our engine does when it adds the site words
    ready = performance.now();
    jiebaTfIdfKeywords(cut, idf, articleText(article), 8);
  }
  console.log(JSON.stringify({ ready: ready - start, first: performance.now() - start }));
}

function timeRuns(runs: number, task: () => unknown): { median: number; p95: number } {
  const warmUntil = performance.now() + WARMUP_MS;
  for (let i = 0; i < WARMUP || performance.now() < warmUntil; i += 1) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    task();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))]! };
}

function coldRuns(which: string): { ready: number; first: number } {
  const results = Array.from({ length: COLD_RUNS }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--cold', which], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return JSON.parse(out.trim().split('\n').pop()!) as { ready: number; first: number };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { ready: median(results.map((r) => r.ready)), first: median(results.map((r) => r.first)) };
}

async function main(): Promise<void> {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;
  const article = benchArticle();
  const { ConverterFactory } = await import('opencc-js/core');
  const { from, to } = await import('opencc-js/preset');
  const toTraditional = ConverterFactory(...from.cn!, ...to.tw!);
  const traditional: BenchArticle = {
    ...article,
    script: 'Hant',
    title: toTraditional(article.title),
    paragraphs: article.paragraphs.map(toTraditional),
  };
  const chars = article.paragraphs.join('').replace(/\s/g, '').length;

  const coldOurs = coldRuns('ours');
  const coldBase = coldRuns('jieba');

  // The baseline runs first: our engine adds the site dictionary to the one jieba instance of this process.
  const { cut } = await import('jieba-wasm/node');
  const { parseJiebaIdf } = await import('../utils/analysis/idf-table');
  const { jiebaTfIdfKeywords } = await import('../utils/analysis/baseline-keywords');
  const fullIdf = parseJiebaIdf(readFileSync(fullIdfPath(), 'utf8'));
  const warmBase = timeRuns(runs, () => jiebaTfIdfKeywords(cut, fullIdf, articleText(article), 8));
  const warmBaseHant = timeRuns(runs, () => jiebaTfIdfKeywords(cut, fullIdf, articleText(traditional), 8));

  const { loadNodeEngine } = await import('../utils/analysis/load-engine-node');
  const { analyzeArticle } = await import('../utils/analysis/analyze-article');
  const engine = await loadNodeEngine();
  const warmOurs = timeRuns(runs, () => analyzeArticle(article, engine));
  const warmOursHant = timeRuns(runs, () => analyzeArticle(traditional, engine));

  const met = Math.max(warmOurs.median, warmOursHant.median) <= WARM_TARGET_MS;
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
  const row = (label: string, ours: number, base: number) => console.log(`${label.padEnd(30)}${ms(ours)}${ms(base)}`);
  console.log(
    `analysis benchmark: ${chars}-character article, Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} x${cpus().length}`,
  );
  console.log(
    `cold: median of ${COLD_RUNS} fresh processes; warm: ${runs} runs after >= ${WARMUP} runs and ${WARMUP_MS} ms of warm-up`,
  );
  // Other work on the machine slows every figure; the load average says how much there was.
  console.log(`load average at the end: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores\n`);
  console.log(`${''.padEnd(30)}${'ours'.padStart(10)}${'jieba'.padStart(10)}`);
  row('cold start, engine ready', coldOurs.ready, coldBase.ready);
  row('cold start, first result', coldOurs.first, coldBase.first);
  row('warm median (simplified)', warmOurs.median, warmBase.median);
  row('warm p95 (simplified)', warmOurs.p95, warmBase.p95);
  row('warm median (traditional)', warmOursHant.median, warmBaseHant.median);
  row('warm p95 (traditional)', warmOursHant.p95, warmBaseHant.p95);
  console.log(`
ours: keywords + summary + reading stats (IDF: compact asset); jieba: TF-IDF keywords only (IDF: full idf.txt)
target warm <= ${WARM_TARGET_MS} ms: ${met ? 'met' : 'MISSED'}`);
  process.exitCode = met ? 0 : 1;
}

const coldArg = process.argv.indexOf('--cold');
if (coldArg > 0) await cold(process.argv[coldArg + 1] ?? 'ours');
else await main();
