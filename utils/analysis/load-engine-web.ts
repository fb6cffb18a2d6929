/**
 * The analysis engine inside the extension: the module background service worker or an extension page, never a content
 * script (a page's CSP may forbid WebAssembly there). Vite emits the wasm and the IDF table as files of the package.
 */
import initJieba, * as jieba from 'jieba-wasm/web';
// The package's "exports" map hides its wasm file, so it is reached by path; Vite emits it once, hashed.
import wasmUrl from '../../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm?url';
import { createJiebaEngine, createSegmenterEngine, type AnalysisEngine } from './analysis-engine';
import { parseCompactIdf, type IdfTable } from './idf-table';
import idfUrl from './assets/idf-compact.txt?url';
import { createToSimplified } from './to-simplified';
import { warning } from '../warnings';

const EMPTY_IDF: IdfTable = { get: () => 1, has: () => false, defaultIdf: 1, size: 0 };

async function loadIdf(fetcher: typeof fetch, warnings: string[]): Promise<IdfTable> {
  try {
    const response = await fetcher(idfUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return parseCompactIdf(await response.text());
  } catch (error) {
    warnings.push(warning.noIdf(String(error)));
    return EMPTY_IDF;
  }
}

/** `fetcher` is injectable for tests; the extension passes nothing. */
export async function loadWebEngine(fetcher: typeof fetch = fetch): Promise<AnalysisEngine> {
  const warnings: string[] = [];
  const idf = await loadIdf(fetcher, warnings);
  const toSimplified = createToSimplified();
  try {
    await initJieba({ module_or_path: fetcher(wasmUrl) });
    return createJiebaEngine(jieba, idf, toSimplified, warnings);
  } catch (error) {
    warnings.push(warning.noWasm(String(error)));
    return createSegmenterEngine(idf, toSimplified, warnings);
  }
}
