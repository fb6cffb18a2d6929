/**
 * The limits a hostile or broken page can push extraction to, in Chromium with the real code: a 5 MB article page and
 * a page nested 5,000 elements deep. Each is timed next to Readability on the same page in the same run, and against
 * the limit stated here (what a reader waits at most before the popup shows the article).
 *
 *   npx tsx scripts/bench-limits.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundleForPage, launchBenchChromium } from './bench-browser';

const URL_PATH = '/xwzx/la/201805/t20180514_11955001.htm';
const LIMITS_MS = { '5 MB page': 3000, '5,000-deep page': 1500 };

const frame = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>两岸青年交流活动在福州举行_中国台湾网</title></head><body>` +
  `<div class="crumb"><a href="/">中国台湾网</a> &gt; <a href="/xwzx/">新闻中心</a></div><h1>两岸青年交流活动在福州举行</h1>` +
  `<div class="info">2018年05月14日 10:05:00  来源:中国台湾网</div>${body}<p>[责任编辑:王思羽]</p></body></html>`;
const para = (i: number) => `<p>　　第${i}段：两岸青年交流活动日前在福州举行，来自海峡两岸的青年参加了参访和座谈。</p>`;

function pages(): Record<string, string> {
  let big = '';
  for (let i = 0; Buffer.byteLength(big) < 5_000_000; i += 1000) for (let j = i; j < i + 1000; j++) big += para(j);
  const deep = '<div>'.repeat(5000) + para(1) + '</div>'.repeat(5000);
  return {
    '5 MB page': frame(`<div class=TRS_Editor>${big}</div>`),
    '5,000-deep page': frame(`<div class=TRS_Editor>${para(0)}${deep}${para(2)}</div>`),
  };
}

function bundle(): Promise<string> {
  return bundleForPage(`import { extractArticle } from './utils/extract/extract-article';
import { Readability } from '@mozilla/readability';
(globalThis as any).__limits = { extractArticle, Readability };`);
}

const all = pages();
const code = await bundle();
const server = createServer((req, res) => {
  if (req.url === '/limits.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? '');
  const html = all[name];
  if (!html) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBenchChromium();
let over = false;
try {
  const page = await browser.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  console.log('page               bytes     ours ms  readability ms  paragraphs  limit ms');
  for (const name of Object.keys(all)) {
    await page.goto(`${origin}${URL_PATH}?page=${encodeURIComponent(name)}`, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ url: `${origin}/limits.js` });
    const r = await page.evaluate(async () => {
      type Lib = {
        extractArticle: (d: Document, u: string) => Promise<{ paragraphs: string[] }>;
        Readability: new (d: Document) => { parse(): unknown };
      };
      const { extractArticle, Readability } = (window as unknown as { __limits: Lib }).__limits;
      const url = `http://www.taiwan.cn${location.pathname}`;
      let t = performance.now();
      const article = await extractArticle(document, url);
      const ours = performance.now() - t;
      t = performance.now();
      let readability = NaN;
      try {
        new Readability(document.cloneNode(true) as Document).parse();
        readability = performance.now() - t;
      } catch {
        // Readability gives up on some pathological pages; that is its result here.
      }
      return { ours, readability, paragraphs: article.paragraphs.length };
    });
    const limit = LIMITS_MS[name as keyof typeof LIMITS_MS];
    if (r.ours > limit) over = true;
    const bytes = Buffer.byteLength(all[name]!);
    console.log(
      `${name.padEnd(18)} ${String(bytes).padStart(8)}  ${r.ours.toFixed(0).padStart(8)}  ${r.readability.toFixed(0).padStart(14)}  ${String(r.paragraphs).padStart(10)}  ${String(limit).padStart(8)}${r.ours > limit ? '  OVER' : ''}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = over ? 1 : 0;
