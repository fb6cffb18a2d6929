/**
 * The analysis engine (jieba wasm + IDF table) is loaded once per worker life, lazily, on the first article: pages
 * that are not articles never pay for it, and the popup never waits on it before its first paint.
 */
import { loadWebEngine } from '../../utils/analysis/load-engine-web';
import type { AnalysisEngine } from '../../utils/analysis/analyze-article';

let engine: Promise<AnalysisEngine> | null = null;

export function getEngine(): Promise<AnalysisEngine> {
  if (!engine) {
    engine = loadWebEngine().catch((error: unknown) => {
      engine = null; // let the next article try again rather than caching a failure forever
      throw error;
    });
  }
  return engine;
}
