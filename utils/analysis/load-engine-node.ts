/** The analysis engine for the command line, scripts and unit tests: jieba-wasm's node build and the asset on disk. */
import { readFile } from 'node:fs/promises';
import * as jieba from 'jieba-wasm/node';
import { createJiebaEngine, type AnalysisEngine } from './analysis-engine';
import { parseCompactIdf } from './idf-table';
import { createToSimplified } from './to-simplified';

export const IDF_ASSET_URL = new URL('./assets/idf-compact.txt', import.meta.url);

export async function loadNodeEngine(): Promise<AnalysisEngine> {
  const idf = parseCompactIdf(await readFile(IDF_ASSET_URL, 'utf8'));
  return createJiebaEngine(jieba, idf, createToSimplified());
}
