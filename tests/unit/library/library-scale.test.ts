import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import { openLibrary } from '../../../utils/library/library-db';
import { hansArticle, hantArticle } from '../export/sample-articles';

const COUNT = 1000;
const PHRASES = [
  '两岸交流',
  '台商投资',
  '青年创业',
  '文化活动',
  '经贸合作',
  '基层走访',
  '民生政策',
  '旅游市场',
  '农业技术',
  '教育合作',
];

/** Article n: about 1,600 characters of body, every tenth in traditional script, spread over 24 months and 5 sections. */
function article(n: number): Article {
  const topic = PHRASES[n % PHRASES.length]!;
  const body = Array.from(
    { length: 20 },
    (_, i) => `第${n}篇第${i}段：关于${topic}的报道，记者走访了多个地方，听取各方意见和建议，整理成文。`,
  );
  const month = String((n % 12) + 1).padStart(2, '0');
  const base = n % 10 === 0 ? hantArticle() : hansArticle();
  return {
    ...base,
    url: `http://www.taiwan.cn/xwzx/s${n % 5}/20${17 + (n % 2)}${month}/t20${17 + (n % 2)}${month}01_${10000000 + n}.htm`,
    title: `${topic}观察之${n}`,
    publishedAt: `20${17 + (n % 2)}-${month}-01T08:00:00+08:00`,
    category: ['新闻中心', `栏目${n % 5}`],
    paragraphs: body,
    keywords: [{ word: topic, score: 1 }],
  };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measure<T>(runs: number, task: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    result = await task();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

describe('library at 1,000 articles', () => {
  it('lists and searches them; the times are printed (fake-indexeddb in Node, slower than a browser)', async () => {
    const library = await openLibrary('scale-test');
    const jsonl = Array.from({ length: COUNT }, (_, n) =>
      JSON.stringify({ article: article(n), savedAt: new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString() }),
    ).join('\n');
    const importStart = performance.now();
    const report = await library.importJsonl(jsonl);
    const importMs = performance.now() - importStart;
    expect(report.added).toHaveLength(COUNT);

    const list = await measure(7, () => library.list());
    const simplified = await measure(7, () => library.search('青年创业'));
    const traditional = await measure(7, () => library.search('青年創業'));
    const body = await measure(7, () => library.search('第999篇第19段'));
    const filtered = await measure(7, () => library.list({ month: '2018-02', category: '新闻中心 › 栏目1' }));

    expect(list.result).toHaveLength(COUNT);
    expect(list.result[0]?.title).toBe('教育合作观察之999');
    expect(simplified.result).toHaveLength(COUNT / 10);
    expect(traditional.result.map((i) => i.url)).toEqual(simplified.result.map((i) => i.url));
    expect(body.result.map((i) => i.title)).toEqual(['教育合作观察之999']);
    expect(filtered.result.length).toBeGreaterThan(0);
    expect(filtered.result.every((i) => i.month === '2018-02' && i.category[1] === '栏目1')).toBe(true);

    const zipStart = performance.now();
    const zip = await library.exportMarkdownZip();
    const zipMs = performance.now() - zipStart;
    expect(zip.byteLength).toBeGreaterThan(COUNT * 100);

    console.log(
      [
        `library scale, ${COUNT} articles (median of 7 runs):`,
        `  import (one transaction)  ${importMs.toFixed(0)} ms`,
        `  list, newest first        ${list.ms.toFixed(1)} ms`,
        `  search simplified         ${simplified.ms.toFixed(1)} ms (${simplified.result.length} hits)`,
        `  search traditional        ${traditional.ms.toFixed(1)} ms (${traditional.result.length} hits)`,
        `  search body substring     ${body.ms.toFixed(1)} ms (${body.result.length} hit)`,
        `  filter month + section    ${filtered.ms.toFixed(1)} ms (${filtered.result.length} hits)`,
        `  export Markdown zip       ${zipMs.toFixed(0)} ms (${(zip.byteLength / 1024).toFixed(0)} kB, one run)`,
      ].join('\n'),
    );
  });
});
