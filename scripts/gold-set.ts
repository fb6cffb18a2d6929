/**
 * The gold set (tests/gold/articles) as the eval and the re-ranker's training read it: the articles, the held-out
 * split, and the writer sets that cross-validation holds out one at a time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisInput } from '../utils/analysis/analyze-article';

export interface GoldArticle extends AnalysisInput {
  file: string;
  kind: string;
  gold: { keywords: string[]; summary: string };
}

export const GOLD_DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/gold/articles');

/** The latest blind sets (574-597, 598-621): never looked at, never tuned or trained on (see tests/gold/README.md). */
export const HELD_OUT = { first: 574, last: 621 };

export const articleNumber = (file: string) => parseInt(file, 10);

export function isDev(file: string): boolean {
  const n = articleNumber(file);
  return n < HELD_OUT.first || n > HELD_OUT.last;
}

/**
 * Which writers' set an article belongs to: 01-45 came from the first two writers, then every blind set is 24 articles
 * by three new writers (46-69, 70-93, ...). Holding out a whole set tests a model on writers it never saw.
 */
export function writerSet(file: string): number {
  const n = articleNumber(file);
  return n < 46 ? 0 : Math.floor((n - 46) / 24) + 1;
}

export function loadGoldArticles(dir = GOLD_DIR): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => articleNumber(a) - articleNumber(b))
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}
