import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../utils/analysis/analyze-article';
import { loadWebEngine } from '../../../utils/analysis/load-engine-web';

// The extension fetches the wasm and the IDF table from its own package; here the package root is the repo root.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const requested: string[] = [];

function fetchFromPackage(refuse: RegExp | null): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const path = String(input instanceof Request ? input.url : input);
    requested.push(path);
    if (refuse?.test(path)) return new Response('blocked', { status: 403 });
    const bytes = await readFile(ROOT + path.replace(/^\/+/, '').replace(/\?.*$/, ''));
    const type = path.endsWith('.wasm') ? 'application/wasm' : 'text/plain; charset=utf-8';
    return new Response(bytes, { headers: { 'content-type': type } });
  }) as typeof fetch;
}

const article = {
  title: '第二十届海峡两岸图书交易会在厦门开幕',
  paragraphs: [
    '第二十届海峡两岸图书交易会22日在厦门开幕，展出两岸图书约20万种。',
    '台湾出版业者表示，图书交易会为台湾图书进入大陆市场提供了渠道。',
  ],
  script: 'Hans' as const,
  pageKeywords: [],
};

// One file, in order: a wasm module that loaded once stays loaded for the rest of the process.
describe('loadWebEngine', () => {
  it('falls back to Intl.Segmenter and says so when the wasm cannot load', async () => {
    const engine = await loadWebEngine(fetchFromPackage(/\.wasm$/));
    const analysis = analyzeArticle(article, engine);
    expect(analysis.warnings).toHaveLength(1);
    expect(analysis.warnings[0]).toMatch(/WebAssembly.*Intl\.Segmenter/);
    expect(analysis.keywords.length).toBeGreaterThan(0);
    expect(analysis.summary.length).toBeGreaterThan(0);
  });

  it('warns and still analyses when the IDF table is missing', async () => {
    const engine = await loadWebEngine(fetchFromPackage(/\.txt$|\.wasm$/));
    expect(engine.warnings.some((w) => /IDF/.test(w))).toBe(true);
    expect(analyzeArticle(article, engine).keywords.length).toBeGreaterThan(0);
  });

  it('runs jieba from the packaged wasm and the packaged IDF table', async () => {
    requested.length = 0;
    const engine = await loadWebEngine(fetchFromPackage(null));
    expect(engine.warnings).toEqual([]);
    expect(requested.some((p) => p.endsWith('jieba_rs_wasm_bg.wasm'))).toBe(true);
    expect(requested.some((p) => p.endsWith('idf-compact.txt'))).toBe(true);
    expect(engine.tag('国台办发言人朱凤莲表示').map((t) => t.word)).toEqual(['国台办', '发言人', '朱凤莲', '表示']);
    expect(engine.idf.size).toBeGreaterThan(10_000);
  });
});
