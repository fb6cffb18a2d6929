/**
 * Extraction speed and quality in a real browser: the extraction code and Readability are bundled into one IIFE,
 * every fixture page is served from a loopback server in its real bytes and encoding (no other network: every other
 * request is refused), and both extractors are timed on the same pages in the same run. Prints per-run median and p95,
 * the speed ratio, then the fields and body F1 of the built code over the fixture suite.
 *
 *   npx tsx scripts/bench-extraction.ts [--runs 5] [--repeat 5] [--pages]
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { bundleForPage, launchBenchChromium } from './bench-browser';
import type { Article } from '../utils/article';
import { decodePageBytes } from '../utils/charset/decode-page-bytes';
import { bigramF1 } from '../tests/unit/extract/bigram-f1';
import { listFixtures, type Fixture } from '../tests/unit/extract/fixture-io';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 5);
const REPEAT = arg('--repeat', 5);

function bundle(): Promise<string> {
  return bundleForPage(`import { extractArticle } from './utils/extract/extract-article';
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from './utils/sanitize-html';
(globalThis as any).__bench = { extractArticle, Readability, sanitizeHtml };`);
}

/** Serves /f/<slug>/<file> with the bytes and the charset the decoder finds, as the site's server would, and /bench.js. */
function serve(fixtures: Fixture[], code: string): Promise<Server> {
  const server = createServer((req, res) => {
    // The bundle as an external script, like the extension's injected file: an inline copy would be one more
    // <script> for the pager search to read, which no real page has.
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(code);
      return;
    }
    const m = /^\/f\/([\w-]+)\/([\w.-]+)$/.exec(req.url ?? '');
    const fixture = m && fixtures.find((f) => f.slug === m[1]);
    const file = fixture && m?.[2] ? join(fixture.dir, m[2]) : null;
    if (!fixture || !file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const bytes = readFileSync(file);
    const { encoding } = decodePageBytes(bytes, fixture.url);
    res.writeHead(200, { 'content-type': `text/html; charset=${encoding}` }).end(bytes);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs: number[]): number => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return (s[lo] ?? 0) + ((s[Math.ceil(i)] ?? 0) - (s[lo] ?? 0)) * (i - lo);
}

interface PageResult {
  ours: number[];
  readability: number[];
  sanitizer: number[];
  article: Article;
}

async function main(): Promise<void> {
  const fixtures = listFixtures().filter((f) => f.expected);
  const code = await bundle();
  const server = await serve(fixtures, code);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBenchChromium();
  const results = new Map<string, PageResult>();
  try {
    const page = await browser.newPage();
    // tsx compiles with keepNames, so functions handed to page.evaluate call a `__name` helper the page lacks.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    // Hermetic: the pages' own scripts, styles and images on taiwan.cn hosts are never fetched.
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    for (const fixture of fixtures) {
      await page.goto(`${origin}/f/${fixture.slug}/page.htm`, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ url: `${origin}/bench.js` });
      const result = await page.evaluate(
        async ({ url, slug, runs, repeat, article }) => {
          const w = window as unknown as {
            __bench: {
              extractArticle: typeof import('../utils/extract/extract-article').extractArticle;
              Readability: typeof import('@mozilla/readability').Readability;
              sanitizeHtml: typeof import('../utils/sanitize-html').sanitizeHtml;
            };
          };
          const { extractArticle, Readability, sanitizeHtml } = w.__bench;
          const name = (u: string): string => new URL(u).pathname.split('/').pop() ?? '';
          const fetchPage = async (u: string): Promise<ArrayBuffer> => {
            const file = name(u) === name(url) ? 'page.htm' : name(u);
            const r = await fetch(`/f/${slug}/${file}`);
            if (!r.ok) throw new Error(`no file ${file} next to the page`);
            return r.arrayBuffer();
          };
          const extracted = await extractArticle(document, url, { fetchPage });
          const ours: number[] = [];
          const readability: number[] = [];
          const sanitizer: number[] = [];
          if (article) {
            for (let i = 0; i < 2; i++) {
              await extractArticle(document, url);
              new Readability(document.cloneNode(true) as Document).parse();
            }
            for (let r = 0; r < runs; r++) {
              // One page's time per run: the mean of `repeat` back-to-back calls (the timer is coarse in Chromium).
              let t = performance.now();
              for (let i = 0; i < repeat; i++) await extractArticle(document, url);
              ours.push((performance.now() - t) / repeat);
              t = performance.now();
              for (let i = 0; i < repeat; i++) new Readability(document.cloneNode(true) as Document).parse();
              readability.push((performance.now() - t) / repeat);
              // The share of our time spent in the shared sanitizer (same call, same HTML size), for the report.
              t = performance.now();
              for (let i = 0; i < repeat; i++) sanitizeHtml(extracted.html, window);
              sanitizer.push((performance.now() - t) / repeat);
            }
          }
          return { ours, readability, sanitizer, article: extracted };
        },
        {
          url: fixture.url,
          slug: fixture.slug,
          runs: RUNS,
          repeat: REPEAT,
          article: fixture.expected?.kind === 'article',
        },
      );
      results.set(fixture.slug, result as PageResult);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const articles = [...results.entries()].filter(([, r]) => r.ours.length);
  console.log(`Chromium, ${articles.length} article pages, ${RUNS} runs x ${REPEAT} calls per page (ms per page)`);
  console.log('run  ours median  ours p95  readability median  readability p95  ratio (median)');
  for (let r = 0; r < RUNS; r++) {
    const ours = articles.map(([, x]) => x.ours[r] ?? NaN);
    const them = articles.map(([, x]) => x.readability[r] ?? NaN);
    const row = [median(ours), quantile(ours, 0.95), median(them), quantile(them, 0.95)].map((n) => n.toFixed(2));
    console.log(
      `${r + 1}    ${row[0]}        ${row[1]}      ${row[2]}               ${row[3]}            ${(median(them) / median(ours)).toFixed(1)}x`,
    );
  }
  if (process.argv.includes('--pages')) {
    for (const [slug, x] of articles) {
      console.log(
        `  ${slug.padEnd(40)} ours ${median(x.ours).toFixed(2)} ms, readability ${median(x.readability).toFixed(2)} ms`,
      );
    }
  }
  const allOurs = articles.flatMap(([, x]) => x.ours);
  const allThem = articles.flatMap(([, x]) => x.readability);
  console.log(
    `all  ours median ${median(allOurs).toFixed(2)} ms, p95 ${quantile(allOurs, 0.95).toFixed(2)} ms; ` +
      `readability median ${median(allThem).toFixed(2)} ms, p95 ${quantile(allThem, 0.95).toFixed(2)} ms; ` +
      `ratio ${(median(allThem) / median(allOurs)).toFixed(1)}x (targets: <= 5 ms, >= 5x)`,
  );
  console.log(
    `     of ours, utils/sanitize-html.ts on the body: median ${median(articles.flatMap(([, x]) => x.sanitizer)).toFixed(2)} ms`,
  );

  let fields = 0;
  let right = 0;
  const f1s: number[] = [];
  const wrong: string[] = [];
  for (const fixture of fixtures) {
    const got = results.get(fixture.slug)?.article;
    if (!got || !fixture.expected) continue;
    for (const [field, want] of Object.entries(fixture.expected)) {
      fields++;
      if (JSON.stringify(got[field as keyof Article]) === JSON.stringify(want)) right++;
      else wrong.push(`${fixture.slug}.${field}`);
    }
    if (fixture.expected.kind === 'article') {
      f1s.push(bigramF1(got.paragraphs.join('\n'), (fixture.expected.paragraphs ?? []).join('\n')));
    }
  }
  console.log(
    `fields: ${right}/${fields} right (${((100 * right) / fields).toFixed(1)}%) over ${fixtures.length} fixtures` +
      (wrong.length ? `; wrong: ${wrong.join(', ')}` : ''),
  );
  console.log(
    `body bigram F1: mean ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(4)}, min ${Math.min(...f1s).toFixed(4)} over ${f1s.length} articles (target >= 0.98)`,
  );
}

await main();
